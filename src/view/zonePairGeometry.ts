/**
 * Where the zone-pair edges of a large cluster's summary are drawn: arcs outside the zone boxes
 * (left to right over the top, right to left under the bottom, so a pair and its reverse never
 * overlap), and traffic that stays in a zone (or is lost there) as a loop on the zone's top edge.
 * Sizes are in `unit`s: the summary is seen from far away, so strokes and labels grow with it.
 */
import { boxId, type Layout, type LayoutBox } from './layout';
import type { RoutePair } from './routePairs';

/** An aggregated pair's edge (zone → zone here, node → node in nodePairGeometry.ts). */
export interface ZonePairGeometry {
  id: string;
  /** React Flow ids of the source and destination boxes. */
  source: string;
  target: string;
  pair: RoutePair;
  path: string;
  /** Arrowhead at the destination, as polygon points. */
  arrow: string;
  labelX: number;
  labelY: number;
  /** Layout length of one screen pixel at the fitted zoom: strokes and labels are drawn this much larger. */
  unit: number;
  strokeWidth: number;
  /** Drawn without its label (its share is in the edge's title): one of many small pairs. */
  unlabelled?: boolean;
  /** The label is drawn above the boxes (the arc passes over them, under their layer). */
  labelOverBoxes?: boolean;
}

const n = (v: number) => Math.round(v * 10) / 10;

function areaId(zone: string): string {
  return zone === '' ? boxId.noZone() : boxId.zone(zone);
}

/** The arrowhead at (x, y) pointing away from (fromX, fromY). */
export function arrowAt(x: number, y: number, fromX: number, fromY: number, size: number): string {
  const len = Math.hypot(x - fromX, y - fromY) || 1;
  const ux = (x - fromX) / len;
  const uy = (y - fromY) / len;
  const bx = x - ux * size;
  const by = y - uy * size;
  return `${n(x)},${n(y)} ${n(bx - uy * size * 0.5)},${n(by + ux * size * 0.5)} ${n(bx + uy * size * 0.5)},${n(by - ux * size * 0.5)}`;
}

/**
 * `unit` is the layout length of one screen pixel when the picture is fitted (1 / zoom); by
 * default, that of a picture fitted about 1,000 px wide.
 *
 * @example
 * zonePairGeometry(layout, pairs.pairs, 1 / 0.05).map((g) => g.source); // ['zone:zone-a', …]
 */
export function zonePairGeometry(layout: Pick<Layout, 'boxes'>, pairs: readonly RoutePair[], unit?: number): ZonePairGeometry[] {
  const areas = new Map<string, LayoutBox>();
  let left = Infinity;
  let right = -Infinity;
  for (const box of layout.boxes) {
    if (box.parentId || (box.kind !== 'zone' && box.kind !== 'no-zone')) continue;
    areas.set(box.id, box);
    left = Math.min(left, box.x);
    right = Math.max(right, box.x + box.width);
  }
  if (areas.size === 0) return [];
  const u = unit ?? Math.max(1, (right - left) / 1000);
  const out: ZonePairGeometry[] = [];
  for (const pair of pairs) {
    const a = areas.get(areaId(pair.from));
    const b = areas.get(areaId(pair.to));
    if (!a || !b) continue;
    const strokeWidth = u * (2 + pair.share * 10);
    const head = u * 8 + strokeWidth * 1.5;
    let path: string;
    let arrow: string;
    let labelX: number;
    let labelY: number;
    if (a === b) {
      // A loop on the top edge (kept traffic at a quarter of the width, lost traffic at three
      // quarters); where another area sits right above, hanging inside the top-right corner.
      const r = u * 14;
      const reach = r * 3 + u * 30;
      const along = pair.verdict === 'forward' ? 0.25 : 0.75;
      const blocked = [...areas.values()].some(
        (o) => o !== a && o.y + o.height > a.y - reach && o.y < a.y && o.x < a.x + a.width && o.x + o.width > a.x,
      );
      if (!blocked) {
        const cx = a.x + a.width * along;
        const x1 = cx - r;
        const x2 = cx + r;
        const y = a.y;
        const top = y - r * 3;
        path = `M${n(x1)},${n(y)} C${n(x1 - r)},${n(top)} ${n(x2 + r)},${n(top)} ${n(x2)},${n(y)}`;
        arrow = arrowAt(x2, y, x2 + r * 0.6, y - r, head);
        labelX = cx;
        labelY = y - r * 2.25 - u * 14;
      } else {
        // Hanging inside the box's top-right corner (the summary's title is on the left).
        const cx = a.x + a.width * (pair.verdict === 'forward' ? 0.9 : 0.75);
        const x1 = cx - r;
        const x2 = cx + r;
        const y = a.y;
        const bottom = y + r * 3;
        path = `M${n(x1)},${n(y)} C${n(x1 - r)},${n(bottom)} ${n(x2 + r)},${n(bottom)} ${n(x2)},${n(y)}`;
        arrow = arrowAt(x2, y, x2 + r * 0.6, y + r, head);
        labelX = x1 - r - u * 30;
        labelY = y + r * 1.5;
      }
    } else {
      const ac = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
      const bc = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      const dx = bc.x - ac.x;
      const dy = bc.y - ac.y;
      let sx: number, sy: number, tx: number, ty: number, cx: number, cy: number;
      if (Math.abs(dx) >= Math.abs(dy)) {
        // Left to right over the top, right to left under the bottom.
        const over = dx > 0;
        sx = ac.x + (over ? 0.1 : -0.1) * a.width;
        tx = bc.x + (over ? -0.1 : 0.1) * b.width;
        sy = over ? a.y : a.y + a.height;
        ty = over ? b.y : b.y + b.height;
        const lift = Math.abs(tx - sx) * 0.3 + u * 40;
        cx = (sx + tx) / 2;
        cy = over ? Math.min(sy, ty) - lift : Math.max(sy, ty) + lift;
      } else {
        // Downwards along the right side, upwards along the left.
        const down = dy > 0;
        sy = ac.y + (down ? 0.1 : -0.1) * a.height;
        ty = bc.y + (down ? -0.1 : 0.1) * b.height;
        sx = down ? a.x + a.width : a.x;
        tx = down ? b.x + b.width : b.x;
        const lift = Math.abs(ty - sy) * 0.3 + u * 40;
        cy = (sy + ty) / 2;
        cx = down ? Math.max(sx, tx) + lift : Math.min(sx, tx) - lift;
      }
      path = `M${n(sx)},${n(sy)} Q${n(cx)},${n(cy)} ${n(tx)},${n(ty)}`;
      arrow = arrowAt(tx, ty, cx, cy, head);
      labelX = (sx + 2 * cx + tx) / 4;
      labelY = (sy + 2 * cy + ty) / 4;
    }
    out.push({
      id: pair.id,
      source: a.id,
      target: b.id,
      pair,
      path,
      arrow,
      labelX: n(labelX),
      labelY: n(labelY),
      unit: u,
      strokeWidth: n(strokeWidth),
    });
  }
  return out;
}
