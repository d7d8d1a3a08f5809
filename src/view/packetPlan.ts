/**
 * Which packets the packet layer draws: one route's packets follow its share, and a frame draws
 * at most MAX_PACKETS of them, only on routes inside the viewport — highlighted routes first,
 * the rest evenly thinned — so a frame's cost does not grow with the number of routes.
 */
import type { Locality } from '../engine';
import type { RouteFlowEdge } from './flowElements';
import { trackOfPath, type PacketTrack } from './packetTrack';

/** Packets per route at 100% share; a route with share s carries round(s × this), at least one. */
export const PACKETS_AT_FULL_SHARE = 6;
/** The most packets one frame draws. */
export const MAX_PACKETS = 600;
/** Seconds a packet takes from the client to its endpoint. */
export const LOOP_SECONDS = 2.4;

export interface PacketRoute {
  id: string;
  track: PacketTrack;
  count: number;
  locality: Locality;
  highlighted: boolean;
}

export interface ViewRect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * The routes that carry packets: forwarded, not dimmed; highlighted ones first. `tracks` caches
 * flattened paths by path text across calls.
 *
 * @example
 * packetRoutes(edges, new Map()).map((r) => r.count); // [3, 3] for two 50% routes
 */
export function packetRoutes(edges: readonly RouteFlowEdge[], tracks: Map<string, PacketTrack>): PacketRoute[] {
  const out: PacketRoute[] = [];
  for (const edge of edges) {
    if (!edge.data) continue;
    const { route, geometry, emphasis } = edge.data;
    if (route.verdict !== 'forward' || emphasis === 'dim') continue;
    let track = tracks.get(geometry.path);
    if (!track) {
      track = trackOfPath(geometry.path);
      tracks.set(geometry.path, track);
    }
    out.push({
      id: edge.id,
      track,
      count: Math.max(1, Math.round(route.share * PACKETS_AT_FULL_SHARE)),
      locality: route.locality ?? 'unknown-zone',
      highlighted: emphasis === 'highlight',
    });
  }
  return out.sort((a, b) => Number(b.highlighted) - Number(a.highlighted));
}

function inView(track: PacketTrack, view: ViewRect): boolean {
  return track.maxX >= view.minX && track.minX <= view.maxX && track.maxY >= view.minY && track.minY <= view.maxY;
}

/**
 * The routes one frame draws: those crossing `view`, at most `cap` packets in all. Highlighted
 * routes are kept first; the others are taken at an even stride so the thinning is spread out.
 *
 * @example
 * routesToDraw(routes, view).reduce((n, r) => n + r.count, 0) <= MAX_PACKETS; // true
 */
export function routesToDraw(routes: readonly PacketRoute[], view: ViewRect, cap = MAX_PACKETS): PacketRoute[] {
  const visible = routes.filter((r) => inView(r.track, view));
  const packets = (list: readonly PacketRoute[]) => list.reduce((n, r) => n + r.count, 0);
  if (packets(visible) <= cap) return visible;
  const kept: PacketRoute[] = [];
  let budget = cap;
  for (const route of visible) {
    if (!route.highlighted || route.count > budget) continue;
    kept.push(route);
    budget -= route.count;
  }
  const rest = visible.filter((r) => !r.highlighted);
  const stride = Math.max(1, Math.ceil(packets(rest) / Math.max(1, budget)));
  for (let i = 0; i < rest.length; i += stride) {
    const route = rest[i]!;
    if (route.count > budget) continue;
    kept.push(route);
    budget -= route.count;
  }
  return kept;
}
