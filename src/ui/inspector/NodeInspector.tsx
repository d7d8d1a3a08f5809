import { useMemo } from 'react';
import { viewsOfNode } from '../../engine';
import type { NodeSummary, RoutingReport } from '../../engine';
import { externalEntryLines } from '../../view/externalEntry';
import { RoutingTable } from './RoutingTable';
import { TraceSteps } from './TraceSteps';
import { WhoReaches } from './WhoReaches';

/**
 * A node: who reaches its pods, and kube-proxy's view on it for each Service port. With
 * `externalOnly`, the views for traffic arriving from outside the cluster (the external entry).
 */
export function NodeInspector({
  report,
  node,
  externalOnly = false,
}: {
  report: RoutingReport;
  node: NodeSummary;
  externalOnly?: boolean;
}) {
  const views = useMemo(
    () => viewsOfNode(report, node.name).filter((v) => !externalOnly || v.traffic === 'external'),
    [report, node.name, externalOnly],
  );
  const entries = useMemo(() => (externalOnly ? externalEntryLines(report, node.name) : []), [report, node.name, externalOnly]);
  return (
    <div className="kt-inspector__body">
      <h2>
        {externalOnly ? 'External traffic at ' : 'Node '}
        {node.name}
      </h2>
      <p className="kt-muted">
        {node.zone ? `zone ${node.zone}` : 'no zone label'}
        {node.controlPlane ? ', control plane' : ''}
        {node.ready ? '' : ', NotReady'}
        {node.schedulable ? '' : ', unschedulable'}
        {node.taints.length ? `, taints: ${node.taints.join(', ')}` : ''}
      </p>
      {entries.length > 0 && (
        <>
          <h3>How traffic from outside arrives</h3>
          <ul className="kt-entry-list">
            {entries.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {!externalOnly && (
        <>
          <h3>Who reaches pods on this node</h3>
          <WhoReaches routes={report.routes} matches={(e) => e.node === node.name} what="pods on this node" />
        </>
      )}
      <h3>kube-proxy on {node.name}</h3>
      {views.length === 0 && <p className="kt-muted">No Service views.</p>}
      {views.map((view) => (
        <details key={`${view.service}:${view.port}:${view.traffic}`} className="kt-view">
          <summary>
            {view.service}:{view.port} ({view.traffic}) —{' '}
            {view.verdict === 'forward' ? `${view.endpoints.filter((e) => e.weight > 0).length} endpoint(s)` : view.verdict}
          </summary>
          <RoutingTable view={view} />
          <TraceSteps steps={view.trace} label={`Why, for ${view.service}:${view.port}`} />
        </details>
      ))}
    </div>
  );
}
