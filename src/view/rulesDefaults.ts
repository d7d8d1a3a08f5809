/** Which node and Service the rules panel opens on. */
import type { RoutingReport } from '../engine';
import type { Selection } from '../state/types';

/**
 * The selected node (or the selected pod's node), else the node of the first client of
 * `service`, else the first node.
 *
 * @example
 * defaultRulesNode(report, null, 'default/echo-svc'); // "mnode-m02", where the demo's client runs
 */
export function defaultRulesNode(
  report: Pick<RoutingReport, 'nodes' | 'routes' | 'pods'>,
  selection: Selection | null,
  service: string | null,
): string | undefined {
  if (selection?.kind === 'node' && report.nodes.some((n) => n.name === selection.id)) return selection.id;
  if (selection?.kind === 'pod') {
    const node = report.pods.find((p) => p.key === selection.id)?.node;
    if (node) return node;
  }
  const route = report.routes.find((r) => r.service === service) ?? report.routes[0];
  return route?.node ?? report.nodes[0]?.name;
}
