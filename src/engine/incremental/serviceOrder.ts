/**
 * The report's lists kept in Service order, with a redone Service's items swapped in place: its
 * EndpointSlices and views (runs per Service) and every client's routes (in Service order too).
 */
import type { ClientRoute, ServicePortViews } from '../report';
import { addGroupRoutes, type PlacedClient } from '../routes/computeClientRoutes';

/**
 * How many of `groups` (in Service order) each Service has.
 *
 * @example
 * countsByService(report.secondaryFamily.serviceViews, services.length, positions)[3]; // 2
 */
export function countsByService(groups: readonly ServicePortViews[], services: number, positions: ReadonlyMap<string, number>): Int32Array {
  const counts = new Int32Array(services);
  for (const group of groups) counts[positions.get(group.service)!]!++;
  return counts;
}

/**
 * The placed clients, each with its run of `routes` (client after client, in placed order).
 *
 * @example
 * withRoutes(placed, report.secondaryFamily.routes)[0].routes; // the first client's routes of the second family
 */
export function withRoutes(placed: readonly PlacedClient[], routes: readonly ClientRoute[]): PlacedClient[] {
  let at = 0;
  return placed.map((client) => {
    const start = at;
    while (at < routes.length && routes[at]!.from === client.from) at++;
    return { ...client, routes: routes.slice(start, at) };
  });
}

/**
 * Every client's routes, client after client.
 *
 * @example
 * flatRoutes(placed).length; // report.routes.length
 */
export function flatRoutes(placed: readonly PlacedClient[]): ClientRoute[] {
  const routes: ClientRoute[] = [];
  for (const client of placed) for (const route of client.routes) routes.push(route);
  return routes;
}

/**
 * The `moved` clients' routes through every group of `views`, the others' as they are.
 *
 * @example
 * routeAgain(placed, new Map([['default/client', clientOnItsEditedNode]]), serviceViews, input);
 */
export function routeAgain(
  placed: PlacedClient[],
  moved: ReadonlyMap<string, PlacedClient>,
  views: readonly ServicePortViews[],
  input: RouteInput,
): PlacedClient[] {
  if (moved.size === 0) return placed;
  return placed.map((client) => {
    if (!moved.has(client.from)) return client;
    const fresh = { ...client, routes: [] as ClientRoute[] };
    addGroupRoutes([fresh], views, input);
    return fresh;
  });
}

/**
 * `list` is made of runs, `counts[i]` items for Service i in order; the runs of `replaced`
 * (sorted by index) are swapped for their new items, and `counts` updated.
 *
 * @example
 * replaceRuns(report.endpointSlices, sliceCounts, [{ index: 4, items: slicesOfService4 }]);
 */
export function replaceRuns<T>(list: readonly T[], counts: Int32Array, replaced: readonly { index: number; items: readonly T[] }[]): T[] {
  const out: T[] = [];
  let from = 0;
  let offset = 0;
  let service = 0;
  for (const { index, items } of replaced) {
    for (; service < index; service++) offset += counts[service]!;
    pushRange(out, list, from, offset);
    for (const item of items) out.push(item);
    from = offset + counts[index]!;
    counts[index] = items.length;
  }
  pushRange(out, list, from, list.length);
  return out;
}

function pushRange<T>(out: T[], list: readonly T[], from: number, to: number): void {
  for (let i = from; i < to; i++) out.push(list[i]!);
}

export type RouteInput = Parameters<typeof addGroupRoutes>[2];

/**
 * Every client's routes, the `redone` Services' redone in place (a client's routes follow the Services' order).
 *
 * @example
 * rerouteClients(placed, [4], new Map([[4, viewsOfService4]]), input, positions);
 */
export function rerouteClients(
  placed: PlacedClient[],
  redone: readonly number[],
  groupsOf: ReadonlyMap<number, readonly ServicePortViews[]>,
  input: RouteInput,
  positions: ReadonlyMap<string, number>,
): PlacedClient[] {
  // From the last redone Service to the first, so that earlier positions in each list stay put.
  for (const index of [...redone].sort((a, b) => b - a)) {
    const own = placed.map((client) => ({ ...client, routes: [] as ClientRoute[] }));
    addGroupRoutes(own, groupsOf.get(index)!, input);
    placed = placed.map((client, c) => {
      const list = client.routes;
      const start = firstRouteAtOrAfter(list, index, positions);
      const end = firstRouteAtOrAfter(list, index + 1, positions);
      return { ...client, routes: list.slice(0, start).concat(own[c]!.routes, list.slice(end)) };
    });
  }
  return placed;
}

/** The first route (of a list in Service order) to a Service at `position` or later. */
function firstRouteAtOrAfter(routes: readonly ClientRoute[], position: number, positions: ReadonlyMap<string, number>): number {
  let lo = 0;
  let hi = routes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions.get(routes[mid]!.service)! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
