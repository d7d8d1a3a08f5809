import type { RoutingReport } from '../../engine';
import { WhoReaches } from './WhoReaches';

/** A zone: its nodes and who reaches pods in it. */
export function ZoneInspector({ report, zone }: { report: RoutingReport; zone: string }) {
  const nodes = report.nodes.filter((n) => n.zone === zone).map((n) => n.name);
  return (
    <div className="kt-inspector__body">
      <h2>Zone {zone}</h2>
      <p className="kt-muted">Nodes: {nodes.join(', ') || 'none'}</p>
      <h3>Who reaches pods in this zone</h3>
      <WhoReaches routes={report.routes} matches={(e) => e.zone === zone} what="pods in this zone" />
    </div>
  );
}
