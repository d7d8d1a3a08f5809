/**
 * Route paths in canvas coordinates: from the source up into its node's kube-proxy, then an arc
 * to the endpoint. Dropped and rejected traffic ends at kube-proxy, its mark beside it.
 */
import type { Layout, LayoutBox } from './layout';
import type { RouteEdgeModel } from './routeModel';

export interface EdgeGeometry {
  path: string;
  labelX: number;
  labelY: number;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function rectOf(layout: Layout, boxesById: ReadonlyMap<string, LayoutBox>, id: string): Rect | undefined {
  const box = boxesById.get(id);
  const at = layout.absolute.get(id);
  return box && at ? { x: at.x, y: at.y, width: box.width, height: box.height } : undefined;
}

const r = (n: number) => Math.round(n * 10) / 10;

/** The geometry of a route edge, or undefined when one of its ends is not on the canvas. */
export function edgeGeometry(layout: Layout, boxesById: ReadonlyMap<string, LayoutBox>, edge: RouteEdgeModel): EdgeGeometry | undefined {
  const source = rectOf(layout, boxesById, edge.source);
  const via = rectOf(layout, boxesById, edge.via);
  const target = rectOf(layout, boxesById, edge.target);
  if (!source || !via || !target) return undefined;
  const viaX = via.x + via.width / 2;
  // External entries sit beside kube-proxy, pods below it.
  const start = edge.external ? `M${r(source.x)},${r(source.y + source.height / 2)} L${r(via.x + via.width)},${r(via.y + via.height / 2)}` : `M${r(source.x + source.width / 2)},${r(source.y)} L${r(viaX)},${r(via.y + via.height)}`;
  if (edge.verdict !== 'forward') {
    const entriesRight = edge.external ? source.x + source.width : via.x + via.width;
    return { path: start, labelX: r(entriesRight + 46), labelY: r(via.y + via.height / 2) };
  }
  const vy = via.y;
  const tx = target.x + target.width / 2;
  const ty = target.y;
  const lift = 40 + Math.abs(tx - viaX) * 0.12 + Math.max(0, ty - vy) * 0.1;
  const c1y = vy - lift;
  const c2y = Math.min(ty, vy) - lift;
  // Point of the cubic Bézier at t = 0.5.
  const labelX = (viaX + tx) / 2;
  const labelY = 0.125 * vy + 0.375 * c1y + 0.375 * c2y + 0.125 * ty;
  return {
    path: `${start} L${r(viaX)},${r(vy)} C${r(viaX)},${r(c1y)} ${r(tx)},${r(c2y)} ${r(tx)},${r(ty)}`,
    labelX: r(labelX),
    labelY: r(labelY),
  };
}
