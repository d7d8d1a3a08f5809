/**
 * The cheap half of the route edges: which drawn routes stand out for the selection or a rule
 * hovered in the rules panel, which dim, and which pods and nodes the highlighted routes reach.
 * Re-run on every selection or hover over the memoised geometry (routeGeometry.ts).
 */
import type { Emphasis, RouteFlowEdge } from './flowElements';
import type { RouteGeometry } from './routeGeometry';
import { edgeMatchesSelection, type RouteEdgeModel, type Selection } from './routeModel';
import { routeMatchesHighlight } from './routeHighlight';
import type { RouteHighlight } from '../state/highlightSlice';

// One edge object per drawn route and emphasis, so an edge whose emphasis did not change is the
// same object as before and React Flow does not re-render it. Dropped with its geometry.
const edgesOf = new WeakMap<RouteGeometry, Partial<Record<Emphasis, RouteFlowEdge>>>();

function routeFlowEdge(drawn: RouteGeometry, emphasis: Emphasis): RouteFlowEdge {
  let byEmphasis = edgesOf.get(drawn);
  if (!byEmphasis) edgesOf.set(drawn, (byEmphasis = {}));
  return (byEmphasis[emphasis] ??= {
    id: drawn.id,
    type: 'route',
    source: drawn.source,
    target: drawn.target,
    selectable: false,
    focusable: true,
    zIndex: emphasis === 'highlight' ? 20 : 10,
    ariaLabel: drawn.ariaLabel,
    domAttributes: {
      'data-testid': drawn.route.testId,
      'data-emphasis': emphasis,
      'data-verdict': drawn.route.verdict,
    } as RouteFlowEdge['domAttributes'],
    data: { route: drawn.route, geometry: drawn.geometry, emphasis },
  });
}

/**
 * React Flow edges for the drawn routes: with neither a selection nor a hovered rule all are
 * normal; otherwise the routes it concerns (a merged route when any of its pods does) are
 * highlighted and the rest dimmed. A hovered rule wins over the selection.
 *
 * @example
 * const { edges, reached } = emphasiseRouteEdges(buildRouteGeometry(layout, routes), { kind: 'pod', id: 'default/echo-1' });
 * edges.map((e) => e.data!.emphasis); // ['dim', 'highlight']
 * [...reached]; // ['pod:default/echo-1', 'node:mnode-m03']
 */
export function emphasiseRouteEdges(
  drawn: readonly RouteGeometry[],
  selection: Selection,
  highlight: RouteHighlight | null = null,
): { edges: RouteFlowEdge[]; reached: Set<string> } {
  const byRule = highlight?.origin === 'rules' ? highlight : null;
  const reached = new Set<string>();
  if (!selection && !byRule) return { edges: drawn.map((d) => routeFlowEdge(d, 'normal')), reached };
  const matches = (route: RouteEdgeModel) => (byRule ? routeMatchesHighlight(route, byRule) : edgeMatchesSelection(route, selection!));
  const edges = drawn.map((d) => {
    let lit = false;
    for (const member of d.members) {
      if (!matches(member)) continue;
      lit = true;
      if (!member.targetPod) continue;
      reached.add(member.target);
      if (member.targetNode) reached.add(`node:${member.targetNode}`);
    }
    return routeFlowEdge(d, lit ? 'highlight' : 'dim');
  });
  return { edges, reached };
}
