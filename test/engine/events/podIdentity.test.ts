/**
 * A replacement pod is a new pod: the ReplicaSet asks the API server for `<rs-name>-<5 chars>`
 * (generateName), the API server gives it a new UID, the node's IPAM a new address. Nothing moves
 * between nodes. A StatefulSet's pod is created again under its old name, as upstream does.
 */
import { describe, expect, it } from 'vitest';
import { describeDrift, simulateCluster, type ClusterEvent } from '../../../src/engine/events';
import type { ClusterState, Pod } from '../../../src/engine/model';
import { schedulePods } from '../../../src/engine/scheduler/schedulePods';
import { driftBadgesById } from '../../../src/view/driftBadges';
import { at, clusterFrom, seedDemo } from './clusters';

const echo = (pods: readonly Pod[]) => pods.filter((p) => p.metadata.labels.app === 'echo' && !p.metadata.deletionTimestamp);
const GENERATED = /^echo-([bcdfghjklmnpqrstvwxz2456789]+)-[bcdfghjklmnpqrstvwxz2456789]{5}$/;

describe('a replacement is a new pod', () => {
  const base = seedDemo();
  const files = schedulePods(base).pods;
  const onM03 = echo(files).find((p) => p.spec.nodeName === 'mnode-m03')!;

  it.each<[string, ClusterEvent, number]>([
    ['kubectl delete node', { type: 'node.delete', node: 'mnode-m03' }, 0],
    ['kubectl drain --force', { type: 'node.drain', node: 'mnode-m03', force: true }, 60],
    ['a zone outage past the NotReady eviction', { type: 'zone.outage', zone: 'zone-b' }, 400],
    ['kubectl delete pod --grace-period=0', { type: 'pod.delete', pod: `default/${onM03.metadata.name}`, gracePeriodSeconds: 0 }, 0],
  ])('%s: the replacement has a new name from the ReplicaSet, a new UID and a new IP', (_, event, now) => {
    const live = simulateCluster(base, [at(0, event)], now);
    const after = echo(live.cluster.pods);
    expect(after).toHaveLength(2);
    const replacement = after.find((p) => p.metadata.name !== echo(files).find((f) => f !== onM03)!.metadata.name)!;
    expect(replacement.metadata.name).not.toBe(onM03.metadata.name);
    const [, hash] = GENERATED.exec(replacement.metadata.name)!;
    expect(hash).toBe(onM03.metadata.labels['pod-template-hash']);
    expect(replacement.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(replacement.status.podIPs).not.toEqual(onM03.status.podIPs);
    expect(files.flatMap((p) => p.status.podIPs)).not.toContain(replacement.status.podIPs[0]);

    // The drift says the file's pod went and a new one came; no pod of the files changed node.
    const drift = describeDrift(base, live.cluster).filter((d) => d.kind === 'Pod');
    expect(drift.filter((d) => d.change === 'modified' && d.fields.includes('spec.nodeName'))).toEqual([]);
    // Who created it: the ReplicaSet of the pod's template hash, as its log line names it.
    expect(drift).toContainEqual({
      kind: 'Pod',
      key: `default/${replacement.metadata.name}`,
      change: 'created',
      fields: [],
      by: `ReplicaSet echo-${hash}`,
    });
    if (now < 400) expect(drift).toContainEqual({ kind: 'Pod', key: `default/${onM03.metadata.name}`, change: 'deleted', fields: [] });
    expect(driftBadgesById(drift).get(`pod:default/${replacement.metadata.name}`)).toEqual({
      text: 'new',
      detail: `not in the YAML: created by ReplicaSet echo-${hash}`,
    });
  });

  it('the log says who deleted the pod and which ReplicaSet created which pod where', () => {
    const live = simulateCluster(base, [at(0, { type: 'node.delete', node: 'mnode-m03' })], 0);
    const replacement = echo(live.cluster.pods).find((p) => p.metadata.name !== echo(files).find((f) => f !== onM03)!.metadata.name)!;
    const rs = `echo-${onM03.metadata.labels['pod-template-hash']}`;
    expect(live.log.map((l) => l.message)).toEqual([
      'node "mnode-m03" deleted',
      `PodGC: deleted pod default/${onM03.metadata.name} of the deleted node mnode-m03`,
      `ReplicaSet ${rs}: created pod default/${replacement.metadata.name}`,
      `Scheduled: successfully assigned default/${replacement.metadata.name} to mnode-m02`,
    ]);
  });

  it('names never come back: deleting the replacement again gives a third name, and a replay gives the same ones', () => {
    const first = simulateCluster(base, [at(0, { type: 'node.delete', node: 'mnode-m03' })], 0);
    const second = echo(first.cluster.pods).find((p) => p.metadata.name !== onM03.metadata.name && p.spec.nodeName === 'mnode-m02')!;
    const events = [
      at(0, { type: 'node.delete', node: 'mnode-m03' }),
      ...echo(first.cluster.pods).map((p) => at(1, { type: 'pod.delete', pod: `default/${p.metadata.name}`, gracePeriodSeconds: 0 })),
    ];
    const names = (cluster: ClusterState) => echo(cluster.pods).map((p) => p.metadata.name);
    const again = simulateCluster(base, events, 1);
    const seen = new Set([...echo(files), ...echo(first.cluster.pods)].map((p) => p.metadata.name));
    expect(names(again.cluster)).toHaveLength(2);
    for (const name of names(again.cluster)) expect(seen.has(name)).toBe(false);
    expect(second).toBeDefined();
    expect(names(simulateCluster(base, events, 1).cluster)).toEqual(names(again.cluster));
    expect(echo(simulateCluster(base, events, 1).cluster.pods).map((p) => p.metadata.uid)).toEqual(
      echo(again.cluster.pods).map((p) => p.metadata.uid),
    );
  });
});

describe('a StatefulSet pod is created again under its own name', () => {
  const node = (name: string, zone: string) =>
    `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n  labels:\n    topology.kubernetes.io/zone: ${zone}\n---\n`;
  const base = clusterFrom([
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
  replicas: 2
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      containers: [{ name: db, image: postgres:16, ports: [{ containerPort: 5432 }] }]
`,
    },
  ]);

  it('kubectl delete node: db-N comes back with the same name, a new UID and IP, and the drift says recreated', () => {
    const files = simulateCluster(base, [], 0).cluster.pods.filter((p) => p.metadata.labels.app === 'db');
    const onB = files.find((p) => p.spec.nodeName === 'b')!;
    const live = simulateCluster(base, [at(0, { type: 'node.delete', node: 'b' })], 0);
    const again = live.cluster.pods.find((p) => p.metadata.name === onB.metadata.name)!;
    expect(again.spec.nodeName).toBe('a');
    expect(again.metadata.uid).toBeDefined();
    expect(again.metadata.uid).not.toBe(onB.metadata.uid);
    expect(again.status.podIPs).not.toEqual(onB.status.podIPs);
    const drift = describeDrift(base, live.cluster).filter((d) => d.kind === 'Pod');
    expect(drift).toEqual([{ kind: 'Pod', key: `default/${onB.metadata.name}`, change: 'recreated', fields: [], by: 'StatefulSet db' }]);
    expect(driftBadgesById(drift).get(`pod:default/${onB.metadata.name}`)?.detail).toBe(
      'deleted by an event and created again by StatefulSet db under the same name (a new pod, new UID)',
    );
  });
});
