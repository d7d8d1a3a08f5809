/**
 * A large cluster zoomed in to its nodes draws the drawn Service's routes node by node: one edge
 * per client node → endpoint node, carrying that pair's share of the Service's new connections,
 * rather than one edge per client pod and endpoint (summed from the engine's routes by routePairs.ts).
 */
import { formatShare } from '../engine';
import type { RoutingReport } from '../engine';
import { aggregateRoutePairs, type RoutePair, type RoutePairs } from './routePairs';

/** `from` is the clients' node, `to` the endpoints' ('' = endpoints without a node: not drawn). */
export type NodePair = RoutePair;
export type NodePairs = RoutePairs;

/**
 * Node pairs of `service` at its drawn port (internal traffic), or null when it has no client.
 *
 * @example
 * aggregateNodePairs(report, 'default/echo-svc')?.pairs[0]; // { from: 'mnode-m02', to: 'mnode-m03', share: 0.5, label: '50%', … }
 */
export function aggregateNodePairs(
  report: Pick<RoutingReport, 'routes' | 'serviceViews' | 'services'>,
  service: string | null,
): NodePairs | null {
  return aggregateRoutePairs(report, service, {
    prefix: 'node-pair',
    source: (node) => node,
    target: (endpoint) => endpoint.node ?? '',
  });
}

/**
 * What a screen reader hears for a node-pair edge.
 *
 * @example
 * nodePairAriaLabel(pair, 'default/echo-svc'); // "mnode-m02 → mnode-m03: 50% of default/echo-svc's traffic"
 */
export function nodePairAriaLabel(pair: NodePair, service: string): string {
  if (pair.verdict !== 'forward') return `${pair.from}: ${pair.label}, ${formatShare(pair.share)} of ${service}'s traffic`;
  return `${pair.from} → ${pair.to || 'endpoints without a node'}: ${formatShare(pair.share)} of ${service}'s traffic`;
}
