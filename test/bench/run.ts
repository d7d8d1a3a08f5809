/**
 * `npm run bench`: engine time against the JSON.parse floor on synthetic clusters, the seed
 * demo's edit latency, and browser figures. Each engine measurement runs in its own process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignColumns } from '../../src/format/textTable';
import { measureBrowserFigures } from './browserFigures';
import { INCREMENTAL_EDITS, median, type EngineFigures, type IncrementalFigures } from './engineFigures';
import { SIZES, syntheticCluster } from './syntheticCluster';
import type { WireFigures } from './wireFigures';
import { writeYamlManifests, type YamlFigures } from './yamlFigures';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const onlySizes = process.argv.slice(2);
const LARGEST = SIZES[SIZES.length - 1]!.name;
/** Processes the largest cluster is measured in: one process's few runs move with the machine's load. */
const LARGEST_PROCESSES = 3;
const EDIT_NAMES = {
  service: "a Service's field",
  nodeZone: "a Node's zone",
  podReady: "a Pod's readiness",
  replicas: "a Deployment's replicas",
} as const;

function runWorker(args: string[]): unknown {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', 'test/bench/worker.ts', ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out);
}

const work = mkdtempSync(join(tmpdir(), 'ktp-bench-'));
try {
  console.log(`Node ${process.version}, ${cpus().length} cores\n`);
  const rows = [
    [
      'CLUSTER',
      'OBJECTS',
      'JSON',
      'JSON.parse',
      'ENGINE',
      'RATIO OF MEDIANS',
      'MEDIAN RUN RATIO (RANGE)',
      'COLD PARSE / ENGINE',
      'PEAK RSS',
      'HEAP AFTER',
      'VIEWS',
      'ROUTES',
    ],
  ];
  const wireRows = [
    ['CLUSTER', 'REPORT JSON', 'WIRE JSON', 'CLONED: REPORT / WIRE', 'toWire', 'structuredClone', 'fromWire', 'CLONE OF THE REPORT'],
  ];
  const incrementalRows = [
    [
      'CLUSTER',
      'EDIT',
      'INCREMENTAL',
      'P95',
      'FULL',
      'RATIO OF MEDIANS',
      'MEDIAN RUN RATIO (RANGE)',
      'COLD INCREMENTAL / FIRST FULL',
      'FELL BACK',
    ],
  ];
  for (const size of SIZES.filter((s) => onlySizes.length === 0 || onlySizes.includes(s.name))) {
    const json = JSON.stringify(syntheticCluster(size));
    const file = join(work, `${size.name}.json`);
    writeFileSync(file, json);
    // The hand-off from the analysis worker to the page, in one process (3 warm runs after a cold one).
    const w = runWorker(['wire', file, '4']) as WireFigures;
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    wireRows.push([
      `${size.name} (${size.nodes} nodes)` + (w.same ? '' : ' (differs!)'),
      mb(w.reportJsonBytes),
      mb(w.wireJsonBytes),
      `${mb(w.reportCloneBytes)} / ${mb(w.wireCloneBytes)}`,
      `${w.toWireMs.toFixed(0)} ms`,
      `${w.cloneMs.toFixed(0)} ms`,
      `${w.fromWireMs.toFixed(0)} ms`,
      `${w.reportCloneMs.toFixed(0)} ms`,
    ]);
    // One object edited in place (a Service's field, a Node's zone, a Pod's readiness): the
    // incremental report against a full analysis, in one process each (8 warm runs).
    for (const edit of INCREMENTAL_EDITS) {
      const inc = runWorker(['incremental', file, '9', edit]) as IncrementalFigures;
      incrementalRows.push([
        `${size.name} (${size.nodes} nodes)`,
        EDIT_NAMES[edit],
        `${inc.incrementalMs.toFixed(1)} ms`,
        `${inc.incrementalP95Ms.toFixed(1)} ms`,
        `${inc.fullMs.toFixed(1)} ms`,
        `${(inc.fullMs / inc.incrementalMs).toFixed(1)}×`,
        `${inc.ratioMedian.toFixed(1)}× (${inc.ratioMin.toFixed(1)}–${inc.ratioMax.toFixed(1)})`,
        `${inc.incrementalColdMs.toFixed(0)} / ${inc.firstFullMs.toFixed(0)} ms`,
        `${inc.fellBack} of ${inc.warmRuns + 1}` + (inc.fallbackReasons ? ` (${inc.fallbackReasons.join('; ')})` : ''),
      ]);
    }
    const largest = size.name === LARGEST;
    // Each process: one cold run, then warm runs (7, or 5 for the largest) whose medians are
    // compared. The largest is measured in LARGEST_PROCESSES processes, its warm runs pooled.
    const processes = largest ? LARGEST_PROCESSES : 1;
    const all: EngineFigures[] = [];
    for (let p = 0; p < processes; p++) all.push(runWorker(['engine', file, largest ? '6' : '8']) as EngineFigures);
    const f = all[0]!;
    const parseRuns = all.flatMap((g) => g.parseRuns);
    const engineRuns = all.flatMap((g) => g.engineRuns);
    const ratios = all.flatMap((g) => g.ratios);
    const [parseMs, engineMs] = [median(parseRuns), median(engineRuns)];
    rows.push([
      `${size.name} (${size.nodes} nodes, ${size.pods} pods, ${size.services} svc)`,
      String(size.nodes + size.pods + size.services),
      `${(json.length / 2 ** 20).toFixed(1)} MB`,
      `${parseMs.toFixed(1)} ms`,
      `${engineMs.toFixed(1)} ms`,
      `${(engineMs / parseMs).toFixed(2)}×`,
      `${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
      all.map((g) => `${g.parseColdMs.toFixed(0)} / ${g.engineColdMs.toFixed(0)}`).join(', ') + ' ms',
      `${Math.max(...all.map((g) => g.peakRssMB)).toFixed(0)} MB`,
      `${Math.max(...all.map((g) => g.heapAfterMB)).toFixed(0)} MB`,
      String(f.views),
      String(f.routes) + (f.errors ? ` (${f.errors} errors!)` : ''),
    ]);
    console.error(`  measured ${size.name}`);
  }
  console.log(alignColumns(rows).join('\n'));
  console.log(
    `JSON.parse and ENGINE: warm medians (7 runs; for the largest, 5 in each of ${LARGEST_PROCESSES} processes, pooled) after one cold run per process, shown apart.\n` +
      'Each run times a JSON.parse and the engine, interleaved (the parse first in even runs, last in odd ones), so both sides of a run\n' +
      'see the same moment of a shared machine.\n' +
      "RATIO OF MEDIANS: ENGINE over JSON.parse. MEDIAN RUN RATIO: the median of the runs' own ratios, with the lowest and highest;\n" +
      'on a busy machine it moves less than the ratio of medians. Targets: largest ≤ 2× JSON.parse, < 1 GB.\n',
  );

  console.log(alignColumns(wireRows).join('\n'));
  console.log(
    "The report's hand-off from the analysis worker to the page. REPORT JSON: JSON.stringify of the report; WIRE JSON: of its wire\n" +
      'form (engine/reportWire; a typed array written as its numbers). CLONED: the bytes structured clone writes (v8.serialize) for\n' +
      'the report as it is and for the wire form. toWire (in the worker), structuredClone of the wire form (postMessage copies it so),\n' +
      'fromWire (on the page; endpoints, traces and node lists are made when read): warm medians of 3 runs after a cold one.\n' +
      'CLONE OF THE REPORT: structuredClone of the report as it is, for comparison.\n',
  );

  console.log(alignColumns(incrementalRows).join('\n'));
  console.log(
    "One object edited in place, a different one each run: a Service's trafficDistribution set or removed, a Node moved to the next zone,\n" +
      "a Pod's Ready condition flipped. IncrementalAnalysis's report\n" +
      'after the edit against a full analyzeObjects of the same objects, in alternating order in one process, each after a settled full\n' +
      'collection; warm medians of 8 runs after a cold one.\n' +
      "RATIO OF MEDIANS: FULL over INCREMENTAL; MEDIAN RUN RATIO: the runs' own ratios. FELL BACK: runs analysed in full (expected 0).\n" +
      "Targets at the largest size (a Service's field): < 50 ms, ≥ 15× faster than the full analysis. A Node's zone rebuilds every Service's\n" +
      'kube-proxy views and every route (node classes follow zones), so its ratio is lower.\n',
  );

  const demo = runWorker(['demo-edit', join(repoRoot, 'src/scenarios/seed-demo'), '1000']) as {
    medianMs: number;
    p95Ms: number;
    runs: number;
  };
  console.log(
    `Seed demo, one-field edit re-analysed: median ${demo.medianMs.toFixed(3)} ms, p95 ${demo.p95Ms.toFixed(3)} ms over ${demo.runs} edits (target < 1 ms).\n`,
  );

  const yamlRows = [['YAML MANIFEST', 'SIZE', 'OBJECTS', 'OPEN (COLD)', 'PEAK RSS', 'ROUTES']];
  for (const manifest of writeYamlManifests(work)) {
    const y = runWorker(['yaml', manifest.path]) as YamlFigures;
    yamlRows.push([
      manifest.label,
      `${(manifest.bytes / 2 ** 20).toFixed(1)} MB`,
      String(y.objects),
      `${(y.ms / 1000).toFixed(2)} s`,
      `${y.peakRssMB.toFixed(0)} MB`,
      String(y.routes) + (y.errors ? ` (${y.errors} errors!)` : ''),
    ]);
  }
  console.log(alignColumns(yamlRows).join('\n'));
  console.log('OPEN: parse, decode and route the whole file once in a fresh process. Target: 20 MB in < 8 s and < 1 GB.\n');

  const browser = await measureBrowserFigures();
  console.log(alignColumns([['BROWSER', 'VALUE', 'NOTE'], ...browser.map((b) => [b.name, b.value, b.note ?? ''])]).join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
