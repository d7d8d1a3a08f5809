/**
 * Where a Service's traffic goes, summed from the engine's answers: how much stays on the node,
 * in the zone, crosses zones or dies, and how loaded the busiest endpoint is against an even split.
 */
import { expandViews, slicesOfService } from '../engine';
import type { Locality, RoutingReport, Verdict, WeightedEndpoint } from '../engine';

export interface TrafficSummary {
  /** Whose traffic: each client pod sends the same amount, or (without clients) one client per node. */
  basis: 'clients' | 'nodes';
  sources: number;
  /** Shares of all traffic, 0..1, summing to 1 when there is any source. */
  byLocality: Record<Locality, number>;
  dropped: number;
  rejected: number;
  /** Share of forwarded traffic per endpoint pod, highest first. */
  endpoints: { pod: string; share: number }[];
  /** Ready endpoints of the Service's EndpointSlices: an even split gives each 1/readyEndpoints. */
  readyEndpoints: number;
  evenShare: number;
  mostLoaded?: { pod: string; share: number; timesEven: number };
}

interface Source {
  verdict: Verdict;
  endpoints: readonly WeightedEndpoint[];
}

/**
 * Sums the routes of `service` at `port`.
 *
 * @example
 * summarizeTraffic(report, 'default/echo-svc', 80).byLocality['same-node']; // 0.5 in the demo's default state
 */
export function summarizeTraffic(report: RoutingReport, service: string, port: number): TrafficSummary {
  let sources: Source[] = report.routes.filter((r) => r.service === service && r.port === port && r.traffic === 'internal');
  let basis: TrafficSummary['basis'] = 'clients';
  if (sources.length === 0) {
    basis = 'nodes';
    sources = expandViews({
      serviceViews: report.serviceViews.filter((v) => v.service === service && v.port === port && v.traffic === 'internal'),
    });
  }
  const byLocality: Record<Locality, number> = {
    'same-node': 0,
    'same-zone': 0,
    'cross-zone': 0,
    'unknown-zone': 0,
  };
  const load = new Map<string, number>();
  let dropped = 0;
  let rejected = 0;
  const each = sources.length ? 1 / sources.length : 0;
  for (const source of sources) {
    if (source.verdict === 'drop') dropped += each;
    else if (source.verdict === 'reject') rejected += each;
    else {
      for (const endpoint of source.endpoints) {
        if (endpoint.weight <= 0) continue;
        byLocality[endpoint.locality] += endpoint.weight * each;
        load.set(endpoint.pod, (load.get(endpoint.pod) ?? 0) + endpoint.weight * each);
      }
    }
  }
  const forwarded = 1 - dropped - rejected;
  const endpoints = [...load]
    .map(([pod, amount]) => ({
      pod,
      share: forwarded > 0 ? amount / forwarded : 0,
    }))
    .sort((a, b) => b.share - a.share || (a.pod < b.pod ? -1 : 1));
  const readyEndpoints = countReadyEndpoints(report, service);
  const evenShare = readyEndpoints ? 1 / readyEndpoints : 0;
  const top = endpoints[0];
  const summary: TrafficSummary = {
    basis,
    sources: sources.length,
    byLocality,
    dropped,
    rejected,
    endpoints,
    readyEndpoints,
    evenShare,
  };
  if (top && evenShare > 0) summary.mostLoaded = { ...top, timesEven: top.share / evenShare };
  return summary;
}

/** Distinct ready endpoints (by address) in the Service's EndpointSlices. */
export function countReadyEndpoints(report: Pick<RoutingReport, 'endpointSlices'>, service: string): number {
  const addresses = new Set<string>();
  for (const slice of slicesOfService(report, service)) {
    for (const endpoint of slice.endpoints) {
      if (endpoint.conditions.ready === false) continue;
      const address = endpoint.addresses[0];
      if (address !== undefined) addresses.add(address);
    }
  }
  return addresses.size;
}

/** How the busiest endpoint's load is said: plainly, as a note, or as a warning. */
export interface LoadNote {
  level: 'even' | 'note' | 'warn';
  /** What follows the "(2.0×" of the busiest-endpoint sentence. */
  words: string;
}

/** Above this many times an even share, several clients' traffic piling on one endpoint is worth a warning. */
const WARN_FROM = 1.5;

/**
 * Says the busiest endpoint's load in proportion: one client sending everything to the endpoint
 * its locality preference picks is the point of PreferSameNode, not a fault; several clients
 * piling onto one endpoint is.
 *
 * @example
 * loadNote({ basis: 'clients', sources: 1, mostLoaded: { pod: 'default/echo-a', share: 1, timesEven: 2 } });
 * // { level: 'note', words: ' an even share: all of one client’s traffic goes to one endpoint' }
 */
export function loadNote(summary: Pick<TrafficSummary, 'basis' | 'sources' | 'mostLoaded'>): LoadNote {
  const top = summary.mostLoaded;
  if (!top || top.timesEven <= 1.2) return { level: 'even', words: '' };
  if (summary.sources <= 1) {
    return {
      level: 'note',
      words: ` an even share: all of one ${summary.basis === 'clients' ? 'client' : 'node'}’s traffic goes where its policy sends it`,
    };
  }
  return top.timesEven > WARN_FROM
    ? { level: 'warn', words: ' an even share: uneven, this endpoint may be overloaded' }
    : { level: 'note', words: ' an even share' };
}
