import './inspector.css';
import { useStore } from '../../state';
import { useFamilyReport } from '../common/useFamilyReport';
import { ClientInspector } from './ClientInspector';
import { NodeInspector } from './NodeInspector';
import { PodInspector } from './PodInspector';
import { RoutingLiveRegion } from './RoutingLiveRegion';
import { ServiceInspector } from './ServiceInspector';
import { ZoneInspector } from './ZoneInspector';
import { ZonePairInspector } from './ZonePairInspector';
import { NodePairInspector } from './NodePairInspector';

function InspectorBody() {
  // A dual-stack drawn Service is explained in the IP family chosen above the canvas.
  const { report, service, family } = useFamilyReport();
  const selection = useStore((s) => s.selection);
  if (!report) return <p className="kt-muted">Waiting for the first analysis…</p>;
  if (selection?.kind === 'pod') {
    const pod = report.pods.find((p) => p.key === selection.id);
    if (pod) {
      // A dual-stack Service's second family's routes follow (the select offers both families).
      const all = report.secondaryFamily ? [...report.routes, ...report.secondaryFamily.routes] : report.routes;
      const routes = all.filter((r) => r.from === pod.key && r.traffic === 'internal');
      if (pod.client || routes.length)
        return (
          <ClientInspector
            key={`${pod.key} ${family ?? ''}`}
            pod={pod}
            routes={routes}
            service={service}
            secondRoutes={report.secondaryFamily?.routes}
            {...(family ? { shownFamily: family } : {})}
          />
        );
      return <PodInspector report={report} pod={pod} />;
    }
  }
  if (selection?.kind === 'node' || selection?.kind === 'external') {
    const node = report.nodes.find((n) => n.name === selection.id);
    if (node) return <NodeInspector report={report} node={node} externalOnly={selection.kind === 'external'} />;
  }
  if (selection?.kind === 'zone-pair') return <ZonePairInspector report={report} id={selection.id} service={service} />;
  if (selection?.kind === 'node-pair') return <NodePairInspector report={report} id={selection.id} service={service} />;
  if (selection?.kind === 'zone') return <ZoneInspector report={report} zone={selection.id} />;
  const key = selection?.kind === 'service' ? selection.id : service;
  const summary = report.services.find((s) => s.key === key);
  return (
    <>
      {!selection && (
        <p className="kt-hint">
          Select the client pod on the canvas to see its routing table and send requests; select a node or pod to see who reaches it.
        </p>
      )}
      {summary ? (
        <ServiceInspector report={report} service={summary} {...(family && summary.key === service ? { family } : {})} />
      ) : (
        <p className="kt-muted">Nothing selected.</p>
      )}
    </>
  );
}

/** The details of the selection: a client's routes and trace, a Service's slices and summary, a node's views. */
export function Inspector() {
  return (
    <aside className="kt-inspector" data-testid="inspector" aria-label="Inspector">
      <InspectorBody />
      <RoutingLiveRegion />
    </aside>
  );
}
