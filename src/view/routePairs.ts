/**
 * A large cluster's routes summed by place: one pair per source → destination (zone → zone when
 * zoomed out to the summaries, node → node at the node level), carrying that pair's share of the
 * drawn Service's new connections. Summed from the engine's routes (each client's endpoint
 * weights); no routing rule is re-derived here.
 */
import { formatShare } from '../engine';
import type { Locality, RoutingReport } from '../engine';
import { drawnPort } from './routeModel';

/** Where the traffic goes: an endpoint's place, or dropped/rejected at the source. */
export type PairVerdict = 'forward' | 'drop' | 'reject';

export interface RoutePair {
  /** `<prefix>:<from>><to>` ('>' cannot stand in a zone or node name); lost traffic: `<prefix>:<from>>!drop`. */
  id: string;
  /** Where the clients are ('' = nowhere known: a node without a zone). */
  from: string;
  /** Where the endpoints reached are ('' = endpoints without a zone or node); the source for lost traffic. */
  to: string;
  verdict: PairVerdict;
  /** Share of all the Service's new connections (every client counted alike), 0..1. */
  share: number;
  /** Share of the source's clients' new connections, 0..1. */
  fromShare: number;
  /** Client pods at the source whose connections take this pair. */
  clients: number;
  /** Endpoint pods reached at the destination. */
  endpoints: number;
  /** The engine's locality of these endpoints as seen from the clients (the farthest one). */
  locality: Locality | null;
  /** kube-proxy's last reason for these clients, most common first, with how many clients it explains. */
  reasons: { message: string; clients: number }[];
  label: string;
}

export interface RoutePairs {
  service: string;
  port: number;
  /** Client pods of the Service (internal traffic at the drawn port). */
  clients: number;
  /** Largest share first. */
  pairs: RoutePair[];
}

/** How routes are grouped: the place of a client's node, and of an endpoint. */
export interface PairPlaces {
  /** The id's prefix ('zone-pair', 'node-pair'). */
  prefix: string;
  source(node: string): string;
  target(endpoint: { node?: string; zone?: string }): string;
  /** The locality shown for a pair (zone pairs count same-node as same-zone). */
  locality?(locality: Locality): Locality;
}

const LOCALITY_RANK: Record<Locality, number> = { 'same-node': 0, 'same-zone': 1, 'cross-zone': 2, 'unknown-zone': 3 };

/** The key of a pair, as the selection carries it. */
export function pairKey(from: string, to: string, verdict: PairVerdict = 'forward'): string {
  return verdict === 'forward' ? `${from}>${to}` : `${from}>!${verdict}`;
}

/**
 * Pairs of `service` at its drawn port (internal traffic) grouped by `places`, or null when it has no client.
 *
 * @example
 * aggregateRoutePairs(report, 'default/echo-svc', { prefix: 'node-pair', source: (n) => n, target: (e) => e.node ?? '' });
 */
export function aggregateRoutePairs(
  report: Pick<RoutingReport, 'routes' | 'serviceViews' | 'services'>,
  service: string | null,
  places: PairPlaces,
): RoutePairs | null {
  if (service === null) return null;
  const port = drawnPort(report, service);
  if (port === undefined) return null;
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
  const perSource = new Map<string, Set<string>>();
  const clients = new Set<string>();
  for (const route of report.routes) {
    if (route.service !== service || route.port !== port || route.traffic !== 'internal') continue;
    const from = places.source(route.node);
    clients.add(route.from);
    let sourceClients = perSource.get(from);
    if (!sourceClients) perSource.set(from, (sourceClients = new Set()));
    sourceClients.add(route.from);
    const reason = route.trace[route.trace.length - 1]?.message ?? '';
    const add = (to: string, verdict: PairVerdict, weight: number, endpoint: string | null, locality: Locality | null) => {
      const key = pairKey(from, to, verdict);
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
    else for (const e of route.endpoints) if (e.weight > 0) add(places.target(e), 'forward', e.weight, e.pod, e.locality);
  }
  if (clients.size === 0) return null;
  const out: RoutePair[] = [];
  for (const [key, acc] of pairs) {
    const share = acc.weight / clients.size;
    const fromShare = acc.weight / perSource.get(acc.from)!.size;
    const locality = acc.locality && places.locality ? places.locality(acc.locality) : acc.locality;
    out.push({
      id: `${places.prefix}:${key}`,
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
