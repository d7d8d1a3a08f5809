/**
 * The report's hand-off from the analysis worker to the page: its size as JSON and as structured
 * clone copies it, in its wire form against the report as it is, and the time of each step.
 */
import { serialize } from 'node:v8';
import { analyzeObjects } from '../../src/engine/analyze';
import { fromWire, toWire } from '../../src/engine/reportWire';
import { median } from './engineFigures';

export interface WireFigures {
  /** JSON.stringify of the report (every node list, endpoint and trace written out). */
  reportJsonBytes: number;
  /** The wire form's JSON, a typed array written as the array of its numbers. */
  wireJsonBytes: number;
  /** Bytes structured clone writes (v8.serialize) for the report as it is, and for its wire form. */
  reportCloneBytes: number;
  wireCloneBytes: number;
  /** Warm medians (ms): toWire in the worker, structuredClone of the wire form, fromWire on the page. */
  toWireMs: number;
  cloneMs: number;
  fromWireMs: number;
  /** structuredClone of the report as it is (what posting it would cost instead). */
  reportCloneMs: number;
  /** The revived report reads as the original (JSON), checked once. */
  same: boolean;
  warmRuns: number;
}

const asNumbers = (_key: string, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v);

/**
 * The length of JSON.stringify(value), a typed array written as its numbers, counted piece by
 * piece: the largest report's JSON is longer than a string may be.
 */
function jsonLength(value: unknown, depth = 0): number {
  if (ArrayBuffer.isView(value)) value = Array.from(value as Int32Array);
  if (depth >= 2 || value === null || typeof value !== 'object') return JSON.stringify(value, asNumbers)?.length ?? 0;
  const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const item of value) n += skipped(item) ? 4 : jsonLength(item, depth + 1);
    return n;
  }
  let n = 2;
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (skipped(item)) continue;
    n += (first ? 0 : 1) + JSON.stringify(key).length + 1 + jsonLength(item, depth + 1);
    first = false;
  }
  return n;
}

/** JSON.stringify(a) === JSON.stringify(b), compared field by field and item by item. */
function sameJson(a: object, b: object): boolean {
  if (JSON.stringify(Object.keys(a)) !== JSON.stringify(Object.keys(b))) return false;
  for (const key of Object.keys(a)) {
    const [x, y] = [(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((item, i) => JSON.stringify(item) !== JSON.stringify(y[i]))) return false;
    } else if (JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}

/**
 * Analyses the cluster in `json` once, then times the hand-off `runs` times (the first cold).
 *
 * @example
 * measureWire(readFileSync('medium.json', 'utf8'), 4).wireJsonBytes;
 */
export function measureWire(json: string, runs: number): WireFigures {
  const report = analyzeObjects(JSON.parse(json) as unknown[]);
  const wire = toWire(report);
  const figures = {
    reportJsonBytes: jsonLength(report),
    wireJsonBytes: jsonLength(wire),
    reportCloneBytes: serialize(report).length,
    wireCloneBytes: serialize(wire).length,
    same: sameJson(fromWire(structuredClone(wire)), report),
  };
  const times = { toWire: [] as number[], clone: [] as number[], fromWire: [] as number[], reportClone: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const posted = toWire(report);
    const t1 = performance.now();
    const received = structuredClone(posted);
    const t2 = performance.now();
    fromWire(received);
    const t3 = performance.now();
    structuredClone(report);
    const t4 = performance.now();
    if (i === 0) continue;
    times.toWire.push(t1 - t0);
    times.clone.push(t2 - t1);
    times.fromWire.push(t3 - t2);
    times.reportClone.push(t4 - t3);
  }
  return {
    ...figures,
    toWireMs: median(times.toWire),
    cloneMs: median(times.clone),
    fromWireMs: median(times.fromWire),
    reportCloneMs: median(times.reportClone),
    warmRuns: runs - 1,
  };
}
