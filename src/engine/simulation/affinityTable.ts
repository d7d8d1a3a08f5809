/**
 * kube-proxy's sessionAffinity ClientIP state on the cluster's simulated time: per (client IP,
 * Service port) the endpoint it sticks to and when it last used it. iptables `-m recent --rcheck
 * --seconds T --reap`, nftables' affinity set element timeout and IPVS persistence all match a
 * client whose last new connection is at most T seconds old, and every match refreshes it.
 */
import { deriveSeed } from '../random';
import type { ClientRoute } from '../report';
import { simulateRequests, type SimulationContext } from '../routes/simulateRequests';
import { affinityMatches } from './affinity';

export interface AffinityEntry {
  /** The client's source address. */
  clientIP: string;
  /** "namespace/name" of the Service. */
  service: string;
  port: number;
  /** "namespace/name" of the endpoint pod the client sticks to. */
  endpoint: string;
  /** Simulated second of the client's latest new connection under this entry. */
  lastUsed: number;
  timeoutSeconds: number;
  /** Windows HNS source-IP affinity: no timeout reaches the node, the entry never expires. */
  noTimeout?: true;
}

export type AffinityTable = readonly AffinityEntry[];

/** Default `sessionAffinityConfig.clientIP.timeoutSeconds` (core/v1 DefaultClientIPServiceAffinitySeconds). */
const DEFAULT_TIMEOUT = 10800;

/** Whether the entry still matches at `now` (the data planes' own rule, see affinityMatches). */
export function affinityLive(entry: AffinityEntry, now: number): boolean {
  return entry.noTimeout === true || affinityMatches(entry.lastUsed, entry.timeoutSeconds, now);
}

/**
 * Sends `count` requests from the route's client at simulated second `now`, using and updating the
 * affinity table. A live entry whose endpoint still serves the route takes every request; else one
 * new pick (seeded by the client, port and moment, by the route's weights) and all the rest stick.
 * Services without ClientIP affinity leave the table as it is, apart from dropping their own entries.
 *
 * @example
 * let table: AffinityTable = [];
 * const first = sendWithAffinity(table, route, { proxyMode: 'iptables', sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10 }, 5, 0, 1);
 * table = first.table; // one entry: route.fromIP → the picked pod, lastUsed 0
 * sendWithAffinity(table, route, context, 5, 4, 1).counts; // the same pod, all 5
 */
export function sendWithAffinity(
  table: AffinityTable,
  route: ClientRoute,
  context: SimulationContext,
  count: number,
  now: number,
  seed: number,
): { counts: Record<string, number>; table: AffinityTable } {
  const same = (e: AffinityEntry) => e.clientIP === route.fromIP && e.service === route.service && e.port === route.port;
  const others = table.filter((e) => !same(e));
  const timeoutSeconds = context.sessionAffinityTimeoutSeconds ?? DEFAULT_TIMEOUT;
  const n = Math.max(0, Math.floor(count));
  if (context.sessionAffinity !== 'ClientIP' || !(timeoutSeconds > 0) || route.verdict !== 'forward') {
    return { counts: simulateRequests(route, context, n, seed), table: context.sessionAffinity === 'ClientIP' ? table : others };
  }
  if (n === 0) return { counts: {}, table };
  const entry = table.find(same);
  const serving = new Set(route.endpoints.filter((ep) => ep.weight > 0).map((ep) => ep.pod));
  let endpoint: string | undefined;
  let counts: Record<string, number>;
  if (entry && affinityLive(entry, now) && serving.has(entry.endpoint)) {
    endpoint = entry.endpoint;
    counts = { [endpoint]: n };
  } else {
    counts = simulateRequests(route, context, n, deriveSeed(seed, `${route.fromIP}→${route.service}:${route.port}@${now}`));
    endpoint = Object.keys(counts).find((pod) => serving.has(pod));
  }
  if (!endpoint) return { counts, table: others };
  return {
    counts,
    table: [
      ...others,
      {
        clientIP: route.fromIP,
        service: route.service,
        port: route.port,
        endpoint,
        lastUsed: now,
        timeoutSeconds,
        ...(context.proxyMode === 'kernelspace' ? { noTimeout: true as const } : {}),
      },
    ],
  };
}
