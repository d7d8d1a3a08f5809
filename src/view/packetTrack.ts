/**
 * A route's SVG path (the absolute `M`, `L` and `C` commands edgeGeometry writes) flattened into
 * a polyline with cumulative lengths, so a packet's position at a fraction of the way is a binary
 * search and a lerp — constant-paced like SVG animateMotion, without asking the DOM.
 */

export interface PacketTrack {
  /** x0, y0, x1, y1, … */
  points: Float64Array;
  /** Cumulative length at each point; the last is the track's length. */
  lengths: Float64Array;
  /** Bounding box of the points, to skip tracks outside the viewport. */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Straight pieces per cubic curve: smooth enough at any zoom the canvas allows for a 7 px dot. */
const CURVE_STEPS = 16;

/**
 * Flattens an absolute M/L/C path; other commands end the parse (edgeGeometry writes none).
 *
 * @example
 * trackOfPath('M0,0 L10,0').lengths; // Float64Array [0, 10]
 */
export function trackOfPath(path: string): PacketTrack {
  const xs: number[] = [];
  const ys: number[] = [];
  const tokens = path.match(/[MLC]|-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  let i = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const command = tokens[i++]!.toUpperCase();
    if (command === 'M' || command === 'L') {
      xs.push(num());
      ys.push(num());
    } else if (command === 'C' && xs.length > 0) {
      const x0 = xs[xs.length - 1]!;
      const y0 = ys[ys.length - 1]!;
      const [x1, y1, x2, y2, x3, y3] = [num(), num(), num(), num(), num(), num()];
      for (let s = 1; s <= CURVE_STEPS; s++) {
        const t = s / CURVE_STEPS;
        const u = 1 - t;
        const a = u * u * u;
        const b = 3 * u * u * t;
        const c = 3 * u * t * t;
        const d = t * t * t;
        xs.push(a * x0 + b * x1 + c * x2 + d * x3);
        ys.push(a * y0 + b * y1 + c * y2 + d * y3);
      }
    } else {
      break;
    }
  }
  const points = new Float64Array(xs.length * 2);
  const lengths = new Float64Array(xs.length);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    const y = ys[k]!;
    points[2 * k] = x;
    points[2 * k + 1] = y;
    if (k > 0) lengths[k] = lengths[k - 1]! + Math.hypot(x - xs[k - 1]!, y - ys[k - 1]!);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { points, lengths, minX, minY, maxX, maxY };
}

/**
 * The point `fraction` (0…1) of the way along the track, by length.
 *
 * @example
 * pointAlong(trackOfPath('M0,0 L10,0'), 0.5); // [5, 0]
 */
export function pointAlong(track: PacketTrack, fraction: number): [number, number] {
  const { points, lengths } = track;
  const n = lengths.length;
  if (n === 0) return [0, 0];
  const total = lengths[n - 1]!;
  if (n === 1 || total === 0) return [points[0]!, points[1]!];
  const at = Math.min(Math.max(fraction, 0), 1) * total;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (lengths[mid]! <= at) lo = mid;
    else hi = mid;
  }
  const span = lengths[hi]! - lengths[lo]!;
  const t = span > 0 ? (at - lengths[lo]!) / span : 0;
  return [points[2 * lo]! + (points[2 * hi]! - points[2 * lo]!) * t, points[2 * lo + 1]! + (points[2 * hi + 1]! - points[2 * lo + 1]!) * t];
}
