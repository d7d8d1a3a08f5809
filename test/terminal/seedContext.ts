/** A terminal context on the seed demo, analysed by the real engine. */
import { analyzeCluster } from '../../src/engine/analyze';
import { decodeCluster } from '../../src/engine/decode/decodeCluster';
import { parseManifests } from '../../src/engine/parse/parseManifests';
import { seedDemo } from '../../src/scenarios/seedDemo';
import type { TerminalContext } from '../../src/terminal/context';

export function seedContext(overrides: { files?: { name: string; text: string }[]; now?: number } = {}): TerminalContext {
  const files = overrides.files ?? seedDemo.files;
  const parsed = parseManifests(files);
  const { cluster } = decodeCluster(parsed.documents, { version: '1.34' });
  const report = analyzeCluster(cluster, { kubernetesVersion: '1.34' });
  return { report, cluster, files, now: overrides.now ?? 0, seed: 1 };
}
