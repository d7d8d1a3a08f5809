/** A terminal context on the seed demo, analysed by the real engine. */
import { analyzeCluster } from '../../src/engine/analyze';
import { decodeCluster } from '../../src/engine/decode/decodeCluster';
import { simulateCluster, type TimelineEvent } from '../../src/engine/events';
import { parseManifests } from '../../src/engine/parse/parseManifests';
import { seedDemo } from '../../src/scenarios/seedDemo';
import type { ClusterState } from '../../src/engine/model';
import type { TerminalContext } from '../../src/kubectl/context';

type Files = readonly { name: string; text: string }[];

/** The files' cluster as decoded: what a timeline is replayed on. */
export function seedFilesCluster(files: Files = seedDemo.files): ClusterState {
  return decodeCluster(parseManifests(files).documents, { version: '1.34' }).cluster;
}

/** The terminal's context before any event, as the store gives it: the report of the files, the live cluster simulated. */
export function seedContext(overrides: { files?: Files; now?: number } = {}): TerminalContext {
  const files = overrides.files ?? seedDemo.files;
  const now = overrides.now ?? 0;
  const cluster = seedFilesCluster(files);
  const report = analyzeCluster(cluster, { kubernetesVersion: '1.34' });
  return { report, cluster: simulateCluster(cluster, [], now).cluster, files, now, seed: 1 };
}

/** A PodDisruptionBudget that keeps one echo pod of the seed demo available. */
export const echoBudgetFile = {
  name: 'pdb.yaml',
  text: [
    'apiVersion: policy/v1',
    'kind: PodDisruptionBudget',
    'metadata:',
    '  name: echo-pdb',
    'spec:',
    '  minAvailable: 1',
    '  selector:',
    '    matchLabels:',
    '      app: echo',
    '',
  ].join('\n'),
};

/**
 * The seed demo plus `pdb.yaml`, as the store hands it to the terminal: the cluster is the live one
 * (every pod materialised, then the timeline's events replayed up to `now`).
 */
export function liveSeedContext(events: TimelineEvent[] = [], now = 0, files = [...seedDemo.files, echoBudgetFile]): TerminalContext {
  const base = seedContext({ files, now });
  const live = simulateCluster(seedFilesCluster(files), events, now);
  return { ...base, report: analyzeCluster(live.cluster, { kubernetesVersion: '1.34' }), cluster: live.cluster, lifecycle: live.pods };
}
