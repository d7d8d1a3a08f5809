import { useState } from 'react';
import type { ClientRoute, IPFamilyName, PodSummary } from '../../engine';
import { useStore } from '../../state';
import { RoutingTable } from './RoutingTable';
import { SendRequests } from './SendRequests';
import { TraceSteps } from './TraceSteps';

interface ClientInspectorProps {
  pod: PodSummary;
  routes: readonly ClientRoute[];
  /** The Service drawn on the canvas; its route is shown first. */
  service: string | null;
  /** Routes among `routes` of the IP family not shown on the canvas (a dual-stack Service's other proxier). */
  secondRoutes?: readonly ClientRoute[];
  /** The IP family the canvas shows for the drawn Service, when it is dual-stack. */
  shownFamily?: IPFamilyName;
}

const routeKey = (r: ClientRoute) => `${r.service}:${r.port}${r.ipFamily ? ` ${r.ipFamily}` : ''}`;
/** "default/web:80", and the IP family of a dual-stack Service's route: "default/web:80 (IPv6)". */
const routeLabel = (r: ClientRoute) => `${r.service}:${r.port}${r.ipFamily ? ` (${r.ipFamily})` : ''}`;

/** A client pod: its routing table, the engine's trace in words, and Send requests. */
export function ClientInspector({ pod, routes, service, secondRoutes, shownFamily }: ClientInspectorProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const setIpFamily = useStore((s) => s.setIpFamily);
  const preferred = routes.find((r) => routeKey(r) === chosen) ?? routes.find((r) => r.service === service) ?? routes[0];
  // The drawn Service's route of the family the canvas does not show (Send requests goes over the shown one).
  const otherFamily = !!preferred && preferred.service === service && (secondRoutes?.includes(preferred) ?? false);
  return (
    <div className="kt-inspector__body">
      <h2>
        <span aria-hidden="true">⇢ </span>Client {pod.key}
      </h2>
      <p className="kt-muted">
        on {pod.node ?? 'no node'}
        {pod.zone ? `, zone ${pod.zone}` : ', no zone'}
        {pod.ips ? `, IPs ${pod.ips.join(', ')}` : pod.ip ? `, IP ${pod.ip}` : ''}
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
                    {routeLabel(r)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <h3>Routing table for {routeLabel(preferred)}</h3>
          {preferred.ipFamily && (
            <p className="kt-muted" data-testid="route-family">
              From {preferred.fromIP} to the Service&apos;s {preferred.ipFamily} cluster IP: kube-proxy&apos;s {preferred.ipFamily} proxier,
              fed only by the {preferred.ipFamily} EndpointSlices.
            </p>
          )}
          <RoutingTable view={preferred} />
          <h3>Why</h3>
          <TraceSteps steps={preferred.trace} label={`Why ${pod.name}'s traffic goes where it goes`} />
          <h3>Send requests</h3>
          {otherFamily && preferred.ipFamily ? (
            <p className="kt-muted">
              Send requests goes over the IP family shown on the canvas{shownFamily ? ` (${shownFamily})` : ''}.{' '}
              <button type="button" data-testid="show-route-family" onClick={() => setIpFamily(preferred.ipFamily!)}>
                Show {preferred.ipFamily}
              </button>
            </p>
          ) : (
            <SendRequests
              from={pod.key}
              service={preferred.service}
              port={preferred.port}
              {...(preferred.ipFamily ? { family: preferred.ipFamily } : {})}
            />
          )}
        </>
      )}
    </div>
  );
}
