/**
 * Routes at the chip level of detail: pods drawn as chips are not React Flow nodes, so routes
 * from one source to several chips of one box become one edge to that box, ending at the chips'
 * block; the share of each pod stays on the edge for its tooltip. The shares are the engine's,
 * only summed.
 */
import type { Rect } from './edgeGeometry';
import { CHIP_H, CHIP_W, type Layout, type LayoutBox } from './layout';
import { formatShare } from '../engine';
import type { RouteEdgeModel } from './routeModel';

export interface DrawnRoute {
  /** The route as drawn: one route, or the merge of `members`. */
  route: RouteEdgeModel;
  members: RouteEdgeModel[];
  /** Where a merged route ends: the block of its chips, in canvas coordinates. */
  targetArea?: Rect;
}

/** The box that draws each chip, by the chip's id. */
export function chipOwners(layout: Pick<Layout, 'boxes' | 'chips'>): Map<string, LayoutBox> {
  const boxes = new Map<string, LayoutBox>();
  for (const box of layout.boxes) boxes.set(box.id, box);
  const owners = new Map<string, LayoutBox>();
  for (const chip of layout.chips) {
    const owner = chip.parentId && boxes.get(chip.parentId);
    if (owner) owners.set(chip.id, owner);
  }
  return owners;
}

/**
 * Routes in order, those from one source to chips of one box merged into one at the first's
 * place. Routes to boxes pass through alone.
 *
 * @example
 * mergeChipRoutes(routes, chipOwners(layout), layout).map((d) => d.route.testId);
 * // ['route-default/client->node:bench-1', …] when bench-1's pods are chips
 */
export function mergeChipRoutes(
  routes: readonly RouteEdgeModel[],
  owners: ReadonlyMap<string, LayoutBox>,
  layout: Pick<Layout, 'absolute'>,
): DrawnRoute[] {
  if (owners.size === 0) return routes.map((route) => ({ route, members: [route] }));
  const out: DrawnRoute[] = [];
  const groups = new Map<string, RouteEdgeModel[]>();
  for (const route of routes) {
    const owner = route.verdict === 'forward' ? owners.get(route.target) : undefined;
    if (!owner) {
      out.push({ route, members: [route] });
      continue;
    }
    const key = `${route.service}\n${route.port}\n${route.from}\n${owner.id}`;
    const group = groups.get(key);
    if (group) {
      group.push(route);
      continue;
    }
    const members = [route];
    groups.set(key, members);
    out.push({ route, members });
  }
  return out.map((drawn) =>
    drawn.members.length === 1 && !owners.has(drawn.route.target) ? drawn : merged(drawn.members, owners, layout),
  );
}

function merged(members: RouteEdgeModel[], owners: ReadonlyMap<string, LayoutBox>, layout: Pick<Layout, 'absolute'>): DrawnRoute {
  const first = members[0]!;
  const owner = owners.get(first.target)!;
  let share = 0;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const member of members) {
    share += member.share;
    const at = layout.absolute.get(member.target);
    if (!at) continue;
    left = Math.min(left, at.x);
    top = Math.min(top, at.y);
    right = Math.max(right, at.x + CHIP_W);
    bottom = Math.max(bottom, at.y + CHIP_H);
  }
  const { targetPod: _pod, ...rest } = first;
  const route: RouteEdgeModel = {
    ...rest,
    id: `${first.id.slice(0, first.id.lastIndexOf('->'))}->${owner.id}`,
    testId: `route-${first.from}->${owner.id}`,
    target: owner.id,
    share,
    label: formatShare(share),
    pods: members.map((m) => ({ pod: m.targetPod ?? m.target, label: m.label })),
  };
  return { route, members, ...(left <= right ? { targetArea: { x: left, y: top, width: right - left, height: bottom - top } } : {}) };
}
