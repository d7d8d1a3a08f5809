/**
 * A large cluster zoomed out draws the drawn Service's routes zone by zone: one edge per source
 * zone → destination zone, carrying that pair's share of the Service's new connections (summed
 * from the engine's routes by routePairs.ts).
 */
import { formatShare } from '../engine';
import type { RoutingReport } from '../engine';
import { aggregateRoutePairs, pairKey, type PairVerdict, type RoutePair, type RoutePairs } from './routePairs';

export type { PairVerdict } from './routePairs';

/** `from`/`to` are zones ('' = nodes or endpoints without a zone). */
export type ZonePair = RoutePair;
export type ZonePairs = RoutePairs;

/** The key of a pair, as the selection carries it. */
export function zonePairKey(from: string, to: string, verdict: PairVerdict = 'forward'): string {
  return pairKey(from, to, verdict);
}

/**
 * Zone pairs of `service` at its drawn port (internal traffic), or null when it has no client.
 *
 * @example
 * aggregateZonePairs(report, 'default/echo-svc')?.pairs[0]; // { from: 'zone-a', to: 'zone-a', share: 0.5, label: '50%', … }
 */
export function aggregateZonePairs(
  report: Pick<RoutingReport, 'nodes' | 'routes' | 'serviceViews' | 'services'>,
  service: string | null,
): ZonePairs | null {
  const zoneOf = new Map<string, string>();
  for (const node of report.nodes) zoneOf.set(node.name, node.zone ?? '');
  return aggregateRoutePairs(report, service, {
    prefix: 'zone-pair',
    source: (node) => zoneOf.get(node) ?? '',
    target: (endpoint) => endpoint.zone ?? '',
    // Within a zone, same node and same zone are both "in the zone".
    locality: (locality) => (locality === 'same-node' ? 'same-zone' : locality),
  });
}

function zoneWords(zone: string): string {
  return zone === '' ? 'no zone' : zone;
}

/**
 * What a screen reader hears for a zone-pair edge.
 *
 * @example
 * zonePairAriaLabel(pair, 'default/echo-svc'); // "zone-a → zone-b: 12% of default/echo-svc's traffic"
 */
export function zonePairAriaLabel(pair: ZonePair, service: string): string {
  if (pair.verdict !== 'forward') return `${zoneWords(pair.from)}: ${pair.label}, ${formatShare(pair.share)} of ${service}'s traffic`;
  return `${zoneWords(pair.from)} → ${zoneWords(pair.to)}: ${formatShare(pair.share)} of ${service}'s traffic`;
}
