import { describe, expect, it } from 'vitest';
import { simulateCluster, type ClusterEvent } from '../../../src/engine/events';
import type { Pod } from '../../../src/engine/model';
import { at, clusterFrom } from './clusters';

const node = (name: string, zone: string) =>
  `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n  labels:\n    topology.kubernetes.io/zone: ${zone}\n---\n`;

function cluster(spec: string) {
  return clusterFrom([
    {
      name: 'db.yaml',
      text:
        node('a', 'zone-a') +
        node('b', 'zone-b') +
        `apiVersion: v1
kind: Service
metadata: { name: db }
spec:
  clusterIP: None
  selector: { app: db }
  ports: [{ port: 5432 }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
${spec}  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      containers: [{ name: db, image: postgres:16, ports: [{ containerPort: 5432 }] }]
---
apiVersion: v1
kind: ReplicationController
metadata: { name: legacy }
spec:
  replicas: 2
  template:
    metadata: { labels: { app: legacy } }
    spec:
      containers: [{ name: legacy, image: nginx }]
`,
    },
  ]);
}

const names = (pods: Pod[], app: string) =>
  pods
    .filter((p) => p.metadata.labels.app === app && !p.metadata.deletionTimestamp)
    .map((p) => p.metadata.name)
    .sort();

const scale = (replicas: number): ClusterEvent => ({ type: 'workload.scale', kind: 'StatefulSet', name: 'default/db', replicas });

describe('StatefulSet controller', () => {
  it('gives the files’ cluster <name>-<ordinal> pods with the pod-name and pod-index labels', () => {
    const pods = simulateCluster(cluster('  replicas: 3\n'), [], 0).cluster.pods.filter((p) => p.metadata.labels.app === 'db');
    expect(pods.map((p) => p.metadata.name)).toEqual(['db-0', 'db-1', 'db-2']);
    expect(pods[2]!.metadata.labels).toMatchObject({ 'statefulset.kubernetes.io/pod-name': 'db-2', 'apps.kubernetes.io/pod-index': '2' });
    expect(pods[2]!.owner).toEqual({ kind: 'StatefulSet', name: 'db' });
  });

  it('starts at spec.ordinals.start', () => {
    const pods = simulateCluster(cluster('  replicas: 2\n  ordinals: { start: 5 }\n'), [], 0).cluster.pods;
    expect(names(pods, 'db')).toEqual(['db-5', 'db-6']);
  });

  it.each<[string, string, number[]]>([
    // Pods per second after scaling 1 → 3 at t=1: OrderedReady waits for each to be Ready (5 s start-up).
    ['OrderedReady', '  replicas: 1\n', [1, 2, 2, 2, 2, 2, 3]],
    ['Parallel', '  replicas: 1\n  podManagementPolicy: Parallel\n', [1, 3, 3, 3, 3, 3, 3]],
  ])('%s scale-up', (_, spec, counts) => {
    const base = cluster(spec);
    const seen = counts.map((_, t) => names(simulateCluster(base, [at(1, scale(3))], t).cluster.pods, 'db').length);
    expect(seen).toEqual(counts);
  });

  it('scales down from the highest ordinal, one at a time with OrderedReady', () => {
    const base = cluster('  replicas: 3\n');
    const first = simulateCluster(base, [at(1, scale(1))], 1).cluster.pods;
    expect(names(first, 'db')).toEqual(['db-0', 'db-1']);
    const later = simulateCluster(base, [at(1, scale(1))], 200).cluster.pods;
    expect(names(later, 'db')).toEqual(['db-0']);
  });

  it('RollingUpdate with a partition replaces only the ordinals at or above it, highest first', () => {
    const base = cluster('  replicas: 3\n  updateStrategy: { rollingUpdate: { partition: 1 } }\n');
    const restart: ClusterEvent = { type: 'workload.restart', kind: 'StatefulSet', name: 'default/db' };
    const before = simulateCluster(base, [], 0).cluster.pods.filter((p) => p.metadata.labels.app === 'db');
    const after = simulateCluster(base, [at(1, restart)], 300).cluster.pods.filter((p) => p.metadata.labels.app === 'db');
    const revision = (pods: Pod[], name: string) => pods.find((p) => p.metadata.name === name)!.metadata.labels['controller-revision-hash'];
    expect(revision(after, 'db-0')).toBe(revision(before, 'db-0'));
    expect(revision(after, 'db-1')).not.toBe(revision(before, 'db-1'));
    expect(revision(after, 'db-2')).not.toBe(revision(before, 'db-2'));
    const log = simulateCluster(base, [at(1, restart)], 300).log.map((l) => l.message);
    const deleted = log.filter((m) => m.includes('rolling update')).map((m) => /pod default\/(db-\d)/.exec(m)?.[1]);
    expect(deleted).toEqual(['db-2', 'db-1']);
  });
});

describe('StatefulSet pods under a PodDisruptionBudget', () => {
  it('a drain evicts them within the budget (expected pods: the StatefulSet’s replicas)', () => {
    const files = cluster('  replicas: 3\n');
    const pdb = clusterFrom([
      {
        name: 'pdb.yaml',
        text: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: db }\nspec:\n  maxUnavailable: 1\n  selector: { matchLabels: { app: db } }\n',
      },
    ]);
    const base = { ...files, podDisruptionBudgets: pdb.podDisruptionBudgets };
    const onB = simulateCluster(base, [], 0).cluster.pods.filter((p) => p.metadata.labels.app === 'db' && p.spec.nodeName === 'b');
    expect(onB.length).toBeGreaterThan(0);
    const drained = simulateCluster(base, [at(1, { type: 'node.drain', node: 'b', force: true })], 1).cluster.pods;
    const terminating = drained.filter((p) => p.metadata.labels.app === 'db' && p.metadata.deletionTimestamp);
    expect(terminating).toHaveLength(1);
  });
});

describe('ReplicationController on its own', () => {
  it('keeps spec.replicas pods, named <rc>-<5 chars>, and scales', () => {
    const base = cluster('  replicas: 1\n');
    const pods = simulateCluster(base, [], 0).cluster.pods;
    expect(names(pods, 'legacy')).toHaveLength(2);
    for (const name of names(pods, 'legacy')) expect(name).toMatch(/^legacy-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const up = simulateCluster(base, [at(1, { type: 'workload.scale', kind: 'ReplicationController', name: 'legacy', replicas: 4 })], 10);
    expect(names(up.cluster.pods, 'legacy')).toHaveLength(4);
    const deleted = names(pods, 'legacy')[0]!;
    const replaced = simulateCluster(base, [at(1, { type: 'pod.delete', pod: `default/${deleted}`, gracePeriodSeconds: 0 })], 10);
    expect(names(replaced.cluster.pods, 'legacy')).toHaveLength(2);
    expect(names(replaced.cluster.pods, 'legacy')).not.toContain(deleted);
  });
});
