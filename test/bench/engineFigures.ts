/** Engine timings, measured inside one process: JSON.parse floor, analysis, memory. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFiles, analyzeObjects, ParsedDocumentCache } from '../../src/engine/analyze';
import { IncrementalAnalysis } from '../../src/engine/incremental';
import type { SourceFile } from '../../src/engine/parse/manifestDocument';

export interface EngineFigures {
  /** Median ms of the warm JSON.parse runs over the cluster's JSON text (the floor). */
  parseMs: number;
  /** The warm runs' JSON.parse and engine times (ms), in run order. */
  parseRuns: number[];
  engineRuns: number[];
  /** Median ms of the warm analyzeObjects runs, each on objects freshly parsed from that text. */
  engineMs: number;
  /**
   * Each warm run's engine time over the JSON.parse time measured just before it (the two see the
   * same moment of the machine), in run order; their median, lowest and highest.
   */
  ratios: number[];
  ratioMedian: number;
  ratioMin: number;
  ratioMax: number;
  /** The first JSON.parse and the first analysis of the process (code not yet optimised). */
  parseColdMs: number;
  engineColdMs: number;
  /** Warm runs behind each median (the cold first run is not one of them). */
  warmRuns: number;
  /** Heap in use (MB) right after the last analysis, input and report still alive. */
  heapAfterMB: number;
  /** Peak resident set of the whole process (MB): an upper bound of the heap's peak. */
  peakRssMB: number;
  runs: number;
  views: number;
  routes: number;
  errors: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A full collection, then 100 ms for V8's helper threads to finish sweeping: on a loaded 2-core
 * machine they get no CPU otherwise, and the timed code that follows sweeps in their place.
 */
function settle(): void {
  collectGarbage();
  Atomics.wait(pause, 0, 0, 100);
}

/**
 * Parses and analyses `json` (an array of objects) `runs` times: each run times one JSON.parse
 * of the text (the floor) and analyses what a second parse returns. The two are interleaved (the
 * timed parse before the analysis in even runs, after it in odd ones), so that both sides of
 * every run see the same moment of a shared, noisy machine. The first run of each is reported as
 * cold, the median of the others as warm.
 */
export function measureEngine(json: string, runs: number): EngineFigures {
  const parseTimes: number[] = [];
  const engineTimes: number[] = [];
  let report: ReturnType<typeof analyzeObjects> | undefined;
  let counts = { views: 0, routes: 0, errors: 0 };
  let heapAfterMB = 0;
  const timeParse = () => {
    collectGarbage();
    const p0 = performance.now();
    JSON.parse(json);
    parseTimes.push(performance.now() - p0);
  };
  const timeEngine = () => {
    const objects = JSON.parse(json) as unknown[];
    collectGarbage();
    const t0 = performance.now();
    const analysed = analyzeObjects(objects);
    engineTimes.push(performance.now() - t0);
    return analysed;
  };
  for (let r = 0; r < runs; r++) {
    // eslint-disable-next-line no-useless-assignment -- drops the last report before the next parse
    report = undefined;
    // The timed JSON.parse comes before the engine in even runs and after it in odd ones: a machine
    // that speeds up or slows down during a run favours neither side.
    if (r % 2 === 0) timeParse();
    report = timeEngine();
    if (r === runs - 1) heapAfterMB = process.memoryUsage().heapUsed / 2 ** 20;
    if (r % 2 === 1) {
      // The report and its input are dropped first, as in even runs: the parse sees the same heap.
      counts = countsOf(report);
      report = undefined;
      timeParse();
    }
  }
  if (report) counts = countsOf(report);
  const ratios = engineTimes.slice(1).map((ms, i) => ms / parseTimes[i + 1]!);
  return {
    parseMs: median(parseTimes.slice(1)),
    parseRuns: parseTimes.slice(1),
    engineRuns: engineTimes.slice(1),
    engineMs: median(engineTimes.slice(1)),
    ratios,
    ratioMedian: median(ratios),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
    parseColdMs: parseTimes[0]!,
    engineColdMs: engineTimes[0]!,
    warmRuns: runs - 1,
    heapAfterMB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    runs,
    ...counts,
  };
}

function countsOf(report: ReturnType<typeof analyzeObjects>): { views: number; routes: number; errors: number } {
  return {
    views: report.serviceViews.reduce((n, g) => n + g.classes.reduce((m, c) => m + c.nodes.length, 0), 0),
    routes: report.routes.length,
    errors: report.diagnostics.filter((d) => d.severity === 'error').length,
  };
}

export interface IncrementalFigures {
  /** The warm runs' times (ms), in run order: the incremental report after the edit, and a full analysis of the same objects. */
  incrementalRuns: number[];
  fullRuns: number[];
  incrementalMs: number;
  fullMs: number;
  /** Each run's full time over its incremental time: their median, lowest and highest. */
  ratioMedian: number;
  ratioMin: number;
  ratioMax: number;
  incrementalP95Ms: number;
  /** The first incremental run of the process (code not yet optimised), and the first full analysis before it. */
  incrementalColdMs: number;
  firstFullMs: number;
  /** Runs whose incremental analysis fell back to a full one (expected 0), and why. */
  fellBack: number;
  fallbackReasons?: string[];
  warmRuns: number;
}

/** The edits measureIncremental makes, one object each run. */
export const INCREMENTAL_EDITS = ['service', 'nodeZone', 'podReady', 'replicas'] as const;
export type IncrementalEdit = (typeof INCREMENTAL_EDITS)[number];

/**
 * One object edited in place, as typing in the editor does, in a cluster of `json` (an array of
 * objects), a different object of its kind each run: `service` sets a Service's
 * trafficDistribution (PreferSameZone, or unset when it had one); `nodeZone` moves a Node to the
 * next zone of the cluster; `podReady` flips a Pod's Ready condition; `replicas` scales a
 * Deployment added to the cluster for it (3 replicas of svc-0's pods) to 4 and back, so that one
 * pod appears or goes, as typing a digit in the editor does. Each run times
 * IncrementalAnalysis on the edited objects and a full analyzeObjects of the same objects, in
 * alternating order, so that both see the same moment of the machine, each after a full
 * collection has settled. The first run is reported as cold.
 */
export function measureIncremental(json: string, runs: number, edit: IncrementalEdit = 'service'): IncrementalFigures {
  let objects = JSON.parse(json) as Record<string, unknown>[];
  if (edit === 'replicas') objects.push(scaledDeployment(3));
  const kind = edit === 'service' ? 'Service' : edit === 'nodeZone' ? 'Node' : edit === 'replicas' ? 'Deployment' : 'Pod';
  const targets = objects.flatMap((o, i) => (o.kind === kind ? [i] : []));
  const zones = [...new Set(objects.flatMap((o) => (o.kind === 'Node' ? [zoneOf(o)] : [])))].sort();
  const analysis = new IncrementalAnalysis();
  settle();
  const f0 = performance.now();
  analysis.analyzeObjects(objects);
  const firstFullMs = performance.now() - f0;
  const incrementalTimes: number[] = [];
  const fullTimes: number[] = [];
  const reasons: string[] = [];
  let fellBack = 0;
  for (let r = 0; r < runs; r++) {
    // A different object each run, spread over the list.
    const at = targets[Math.floor(((r * 0.618034) % 1) * targets.length)]!;
    objects = objects.slice();
    objects[at] = edited(objects[at]!, edit, zones);
    const timeIncremental = () => {
      settle();
      const t0 = performance.now();
      analysis.analyzeObjects(objects);
      incrementalTimes.push(performance.now() - t0);
      if (analysis.lastRun.kind !== 'incremental') {
        fellBack++;
        reasons.push(analysis.lastRun.reason);
      }
    };
    const timeFull = () => {
      settle();
      const t0 = performance.now();
      // The report is dropped at once: only the incremental analysis's state stays alive between runs.
      analyzeObjects(objects);
      fullTimes.push(performance.now() - t0);
    };
    if (r % 2 === 0) {
      timeIncremental();
      timeFull();
    } else {
      timeFull();
      timeIncremental();
    }
  }
  const warmIncremental = incrementalTimes.slice(1);
  const warmFull = fullTimes.slice(1);
  const ratios = warmFull.map((ms, i) => ms / warmIncremental[i]!);
  const sorted = [...warmIncremental].sort((a, b) => a - b);
  return {
    incrementalRuns: warmIncremental,
    fullRuns: warmFull,
    incrementalMs: median(warmIncremental),
    fullMs: median(warmFull),
    ratioMedian: median(ratios),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
    incrementalP95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!,
    incrementalColdMs: incrementalTimes[0]!,
    firstFullMs,
    fellBack,
    ...(reasons.length > 0 ? { fallbackReasons: [...new Set(reasons)] } : {}),
    warmRuns: runs - 1,
  };
}

type Obj = Record<string, unknown>;

function zoneOf(node: Obj): string {
  return ((node.metadata as Obj).labels as Record<string, string>)['topology.kubernetes.io/zone'] ?? '';
}

/** A Deployment of svc-0's pods (app-0 in ns-0), for the `replicas` edit. */
function scaledDeployment(replicas: number): Obj {
  const labels = { app: 'app-0' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'ns-0' },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: 'app', image: 'registry.example/app:1', ports: [{ name: 'http', containerPort: 8080 }] }] },
      },
    },
  };
}

/** The object after the run's edit (a new object: the others stay the same ones). */
function edited(object: Obj, edit: IncrementalEdit, zones: readonly string[]): Obj {
  if (edit === 'replicas') {
    const spec = object.spec as Obj;
    return { ...object, spec: { ...spec, replicas: spec.replicas === 3 ? 4 : 3 } };
  }
  if (edit === 'service') {
    const spec = { ...(object.spec as Obj) };
    if (spec.trafficDistribution === undefined) spec.trafficDistribution = 'PreferSameZone';
    else delete spec.trafficDistribution;
    return { ...object, spec };
  }
  if (edit === 'nodeZone') {
    const metadata = object.metadata as Obj;
    const zone = zones[(zones.indexOf(zoneOf(object)) + 1) % zones.length]!;
    return { ...object, metadata: { ...metadata, labels: { ...(metadata.labels as Obj), 'topology.kubernetes.io/zone': zone } } };
  }
  const status = object.status as Obj;
  const ready = (status.conditions as { type: string; status: string }[]).some((c) => c.type === 'Ready' && c.status === 'True');
  return { ...object, status: { ...status, conditions: [{ type: 'Ready', status: ready ? 'False' : 'True' }] } };
}

const DEMO_FILES = ['cluster.yaml', 'echo-pod.yaml', 'echo-service.yaml', 'client.yaml'];

/**
 * A one-field edit on the seed demo, as typing in the editor causes: echo-svc's
 * trafficDistribution toggles between unset and PreferSameNode, and all files are analysed again.
 * Returns the median ms over `runs` edits (after a warm-up).
 */
export function measureDemoEdit(demoDir: string, runs: number): { medianMs: number; p95Ms: number; runs: number } {
  const files: SourceFile[] = DEMO_FILES.map((name) => ({ name, text: readFileSync(join(demoDir, name), 'utf8') }));
  const serviceIndex = DEMO_FILES.indexOf('echo-service.yaml');
  const plain = files[serviceIndex]!.text;
  const edited = plain.replace(/^spec:\n/m, 'spec:\n  trafficDistribution: PreferSameNode\n');
  if (edited === plain) throw new Error('echo-service.yaml has no spec: line to edit');
  const variants = [plain, edited].map((text) => files.map((f, i) => (i === serviceIndex ? { ...f, text } : f)));

  // The editor's runner keeps the parsed documents from one edit to the next; so does this loop.
  const cache = new ParsedDocumentCache();
  for (let i = 0; i < 50; i++) analyzeFiles(variants[i % 2]!, {}, cache);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyzeFiles(variants[i % 2]!, {}, cache);
    times.push(performance.now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: median(times), p95Ms: sorted[Math.floor(sorted.length * 0.95)]!, runs };
}
