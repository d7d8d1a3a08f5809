/**
 * Where the canvas looks: the rectangle the whole picture needs (boxes, route arcs and their share
 * labels) and the viewport that shows it in a frame. Pure, so the layout's estimate of how large
 * text will be drawn and the canvas's actual fit are the same computation.
 */
import { FIT_MARGIN_PX, layoutBounds, type Layout } from './layout';
import type { EdgeGeometry } from './edgeGeometry';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The share label's box around its centre, as the route edge draws it (about 8.5 px a character). */
export function routeLabelRect(labelX: number, labelY: number, text: string): Bounds {
  const width = text.length * 8.5 + 14;
  return { x: labelX - width / 2, y: labelY - 11, width, height: 22 };
}

/** Every point of an SVG path made of M, L and C commands (control points included: the curve stays within them). */
function pathPoints(path: string): [number, number][] {
  const numbers = path.match(/-?\d+(?:\.\d+)?/g) ?? [];
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push([Number(numbers[i]), Number(numbers[i + 1])]);
  return points;
}

/**
 * The boxes' rectangle grown to hold the routes' paths and labels.
 *
 * @example
 * pictureBounds(layout, [{ geometry: { path: 'M10,50 C10,-20 90,-20 90,50', labelX: 70, labelY: 0 }, label: '50%' }]).y; // -20
 */
export function pictureBounds(layout: Layout, routes: readonly { geometry: EdgeGeometry; label: string }[]): Bounds {
  const base = layoutBounds(layout);
  let left = base.x;
  let top = base.y;
  let right = base.x + base.width;
  let bottom = base.y + base.height;
  const grow = (x: number, y: number) => {
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x);
    bottom = Math.max(bottom, y);
  };
  for (const { geometry, label } of routes) {
    for (const [x, y] of pathPoints(geometry.path)) grow(x, y);
    const rect = routeLabelRect(geometry.labelX, geometry.labelY, label);
    grow(rect.x, rect.y);
    grow(rect.x + rect.width, rect.y + rect.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The viewport (pan and zoom) that shows `bounds` centred in a `width` × `height` frame with the
 * fit margin, at most `maxZoom`.
 *
 * @example
 * fitViewport({ x: 0, y: 0, width: 100, height: 50 }, 220, 220, 2); // { x: 10, y: 60, zoom: 2 }
 */
export function fitViewport(
  bounds: Bounds,
  width: number,
  height: number,
  maxZoom: number,
  minZoom = 0.05,
): { x: number; y: number; zoom: number } {
  const zoom = Math.min(
    maxZoom,
    (width - 2 * FIT_MARGIN_PX) / Math.max(1, bounds.width),
    (height - 2 * FIT_MARGIN_PX) / Math.max(1, bounds.height),
  );
  const safe = Math.max(minZoom, zoom);
  return {
    x: width / 2 - (bounds.x + bounds.width / 2) * safe,
    y: height / 2 - (bounds.y + bounds.height / 2) * safe,
    zoom: safe,
  };
}
