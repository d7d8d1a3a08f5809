/**
 * Writes example labs into the folder given as the first argument, for `.ci/run` to check their
 * scripts with shellcheck: the seed demo with the article's steps (kind and minikube) and a managed
 * cluster's dump. Run: npx tsx test/format/lab/writeLabs.ts DIR
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TimelineEvent } from '../../../src/engine';
import { buildLab } from '../../../src/format/lab/buildLab';
import type { LabInput } from '../../../src/format/lab/labTypes';
import { repoRoot, SEED_DEMO } from '../../cli/runCli';

const read = (path: string) => ({ name: path.split('/').pop()!, text: readFileSync(join(repoRoot, path), 'utf8') });
const seed = SEED_DEMO.map(read);
const events: TimelineEvent[] = [
  {
    id: '1',
    at: 5,
    label: 'PreferSameNode',
    event: { type: 'service.patch', service: 'default/echo-svc', patch: { spec: { trafficDistribution: 'PreferSameNode' } } },
  },
  { id: '2', at: 10, label: 'drain mnode-m02', event: { type: 'node.drain', node: 'mnode-m02' } },
  { id: '3', at: 20, label: 'delete an echo pod', event: { type: 'pod.delete', pod: 'default/echo-7f87489d76-bhnfl' } },
  { id: '4', at: 30, label: 'zone-b goes down', event: { type: 'zone.outage', zone: 'zone-b' } },
  {
    id: '5',
    at: 40,
    label: 'apply',
    event: { type: 'apply', file: 'extra.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' },
  },
];
const labs: Record<string, LabInput> = {
  'seed-kind': { tool: 'kind', files: seed, events, options: { kubernetesVersion: '1.34' } },
  'seed-minikube': { tool: 'minikube', files: seed, events, options: { kubernetesVersion: '1.34' } },
  'gke-kind': { tool: 'kind', files: [read('test/fixtures/lab/gke-dump.yaml')] },
};

const out = process.argv[2];
if (!out) throw new Error('usage: writeLabs.ts DIR');
for (const [name, input] of Object.entries(labs)) {
  const lab = buildLab(input);
  if (lab.error) throw new Error(`${name}: ${lab.error}`);
  for (const file of lab.files) {
    const path = join(out, name, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text, { mode: file.executable ? 0o755 : 0o644 });
  }
}
console.log(`wrote ${Object.keys(labs).join(', ')} into ${out}`);
