/**
 * The expensive half of the route edges: which routes are drawn (chip routes merged) and their
 * paths. It depends on the layout and the routes only, so the canvas memoises it on those and a
 * selection or a hovered rule never rebuilds a path (emphasis: edgeEmphasis.ts).
 */
import { chipOwners, mergeChipRoutes, type DrawnRoute } from './chipRoutes';
import { edgeGeometry, type EdgeGeometry } from './edgeGeometry';
import type { Layout, LayoutBox } from './layout';
import { routeAriaLabel } from './routeAriaLabel';
import type { Bounds } from './fitView';
import { labelObstacles, placeRouteLabel } from './labelPlacement';
import type { RouteEdgeModel } from './routeModel';

/** A drawn route with its path and the React Flow ends it joins (chips are drawn by their box). */
export interface RouteGeometry extends DrawnRoute {
  id: string;
  source: string;
  target: string;
  ariaLabel: string;
  geometry: EdgeGeometry;
}

/**
 * Drawn routes in order with their geometry; routes whose ends are not drawn are left out.
 *
 * @example
 * buildRouteGeometry(layout, routes).map((g) => g.route.testId);
 * // ['route-default/client->pod:default/echo-…', …]
 */
export function buildRouteGeometry(layout: Layout, routes: readonly RouteEdgeModel[]): RouteGeometry[] {
  const boxesById = new Map<string, LayoutBox>();
  for (const box of layout.boxes) boxesById.set(box.id, box);
  for (const chip of layout.chips) boxesById.set(chip.id, chip);
  const owners = chipOwners(layout);
  const rectOf = (id: string) => {
    const box = boxesById.get(id);
    const at = layout.absolute.get(id);
    return box && at ? { x: at.x, y: at.y, width: box.width, height: box.height } : undefined;
  };
  const out: RouteGeometry[] = [];
  const obstacles = labelObstacles(layout);
  const placed: Bounds[] = [];
  for (const drawn of mergeChipRoutes(routes, owners, layout)) {
    const { route, targetArea } = drawn;
    const drawnPath = edgeGeometry((id) => (targetArea && id === route.target ? targetArea : rectOf(id)), route);
    if (!drawnPath) continue;
    const geometry = placeRouteLabel(drawnPath, labelText(drawn.route), obstacles, placed);
    out.push({
      ...drawn,
      id: route.id,
      source: owners.get(route.source)?.id ?? route.source,
      target: owners.get(route.target)?.id ?? route.target,
      ariaLabel: routeAriaLabel(route),
      geometry,
    });
  }
  return out;
}

/** The text a route's label shows (dropped and rejected routes carry a mark before it). */
export function labelText(route: Pick<RouteEdgeModel, 'verdict' | 'label'>): string {
  return route.verdict === 'forward' ? route.label : `✕ ${route.label}`;
}
