/**
 * A large cluster zoomed out draws the drawn Service's routes zone by zone: one edge per source
 * zone → destination zone, carrying that pair's share of the Service's new connections. Summed
 * from the engine's routes (each client's endpoint weights); no routing rule is re-derived here.
 */
import { formatShare } from '../engine';
import type { Locality, RoutingReport } from '../engine';
import { drawnPort } from './routeModel';

/** Where the traffic goes: an endpoint zone ('' = endpoints without a zone), or dropped/rejected at the source. */
export type PairVerdict = 'forward' | 'drop' | 'reject';

export interface ZonePair {
  /** `zone-pair:<from>><to>` ('>' cannot stand in a zone name); lost traffic: `<from>>!drop`. */
  id: string;
  /** Source zone of the clients ('' = nodes without a zone). */
  from: string;
  /** Zone of the endpoints reached ('' = endpoints without a zone); the source zone for lost traffic. */
  to: string;
  verdict: PairVerdict;
  /** Share of all the Service's new connections (every client counted alike), 0..1. */
  share: number;
  /** Share of the source zone's clients' new connections, 0..1. */
  fromShare: number;
  /** Client pods in the source zone whose connections take this pair. */
  clients: number;
  /** Endpoint pods reached in the destination zone. */
  endpoints: number;
  /** The engine's locality of these endpoints as seen from the clients (same-node counts as same zone). */
  locality: Locality | null;
  /** kube-proxy's last reason for these clients, most common first, with how many clients it explains. */
  reasons: { message: string; clients: number }[];
  label: string;
}

export interface ZonePairs {
  service: string;
  port: number;
  /** Client pods of the Service (internal traffic at the drawn port). */
  clients: number;
  /** Largest share first. */
  pairs: ZonePair[];
}

const LOCALITY_RANK: Record<Locality, number> = { 'same-node': 0, 'same-zone': 1, 'cross-zone': 2, 'unknown-zone': 3 };

/** The key of a pair, as the selection carries it. */
export function zonePairKey(from: string, to: string, verdict: PairVerdict = 'forward'): string {
  return verdict === 'forward' ? `${from}>${to}` : `${from}>!${verdict}`;
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
  if (service === null) return null;
  const port = drawnPort(report, service);
  if (port === undefined) return null;
  const zoneOf = new Map<string, string>();
  for (const node of report.nodes) zoneOf.set(node.name, node.zone ?? '');
  type Acc = {
    from: string;
    to: string;
    verdict: PairVerdict;
    weight: number;
    clients: Set<string>;
    endpoints: Set<string>;
    locality: Locality | null;
    reasons: Map<string, number>;
  };
  const pairs = new Map<string, Acc>();
  const perZone = new Map<string, Set<string>>();
  const clients = new Set<string>();
  for (const route of report.routes) {
    if (route.service !== service || route.port !== port || route.traffic !== 'internal') continue;
    const from = zoneOf.get(route.node) ?? '';
    clients.add(route.from);
    let zoneClients = perZone.get(from);
    if (!zoneClients) perZone.set(from, (zoneClients = new Set()));
    zoneClients.add(route.from);
    const reason = route.trace[route.trace.length - 1]?.message ?? '';
    const add = (to: string, verdict: PairVerdict, weight: number, endpoint: string | null, locality: Locality | null) => {
      const key = zonePairKey(from, to, verdict);
      let acc = pairs.get(key);
      if (!acc)
        pairs.set(
          key,
          (acc = { from, to, verdict, weight: 0, clients: new Set(), endpoints: new Set(), locality: null, reasons: new Map() }),
        );
      acc.weight += weight;
      if (endpoint !== null) acc.endpoints.add(endpoint);
      if (locality && (acc.locality === null || LOCALITY_RANK[locality] > LOCALITY_RANK[acc.locality])) acc.locality = locality;
      if (!acc.clients.has(route.from)) {
        acc.clients.add(route.from);
        acc.reasons.set(reason, (acc.reasons.get(reason) ?? 0) + 1);
      }
    };
    if (route.verdict !== 'forward') add(from, route.verdict, 1, null, null);
    else for (const e of route.endpoints) if (e.weight > 0) add(e.zone ?? '', 'forward', e.weight, e.pod, e.locality);
  }
  if (clients.size === 0) return null;
  const out: ZonePair[] = [];
  for (const [key, acc] of pairs) {
    const share = acc.weight / clients.size;
    const fromShare = acc.weight / perZone.get(acc.from)!.size;
    // Within a zone, same node and same zone are both "in the zone".
    const locality = acc.locality === 'same-node' ? 'same-zone' : acc.locality;
    out.push({
      id: `zone-pair:${key}`,
      from: acc.from,
      to: acc.to,
      verdict: acc.verdict,
      share,
      fromShare,
      clients: acc.clients.size,
      endpoints: acc.endpoints.size,
      locality,
      reasons: [...acc.reasons]
        .map(([message, n]) => ({ message, clients: n }))
        .sort((a, b) => b.clients - a.clients || (a.message < b.message ? -1 : 1)),
      label: acc.verdict === 'forward' ? formatShare(share) : `${formatShare(share)} ${acc.verdict === 'drop' ? 'dropped' : 'rejected'}`,
    });
  }
  out.sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : 1));
  return { service, port, clients: clients.size, pairs: out };
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
