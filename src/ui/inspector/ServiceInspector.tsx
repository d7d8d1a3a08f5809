import { lazy, Suspense, useMemo } from 'react';
import { drawnPort } from '../../view/routeModel';
import type { IPFamilyName, RoutingReport, ServiceSummary } from '../../engine';
import { EndpointSlicesYaml } from './EndpointSlicesYaml';
import { TraceSteps } from './TraceSteps';
import { slicesOfService } from '../../engine';
import { summarizeTraffic } from '../../view/trafficSummary';
import { familyClusterIP } from '../../view/familyClusterIP';
import { TrafficSummaryView } from './TrafficSummaryView';

// Only Services with the topology-mode Auto annotation show it: loaded when one is inspected.
const TopologyAutoPanel = lazy(() => import('./TopologyAutoPanel').then((m) => ({ default: m.TopologyAutoPanel })));

interface ServiceInspectorProps {
  report: RoutingReport;
  service: ServiceSummary;
  /** The IP family shown, for a dual-stack Service: `report` carries that family's views and routes. */
  family?: IPFamilyName;
}

/** A Service: its settings, the traffic summary, the hints trace and its EndpointSlices. */
export function ServiceInspector({ report, service, family }: ServiceInspectorProps) {
  const port = drawnPort(report, service.key);
  const summary = useMemo(() => (port === undefined ? null : summarizeTraffic(report, service.key, port)), [report, service.key, port]);
  const all = useMemo(() => slicesOfService(report, service.key), [report, service.key]);
  // A dual-stack Service's slices of the shown family: the ones that family's proxier reads.
  const slices = useMemo(() => (family ? all.filter((s) => s.addressType === family) : all), [all, family]);
  const hidden = all.length - slices.length;
  // Said only for a dual-stack Service, where the family shown decides which of its cluster IPs is meant.
  const clusterIP = family ? familyClusterIP(service, family) : undefined;
  return (
    <div className="kt-inspector__body">
      <h2>Service {service.key}</h2>
      <dl className="kt-props">
        <div>
          <dt>type</dt>
          <dd>{service.type}</dd>
        </div>
        {clusterIP && (
          <div>
            <dt>cluster IP ({family})</dt>
            <dd data-testid="service-cluster-ip">{clusterIP}</dd>
          </div>
        )}
        {family && service.clusterIPs && (
          <div>
            <dt>dual stack</dt>
            <dd>
              {service.ipFamilyPolicy}: clusterIPs {service.clusterIPs.join(', ')}
            </dd>
          </div>
        )}
        <div>
          <dt>ports</dt>
          <dd>{service.ports.map((p) => `${p.port}→${p.targetPort}${p.nodePort ? ` (nodePort ${p.nodePort})` : ''}`).join(', ')}</dd>
        </div>
        <div>
          <dt>trafficDistribution</dt>
          <dd>{service.trafficDistribution ?? 'unset'}</dd>
        </div>
        <div>
          <dt>internalTrafficPolicy</dt>
          <dd>{service.internalTrafficPolicy}</dd>
        </div>
        {service.externalTrafficPolicy && (
          <div>
            <dt>externalTrafficPolicy</dt>
            <dd>{service.externalTrafficPolicy}</dd>
          </div>
        )}
        <div>
          <dt>sessionAffinity</dt>
          <dd>
            {service.sessionAffinity}
            {service.sessionAffinityTimeoutSeconds !== undefined ? ` (${service.sessionAffinityTimeoutSeconds}s)` : ''}
          </dd>
        </div>
        {service.topologyMode !== undefined && (
          <div>
            <dt>topology-mode</dt>
            <dd>{service.topologyMode}</dd>
          </div>
        )}
      </dl>
      {service.dns && (
        <>
          <h3>{service.dns.kind === 'headless' ? 'Headless: answered by DNS' : 'ExternalName: answered by DNS'}</h3>
          <p data-testid="service-dns">{service.dns.message}</p>
        </>
      )}
      {summary && (
        <>
          <h3>
            Traffic on port {port}
            {family ? ` over ${family}` : ''}
          </h3>
          <TrafficSummaryView summary={summary} />
        </>
      )}
      {service.topologyAuto && (
        <Suspense fallback={null}>
          <TopologyAutoPanel auto={service.topologyAuto} />
        </Suspense>
      )}
      <h3>Hints</h3>
      <TraceSteps steps={service.hintsTrace} label="What the EndpointSlice controller did about hints" />
      <h3>
        {family ? `${family} ` : ''}EndpointSlices{service.userSlices ? ' (from the workspace)' : ''}
      </h3>
      {slices.length ? <EndpointSlicesYaml slices={slices} /> : <p className="kt-muted">No {family ? `${family} ` : ''}EndpointSlices.</p>}
      {hidden > 0 && (
        <p className="kt-muted">
          {hidden} EndpointSlice{hidden === 1 ? '' : 's'} of the other IP family, read by its own proxier: choose it above the canvas.
        </p>
      )}
    </div>
  );
}
