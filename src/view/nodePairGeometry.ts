/**
 * Where the node-pair edges of a large cluster zoomed in to its nodes are drawn: an arc over the
 * boxes from the client node's top to the endpoint node's (leaving a little left of the middle,
 * arriving a little right of it, so a pair and its reverse never share a path), and traffic that
 * stays on its node (or is lost there) as a loop on the node's top edge. Sizes are in `unit`s, as
 * for the zone pairs: the node level is seen from afar.
 */
import { boxId, type Layout } from './layout';
import type { RoutePair } from './routePairs';
import { arrowAt, type ZonePairGeometry } from './zonePairGeometry';

export type NodePairGeometry = ZonePairGeometry;

const n = (v: number) => Math.round(v * 10) / 10;

/** Label spots tried along an arc, in order: near the endpoint first, away from where a node's pairs all start. */
const SPOTS = [0.75, 0.62, 0.85, 0.5, 0.9, 0.38];
/**
 * Labels drawn: those of the largest pairs (a Service's clients may reach thousands of nodes, each
 * with a sliver; the canvas draws only the edges in view, but each label placed costs the ones before it).
 */
export const LABELLED_MAX = 400;

type Box = { x: number; y: number; width: number; height: number };

function cubicAt(t: number, p: number[]): [number, number] {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return [a * p[0]! + b * p[2]! + c * p[4]! + d * p[6]!, a * p[1]! + b * p[3]! + c * p[5]! + d * p[7]!];
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * `unit` is the layout length of one screen pixel at the node level's zoom.
 *
 * @example
 * nodePairGeometry(layout, aggregateNodePairs(report, service)!.pairs, 3).map((g) => g.source); // ['node:bench-1', …]
 */
export function nodePairGeometry(
  layout: Pick<Layout, 'boxes' | 'absolute'>,
  pairs: readonly RoutePair[],
  unit: number,
): NodePairGeometry[] {
  const widths = new Map<string, { width: number; height: number }>();
  for (const box of layout.boxes) if (box.kind === 'node') widths.set(box.id, box);
  const rectOf = (node: string): (Box & { id: string }) | undefined => {
    const id = boxId.node(node);
    const size = widths.get(id);
    const at = layout.absolute.get(id);
    return size && at ? { id, x: at.x, y: at.y, width: size.width, height: size.height } : undefined;
  };
  const u = unit;
  const placed: Box[] = [];
  const out: NodePairGeometry[] = [];
  for (const pair of pairs) {
    const a = rectOf(pair.from);
    const b = pair.verdict === 'forward' ? rectOf(pair.to) : a;
    if (!a || !b) continue;
    const strokeWidth = u * (2 + pair.share * 10);
    const head = u * 8 + strokeWidth * 1.5;
    const text = pair.verdict === 'forward' ? pair.label : `✕ ${pair.label}`;
    const labelW = (text.length * 8.5 + 14) * u;
    const labelH = 22 * u;
    let points: number[];
    if (a === b || a.id === b.id) {
      // A loop on the top edge: kept traffic at a quarter of the width, lost traffic at three quarters.
      const r = u * 10;
      const cx = a.x + a.width * (pair.verdict === 'forward' ? 0.25 : 0.75);
      points = [cx - r, a.y, cx - r * 2, a.y - r * 3, cx + r * 2, a.y - r * 3, cx + r, a.y];
    } else {
      const sx = a.x + a.width * 0.4;
      const tx = b.x + b.width * 0.6;
      const top = Math.min(a.y, b.y);
      const lift = u * 30 + Math.abs(tx - sx) * 0.12 + Math.abs(a.y - b.y) * 0.1;
      points = [sx, a.y, sx, top - lift, tx, top - lift, tx, b.y];
    }
    const [x0, y0, x1, y1, x2, y2, x3, y3] = points.map(n) as [number, number, number, number, number, number, number, number];
    // Pairs come largest first: the first ones are labelled, where their arc has room for it.
    let labelled = placed.length < LABELLED_MAX;
    let label = cubicAt(a.id === b.id ? 0.5 : SPOTS[0]!, points);
    if (a.id === b.id) label = [label[0], label[1] - u * 14];
    else if (labelled) {
      const free = (lx: number, ly: number) =>
        !placed.some((p) => overlaps(p, { x: lx - labelW / 2, y: ly - labelH / 2, width: labelW, height: labelH }));
      const spot = SPOTS.map((t) => cubicAt(t, points)).find(([lx, ly]) => free(lx, ly));
      // Every spot along the arc is taken: its share stays in its title.
      if (spot) label = spot;
      else labelled = false;
    }
    if (labelled) placed.push({ x: label[0] - labelW / 2, y: label[1] - labelH / 2, width: labelW, height: labelH });
    out.push({
      id: pair.id,
      source: a.id,
      target: b.id,
      pair,
      path: `M${x0},${y0} C${x1},${y1} ${x2},${y2} ${x3},${y3}`,
      arrow: arrowAt(x3, y3, x2, y2, head),
      labelX: n(label[0]),
      labelY: n(label[1]),
      unit: u,
      strokeWidth: n(strokeWidth),
      ...(labelled ? { labelOverBoxes: true } : { unlabelled: true }),
    });
  }
  return out;
}
