/**
 * Where a route's share label goes: along its arc, at the first spot that covers no pod, no
 * kube-proxy or external entry, no node or area title and no label placed before it.
 */
import type { EdgeGeometry } from './edgeGeometry';
import { routeLabelRect, type Bounds } from './fitView';
import type { Layout } from './layout';

/** Spots along the arc's last curve, tried in order: near the endpoint first (the label says its share). */
const SPOTS = [0.75, 0.62, 0.88, 0.5, 0.4, 0.3, 0.2];
/** Past this many boxes the labels keep their first spot (placing them costs boxes × routes). */
const PLACE_UP_TO_BOXES = 400;

const overlap = (a: Bounds, b: Bounds) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const AREA_TITLES = { zone: 'zone ', 'no-zone': 'nodes without a zone label', unscheduled: 'not scheduled' } as const;

/**
 * What a label must not cover: pods and entries whole; of nodes and areas the part of the title
 * row their words take (estimated from the text at about 8 px a character: a node's flags after
 * its name, an area's title at the left, or at the right in compact boxes).
 */
export function labelObstacles(layout: Layout): Bounds[] {
  if (layout.boxes.length > PLACE_UP_TO_BOXES) return [];
  const out: Bounds[] = [];
  for (const box of [...layout.boxes, ...layout.chips]) {
    const at = layout.absolute.get(box.id);
    if (!at) continue;
    switch (box.kind) {
      case 'pod':
      case 'proxy':
      case 'external':
        out.push({ x: at.x, y: at.y, width: box.width, height: box.height });
        break;
      case 'node': {
        // Compact title rows hold kube-proxy and then the name: the whole row counts.
        const width = layout.compact ? box.width : Math.min(box.width, 40 + box.ref.length * 8 + 100);
        out.push({ x: at.x, y: at.y, width, height: layout.header });
        break;
      }
      default: {
        const words = box.kind === 'zone' ? AREA_TITLES.zone + box.ref : AREA_TITLES[box.kind];
        const width = Math.min(box.width, 24 + words.length * 8);
        out.push({ x: layout.compact ? at.x + box.width - width : at.x, y: at.y, width, height: layout.header });
      }
    }
  }
  return out;
}

/** The last cubic curve of a path: its start (the point before "C") and its three points. */
function lastCurve(path: string): [number, number][] | null {
  const at = path.lastIndexOf('C');
  if (at < 0) return null;
  const before = path.slice(0, at).match(/-?\d+(?:\.\d+)?/g) ?? [];
  const after = path.slice(at).match(/-?\d+(?:\.\d+)?/g) ?? [];
  if (before.length < 2 || after.length < 6) return null;
  const start: [number, number] = [Number(before[before.length - 2]), Number(before[before.length - 1])];
  const rest = [0, 2, 4].map((i) => [Number(after[i]), Number(after[i + 1])] as [number, number]);
  return [start, ...rest];
}

function curveAt(t: number, [p0, p1, p2, p3]: [number, number][]): { x: number; y: number } {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: Math.round((a * p0![0] + b * p1![0] + c * p2![0] + d * p3![0]) * 10) / 10,
    y: Math.round((a * p0![1] + b * p1![1] + c * p2![1] + d * p3![1]) * 10) / 10,
  };
}

/**
 * The geometry with its label moved to the free spot along the arc that covers least (the first
 * free one in `SPOTS` order); `placed` gets the chosen label's rectangle.
 *
 * @example
 * const obstacles = labelObstacles(layout);
 * const placed: Bounds[] = [];
 * const moved = placeRouteLabel(geometry, '50%', obstacles, placed);
 */
export function placeRouteLabel(geometry: EdgeGeometry, text: string, obstacles: readonly Bounds[], placed: Bounds[]): EdgeGeometry {
  const curve = obstacles.length > 0 ? lastCurve(geometry.path) : null;
  if (!curve) {
    placed.push(routeLabelRect(geometry.labelX, geometry.labelY, text));
    return geometry;
  }
  let best = { x: geometry.labelX, y: geometry.labelY, cost: Infinity };
  for (const t of SPOTS) {
    const spot = curveAt(t, curve);
    const rect = routeLabelRect(spot.x, spot.y, text);
    let cost = 0;
    for (const o of obstacles) cost += overlap(rect, o);
    for (const o of placed) cost += overlap(rect, o);
    if (cost < best.cost) best = { ...spot, cost };
    if (cost === 0) break;
  }
  placed.push(routeLabelRect(best.x, best.y, text));
  return { ...geometry, labelX: best.x, labelY: best.y };
}
