/**
 * Route paths in canvas coordinates: from the source up into its node's kube-proxy, then an arc
 * to the endpoint. Dropped and rejected traffic ends at kube-proxy, its mark beside it.
 */
import type { RouteEdgeModel } from './routeModel';

export interface EdgeGeometry {
  path: string;
  labelX: number;
  labelY: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * The geometry of a route edge, or undefined when one of its ends is not on the canvas.
 * `rectOf` gives a box's (or chip's) rectangle in canvas coordinates.
 */
export function edgeGeometry(rectOf: (id: string) => Rect | undefined, edge: RouteEdgeModel): EdgeGeometry | undefined {
  const source = rectOf(edge.source);
  const via = rectOf(edge.via);
  const target = rectOf(edge.target);
  if (!source || !via || !target) return undefined;
  const viaX = via.x + via.width / 2;
  // External entries sit beside kube-proxy, pods below it.
  const start = edge.external
    ? `M${r(source.x)},${r(source.y + source.height / 2)} L${r(via.x + via.width)},${r(via.y + via.height / 2)}`
    : `M${r(source.x + source.width / 2)},${r(source.y)} L${r(viaX)},${r(via.y + via.height)}`;
  if (edge.verdict !== 'forward') {
    const entriesRight = edge.external ? source.x + source.width : via.x + via.width;
    return {
      path: start,
      labelX: r(entriesRight + 46),
      labelY: r(via.y + via.height / 2),
    };
  }
  const vy = via.y;
  if (target.y > via.y + via.height + 20 && overlapsX(target, via)) {
    // Endpoints straight below: leave kube-proxy on its left and come in from the left gutter,
    // rather than straight down through the boxes in between.
    const sx = via.x;
    const sy = via.y + via.height / 2;
    const tx = target.x;
    const ty = target.y + target.height / 2;
    // Stays inside the zone padding left of kube-proxy, so fitView keeps it on screen.
    const bulge = 34;
    const c1x = Math.min(sx, tx) - bulge;
    return {
      path: `${start} L${r(sx)},${r(sy)} C${r(c1x)},${r(sy)} ${r(c1x)},${r(ty)} ${r(tx)},${r(ty)}`,
      ...bezierAt(0.75, [sx, sy], [c1x, sy], [c1x, ty], [tx, ty]),
    };
  }
  return arcAbove(start, viaX, vy, target);
}

function overlapsX(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width;
}

/** Up out of kube-proxy and over into the endpoint's top. */
function arcAbove(start: string, viaX: number, vy: number, target: Rect): EdgeGeometry {
  const tx = target.x + target.width / 2;
  const ty = target.y;
  const lift = 40 + Math.abs(tx - viaX) * 0.12 + Math.max(0, ty - vy) * 0.1;
  const c1y = vy - lift;
  const c2y = Math.min(ty, vy) - lift;
  return {
    path: `${start} L${r(viaX)},${r(vy)} C${r(viaX)},${r(c1y)} ${r(tx)},${r(c2y)} ${r(tx)},${r(ty)}`,
    // Three quarters along the arc: near its endpoint, away from the kube-proxy where all of a
    // client's routes start together.
    ...bezierAt(0.75, [viaX, vy], [viaX, c1y], [tx, c2y], [tx, ty]),
  };
}

type Point = [number, number];

function bezierAt(t: number, p0: Point, p1: Point, p2: Point, p3: Point): { labelX: number; labelY: number } {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    labelX: r(a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0]),
    labelY: r(a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]),
  };
}
