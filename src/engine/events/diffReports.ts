/** How the routes changed between two reports, in words: who moved, who started or stopped being dropped. */
import type { ClientRoute, RoutingReport } from '../report';
import { endpointShare, type EndpointShare, type RouteChange } from './types';

function describe(endpoints: readonly EndpointShare[]): string {
  if (endpoints.length === 0) return 'no endpoint';
  return endpoints
    .map((e) => `${e.pod.slice(e.pod.indexOf('/') + 1)}${e.node ? `@${e.node}` : ''} ${Math.round(e.weight * 100)}%`)
    .join(', ');
}

function side(route: ClientRoute): NonNullable<RouteChange['before']> {
  return { verdict: route.verdict, endpoints: route.endpoints.filter((e) => e.weight > 0).map(endpointShare) };
}

const keyOf = (r: ClientRoute) => `${r.from}\u0000${r.service}\u0000${r.port}\u0000${r.protocol}\u0000${r.ipFamily ?? ''}`;

/** The client routes of both IP families: a dual-stack Service's second family's are routes too. */
const clientRoutes = (report: RoutingReport): ClientRoute[] =>
  [...report.routes, ...(report.secondaryFamily?.routes ?? [])].filter((r) => r.traffic === 'internal');

/** "ns/client → ns/svc:80", with the IP family of a dual-stack Service's route. */
const headOf = (r: ClientRoute) => `${r.from} → ${r.service}:${r.port}${r.ipFamily ? ` (${r.ipFamily})` : ''}`;

/** The change's subject, with the route's IP family when it has one. */
function subject(route: ClientRoute): Pick<RouteChange, 'from' | 'service' | 'port' | 'ipFamily'> {
  return { from: route.from, service: route.service, port: route.port, ...(route.ipFamily ? { ipFamily: route.ipFamily } : {}) };
}

/**
 * Compares the client routes of two reports, of both IP families of a dual-stack Service (each
 * change says its family). Weights are compared to 0.1%, so a re-run of the same cluster gives
 * no changes.
 *
 * @example
 * diffReports(before, after)[0].message;
 * // "default/client → default/echo-svc:80: moved from echo-a@mnode-m02 100% to echo-b@mnode-m03 100%"
 */
export function diffReports(before: RoutingReport, after: RoutingReport): RouteChange[] {
  const old = new Map(clientRoutes(before).map((r) => [keyOf(r), r]));
  const changes: RouteChange[] = [];
  const seen = new Set<string>();
  for (const route of clientRoutes(after)) {
    const key = keyOf(route);
    seen.add(key);
    const was = old.get(key);
    const head = headOf(route);
    const now = side(route);
    if (!was) {
      changes.push({
        ...subject(route),
        kind: 'appeared',
        after: now,
        message: `${head}: new route, ${verdictWords(now)}`,
      });
      continue;
    }
    const then = side(was);
    if (then.verdict === now.verdict && sameShares(then.endpoints, now.endpoints)) continue;
    let kind: RouteChange['kind'] = 'moved';
    let message = `${head}: moved from ${describe(then.endpoints)} to ${describe(now.endpoints)}`;
    if (now.verdict !== 'forward' && then.verdict === 'forward') {
      kind = now.verdict === 'drop' ? 'dropped' : 'rejected';
      message = `${head}: now ${now.verdict === 'drop' ? 'dropped' : 'rejected'} (was ${describe(then.endpoints)})${reason(route)}`;
    } else if (now.verdict === 'forward' && then.verdict !== 'forward') {
      kind = 'restored';
      message = `${head}: forwarded again, to ${describe(now.endpoints)} (was ${then.verdict === 'drop' ? 'dropped' : 'rejected'})`;
    }
    changes.push({ ...subject(route), kind, before: then, after: now, message });
  }
  for (const [key, route] of old) {
    if (seen.has(key)) continue;
    const then = side(route);
    changes.push({
      ...subject(route),
      kind: 'disappeared',
      before: then,
      message: `${headOf(route)}: route gone (the client or the Service no longer exists)`,
    });
  }
  return changes;
}

function verdictWords(side: NonNullable<RouteChange['after']>): string {
  return side.verdict === 'forward' ? `to ${describe(side.endpoints)}` : side.verdict === 'drop' ? 'dropped' : 'rejected';
}

function reason(route: ClientRoute): string {
  const last = route.trace[route.trace.length - 1];
  return last ? `: ${last.message}` : '';
}

function sameShares(a: readonly EndpointShare[], b: readonly EndpointShare[]): boolean {
  if (a.length !== b.length) return false;
  const weights = new Map(a.map((e) => [`${e.pod}@${e.node ?? ''}`, e.weight]));
  return b.every((e) => {
    const w = weights.get(`${e.pod}@${e.node ?? ''}`);
    return w !== undefined && Math.abs(w - e.weight) < 0.001;
  });
}
