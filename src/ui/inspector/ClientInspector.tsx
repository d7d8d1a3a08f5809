import { useState } from 'react';
import type { ClientRoute, PodSummary } from '../../engine';
import { RoutingTable } from './RoutingTable';
import { SendRequests } from './SendRequests';
import { TraceSteps } from './TraceSteps';

interface ClientInspectorProps {
  pod: PodSummary;
  routes: readonly ClientRoute[];
  /** The Service drawn on the canvas; its route is shown first. */
  service: string | null;
}

const routeKey = (r: ClientRoute) => `${r.service}:${r.port}`;

/** A client pod: its routing table, the engine's trace in words, and Send requests. */
export function ClientInspector({ pod, routes, service }: ClientInspectorProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const preferred = routes.find((r) => routeKey(r) === chosen) ?? routes.find((r) => r.service === service) ?? routes[0];
  return (
    <div className="kt-inspector__body">
      <h2>
        <span aria-hidden="true">⇢ </span>Client {pod.key}
      </h2>
      <p className="kt-muted">
        on {pod.node ?? 'no node'}
        {pod.zone ? `, zone ${pod.zone}` : ', no zone'}
        {pod.ip ? `, IP ${pod.ip}` : ''}
      </p>
      {!preferred ? (
        <p>This pod reaches no Service.</p>
      ) : (
        <>
          {routes.length > 1 && (
            <label className="kt-field">
              Route to{' '}
              <select value={routeKey(preferred)} onChange={(e) => setChosen(e.target.value)}>
                {routes.map((r) => (
                  <option key={routeKey(r)} value={routeKey(r)}>
                    {r.service}:{r.port}
                  </option>
                ))}
              </select>
            </label>
          )}
          <h3>
            Routing table for {preferred.service}:{preferred.port}
          </h3>
          <RoutingTable view={preferred} />
          <h3>Why</h3>
          <TraceSteps steps={preferred.trace} label={`Why ${pod.name}'s traffic goes where it goes`} />
          <h3>Send requests</h3>
          <SendRequests from={pod.key} service={preferred.service} port={preferred.port} />
        </>
      )}
    </div>
  );
}
