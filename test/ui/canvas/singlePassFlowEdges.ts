/**
 * The route edges as the canvas built them in one pass (geometry and emphasis together), kept as
 * the reference the two-pass build must match.
 */
import { chipOwners, mergeChipRoutes } from '../../../src/view/chipRoutes';
import { edgeGeometry } from '../../../src/view/edgeGeometry';
import type { Bounds } from '../../../src/view/fitView';
import { labelObstacles, placeRouteLabel } from '../../../src/view/labelPlacement';
import { labelText } from '../../../src/view/routeGeometry';
import { routeAriaLabel, type Emphasis, type RouteFlowEdge } from '../../../src/view/flowElements';
import type { Layout, LayoutBox } from '../../../src/view/layout';
import { edgeMatchesSelection, type RouteEdgeModel, type Selection } from '../../../src/view/routeModel';
import { routeMatchesHighlight } from '../../../src/view/routeHighlight';
import type { RouteHighlight } from '../../../src/state/highlightSlice';

export function singlePassFlowEdges(
  layout: Layout,
  routes: readonly RouteEdgeModel[],
  selection: Selection,
  highlight: RouteHighlight | null = null,
): { edges: RouteFlowEdge[]; reached: Set<string> } {
  const byRule = highlight?.origin === 'rules' ? highlight : null;
  const boxesById = new Map<string, LayoutBox>([...layout.boxes, ...layout.chips].map((b) => [b.id, b]));
  const owners = chipOwners(layout);
  const matchOf = (route: RouteEdgeModel) =>
    byRule ? routeMatchesHighlight(route, byRule) : selection ? edgeMatchesSelection(route, selection) : false;
  const edges: RouteFlowEdge[] = [];
  const reached = new Set<string>();
  const rectOf = (id: string) => {
    const box = boxesById.get(id);
    const at = layout.absolute.get(id);
    return box && at ? { x: at.x, y: at.y, width: box.width, height: box.height } : undefined;
  };
  const obstacles = labelObstacles(layout);
  const placed: Bounds[] = [];
  for (const { route, members, targetArea } of mergeChipRoutes(routes, owners, layout)) {
    const path = edgeGeometry((id) => (targetArea && id === route.target ? targetArea : rectOf(id)), route);
    if (!path) continue;
    const geometry = placeRouteLabel(path, labelText(route), obstacles, placed);
    let matches = false;
    for (const member of members) {
      if (!matchOf(member)) continue;
      matches = true;
      if (!member.targetPod) continue;
      reached.add(member.target);
      if (member.targetNode) reached.add(`node:${member.targetNode}`);
    }
    const emphasis: Emphasis = !selection && !byRule ? 'normal' : matches ? 'highlight' : 'dim';
    edges.push({
      id: route.id,
      type: 'route',
      source: owners.get(route.source)?.id ?? route.source,
      target: owners.get(route.target)?.id ?? route.target,
      selectable: false,
      focusable: true,
      zIndex: emphasis === 'highlight' ? 20 : 10,
      ariaLabel: routeAriaLabel(route),
      domAttributes: {
        'data-testid': route.testId,
        'data-emphasis': emphasis,
        'data-verdict': route.verdict,
      } as RouteFlowEdge['domAttributes'],
      data: { route, geometry, emphasis },
    });
  }
  return { edges, reached };
}
