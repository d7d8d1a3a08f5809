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
import type { EngineFigures } from './engineFigures';
import { SIZES, syntheticCluster } from './syntheticCluster';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const onlySizes = process.argv.slice(2);

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
    ['CLUSTER', 'OBJECTS', 'JSON', 'JSON.parse', 'ENGINE', 'RATIO', 'COLD PARSE / ENGINE', 'PEAK RSS', 'HEAP AFTER', 'VIEWS', 'ROUTES'],
  ];
  for (const size of SIZES.filter((s) => onlySizes.length === 0 || onlySizes.includes(s.name))) {
    const json = JSON.stringify(syntheticCluster(size));
    const file = join(work, `${size.name}.json`);
    writeFileSync(file, json);
    // One cold run, then warm runs (7, or 5 for the largest) whose medians are compared.
    const f = runWorker(['engine', file, size.name === 'large' ? '6' : '8']) as EngineFigures;
    rows.push([
      `${size.name} (${size.nodes} nodes, ${size.pods} pods, ${size.services} svc)`,
      String(size.nodes + size.pods + size.services),
      `${(json.length / 2 ** 20).toFixed(1)} MB`,
      `${f.parseMs.toFixed(1)} ms`,
      `${f.engineMs.toFixed(1)} ms`,
      `${(f.engineMs / f.parseMs).toFixed(2)}× (${f.ratioMin.toFixed(2)}–${f.ratioMax.toFixed(2)})`,
      `${f.parseColdMs.toFixed(0)} / ${f.engineColdMs.toFixed(0)} ms`,
      `${f.peakRssMB.toFixed(0)} MB`,
      `${f.heapAfterMB.toFixed(0)} MB`,
      String(f.views),
      String(f.routes) + (f.errors ? ` (${f.errors} errors!)` : ''),
    ]);
    console.error(`  measured ${size.name}`);
  }
  console.log(alignColumns(rows).join('\n'));
  console.log(
    'JSON.parse and ENGINE: warm medians (7 runs, 5 for large) after one cold run, shown apart; each run times a JSON.parse, then the engine.\n' +
      "RATIO: of the medians, with the lowest and highest of the runs' own ratios. Targets: largest ≤ 2× JSON.parse, < 1 GB.\n",
  );

  const demo = runWorker(['demo-edit', join(repoRoot, 'src/scenarios/seed-demo'), '1000']) as {
    medianMs: number;
    p95Ms: number;
    runs: number;
  };
  console.log(
    `Seed demo, one-field edit re-analysed: median ${demo.medianMs.toFixed(3)} ms, p95 ${demo.p95Ms.toFixed(3)} ms over ${demo.runs} edits (target < 1 ms).\n`,
  );

  const browser = await measureBrowserFigures();
  console.log(alignColumns([['BROWSER', 'VALUE', 'NOTE'], ...browser.map((b) => [b.name, b.value, b.note ?? ''])]).join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
