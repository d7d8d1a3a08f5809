/**
 * One measurement in a fresh process (so peak memory belongs to it alone), printed as JSON:
 *   node --expose-gc --import tsx test/bench/worker.ts engine <cluster.json> <runs>
 *   node --expose-gc --import tsx test/bench/worker.ts demo-edit <seed-demo dir> <runs>
 *   node --expose-gc --import tsx test/bench/worker.ts yaml <manifest.yaml>
 *   node --expose-gc --import tsx test/bench/worker.ts incremental <cluster.json> <runs> [service|nodeZone|podReady|replicas]
 *   node --expose-gc --import tsx test/bench/worker.ts wire <cluster.json> <runs>
 */
import { readFileSync } from 'node:fs';
import { INCREMENTAL_EDITS, measureDemoEdit, measureEngine, measureIncremental, type IncrementalEdit } from './engineFigures';
import { measureWire } from './wireFigures';
import { measureYamlManifest } from './yamlFigures';

const [mode, path, runs, edit] = process.argv.slice(2);
if (mode === 'engine') {
  console.log(JSON.stringify(measureEngine(readFileSync(path!, 'utf8'), Number(runs))));
} else if (mode === 'incremental' && (edit === undefined || INCREMENTAL_EDITS.includes(edit as IncrementalEdit))) {
  console.log(JSON.stringify(measureIncremental(readFileSync(path!, 'utf8'), Number(runs), edit as IncrementalEdit | undefined)));
} else if (mode === 'wire') {
  console.log(JSON.stringify(measureWire(readFileSync(path!, 'utf8'), Number(runs))));
} else if (mode === 'demo-edit') {
  console.log(JSON.stringify(measureDemoEdit(path!, Number(runs))));
} else if (mode === 'yaml') {
  console.log(JSON.stringify(measureYamlManifest(path!)));
} else {
  console.error(`unknown mode ${mode}`);
  process.exitCode = 2;
}
