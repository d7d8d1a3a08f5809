/**
 * Seeded request simulation for one client route: what `for i in $(seq N); do curl svc; done`
 * would count per pod.
 */
import type { IpvsScheduler, ProxyMode } from '../model';
import { mulberry32 } from '../random';
import type { ClientRoute, RoutingReport, ServiceSummary } from '../report';

export interface SimulationContext {
  proxyMode: ProxyMode;
  ipvsScheduler?: IpvsScheduler;
  sessionAffinity: 'None' | 'ClientIP';
  sessionAffinityTimeoutSeconds?: number;
}

/**
 * The simulation context of requests to one Service: the report's kube-proxy mode and IPVS
 * scheduler with the Service's session affinity and its timeout.
 *
 * @example
 * simulationContextOf({ proxyMode: 'ipvs', ipvsScheduler: 'sh' }, { sessionAffinity: 'None' });
 * // { proxyMode: 'ipvs', sessionAffinity: 'None', ipvsScheduler: 'sh' }
 */
export function simulationContextOf(
  report: Pick<RoutingReport, 'proxyMode' | 'ipvsScheduler'>,
  summary: Pick<ServiceSummary, 'sessionAffinity' | 'sessionAffinityTimeoutSeconds'>,
): SimulationContext {
  const context: SimulationContext = { proxyMode: report.proxyMode, sessionAffinity: summary.sessionAffinity };
  if (report.ipvsScheduler) context.ipvsScheduler = report.ipvsScheduler;
  if (summary.sessionAffinityTimeoutSeconds !== undefined) context.sessionAffinityTimeoutSeconds = summary.sessionAffinityTimeoutSeconds;
  return context;
}

/** IPVS schedulers that, for sequential short requests from one client, take servers in turn. */
const TURN_TAKING: ReadonlySet<IpvsScheduler> = new Set(['rr', 'wrr', 'lc', 'wlc', 'sed', 'nq']);

/**
 * Counts `count` sequential requests per endpoint pod ("ns/name"), or under "dropped"/"rejected".
 * iptables, nftables and Windows pick each new connection at random by weight; IPVS rr and the
 * least-connection family take servers in turn (every connection has closed before the next);
 * hashing schedulers follow the route's pinned weights. With ClientIP affinity the first request
 * picks and the rest, inside the timeout, stick.
 *
 * @example
 * simulateRequests(route, { proxyMode: 'iptables', sessionAffinity: 'None' }, 40, 1); // { "default/echo-a": 19, "default/echo-b": 21 }
 */
export function simulateRequests(route: ClientRoute, context: SimulationContext, count: number, seed: number): Record<string, number> {
  const out: Record<string, number> = {};
  const n = Math.max(0, Math.floor(count));
  if (n === 0) return out;
  if (route.verdict === 'drop') return { dropped: n };
  if (route.verdict === 'reject') return { rejected: n };
  const candidates = route.endpoints.filter((ep) => ep.weight > 0);
  if (candidates.length === 0) return { dropped: n };
  const random = mulberry32(seed);
  const add = (pod: string, k = 1) => (out[pod] = (out[pod] ?? 0) + k);

  const sticky = context.sessionAffinity === 'ClientIP' && (context.sessionAffinityTimeoutSeconds ?? 10800) > 0;
  const scheduler = context.ipvsScheduler ?? 'rr';
  const turns = context.proxyMode === 'ipvs' && TURN_TAKING.has(scheduler);
  // Where the IPVS rotation stands when this client arrives depends on earlier traffic: seeded.
  const start = Math.floor(random() * candidates.length);
  const pickAt = (i: number) => (turns ? candidates[(start + i) % candidates.length]! : pickByWeight(candidates, random()));

  if (sticky) {
    add(pickAt(0).pod, n);
    return out;
  }
  for (let i = 0; i < n; i++) add(pickAt(i).pod);
  return out;
}

function pickByWeight<T extends { weight: number }>(items: readonly T[], r: number): T {
  let total = 0;
  for (const item of items) total += item.weight;
  let x = r * total;
  for (const item of items) {
    x -= item.weight;
    if (x < 0) return item;
  }
  return items[items.length - 1]!;
}
