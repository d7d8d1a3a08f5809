import { describe, expect, it } from 'vitest';
import { simulateCluster, type ClusterEvent } from '../../../src/engine/events';
import type { Pod } from '../../../src/engine/model';
import { at, clusterFrom } from './clusters';

const node = (name: string, zone: string, extra = '') =>
  `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n  labels:\n    topology.kubernetes.io/zone: ${zone}\n${extra}---\n`;

/** Nodes a, b (zone-a), c (zone-b), a tainted control-plane node, a DaemonSet "agent" and a Deployment "web". */
function cluster(strategy = '') {
  const text =
    node('a', 'zone-a') +
    node('b', 'zone-a') +
    node('c', 'zone-b') +
    node('cp', 'zone-a', 'spec:\n  taints: [{ key: node-role.kubernetes.io/control-plane, effect: NoSchedule }]\n') +
    `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent }
spec:
  selector: { matchLabels: { app: agent } }
${strategy}  template:
    metadata: { labels: { app: agent } }
    spec:
      containers: [{ name: agent, image: agent:1, ports: [{ containerPort: 9000 }] }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: nginx }]
`;
  return clusterFrom([{ name: 'cluster.yaml', text }]);
}

const agents = (pods: Pod[]) => pods.filter((p) => p.metadata.labels.app === 'agent');
const placement = (pods: Pod[]) =>
  agents(pods)
    .filter((p) => !p.metadata.deletionTimestamp)
    .map((p) => p.spec.nodeName)
    .sort();

function run(events: ClusterEvent[], now: number, strategy = '') {
  return simulateCluster(
    cluster(strategy),
    events.map((e, i) => at(i + 1, e)),
    now,
  );
}

const apply = (text: string): ClusterEvent => ({ type: 'apply', file: 'new.yaml', text });

describe('DaemonSet controller on the timeline', () => {
  it.each<[string, ClusterEvent[], string[]]>([
    ['the files: one pod per node the control-plane taint does not keep out', [], ['a', 'b', 'c']],
    ['node added: it gets a daemon pod', [apply(node('d', 'zone-b'))], ['a', 'b', 'c', 'd']],
    ['node deleted: its pod goes with it (pod GC)', [{ type: 'node.delete', node: 'b' }], ['a', 'c']],
    ['cordoned: the daemon pod stays (unschedulable is tolerated)', [{ type: 'node.cordon', node: 'b' }], ['a', 'b', 'c']],
    [
      'drained with --ignore-daemonsets: the daemon pod stays',
      [{ type: 'node.drain', node: 'b', ignoreDaemonSets: true }],
      ['a', 'b', 'c'],
    ],
    [
      'tainted NoSchedule: the running pod stays',
      [apply(node('b', 'zone-a', 'spec:\n  taints: [{ key: dedicated, value: gpu, effect: NoSchedule }]\n'))],
      ['a', 'b', 'c'],
    ],
    [
      'tainted NoExecute: the controller deletes the pod',
      [apply(node('b', 'zone-a', 'spec:\n  taints: [{ key: dedicated, value: gpu, effect: NoExecute }]\n'))],
      ['a', 'c'],
    ],
    ['control-plane taint removed: the node gets a pod', [apply(node('cp', 'zone-a'))], ['a', 'b', 'c', 'cp']],
    ['NotReady for long: daemon pods are not evicted', [{ type: 'node.notReady', node: 'c' }], ['a', 'b', 'c']],
  ])('%s', (_, events, nodes) => {
    const result = run(events, 400);
    expect(placement(result.cluster.pods)).toEqual(nodes);
    expect(result.diagnostics).toEqual([]);
  });

  it('drain without --ignore-daemonsets is refused, as kubectl does', () => {
    const result = run([{ type: 'node.drain', node: 'b' }], 60);
    expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(
      /cannot delete DaemonSet-managed Pods \(use --ignore-daemonsets to ignore\): default\/agent-[a-z0-9]{5}/,
    );
    expect(result.cluster.pods.filter((p) => p.metadata.labels.app === 'web' && p.metadata.deletionTimestamp)).toEqual([]);
  });

  it('names pods <ds>-<5 chars>, owned by the DaemonSet, with the controller tolerations', () => {
    const pods = agents(run([], 0).cluster.pods);
    for (const pod of pods) {
      expect(pod.metadata.name).toMatch(/^agent-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(pod.owner).toEqual({ kind: 'DaemonSet', name: 'agent' });
      expect(pod.spec.tolerations.map((t) => `${t.key}:${t.effect}`)).toContain('node.kubernetes.io/unschedulable:NoSchedule');
    }
    expect(new Set(pods.map((p) => p.metadata.name)).size).toBe(3);
    expect(agents(run([], 0).cluster.pods).map((p) => p.metadata.name)).toEqual(pods.map((p) => p.metadata.name));
  });

  const restart: ClusterEvent = { type: 'workload.restart', kind: 'DaemonSet', name: 'default/agent' };
  /** Daemon pods per second after a restart at t=1: [active, ready, terminating]. */
  const timeline = (strategy: string, seconds: number) =>
    Array.from({ length: seconds }, (_, t) => {
      const pods = agents(run([restart], t + 1, strategy).cluster.pods);
      const active = pods.filter((p) => !p.metadata.deletionTimestamp);
      return [active.length, active.filter((p) => p.status.ready).length, pods.length - active.length];
    });

  it('RollingUpdate with maxUnavailable 1 (the default) replaces one node at a time, deleting first', () => {
    const rows = timeline('', 120);
    expect(Math.min(...rows.map(([, ready]) => ready!))).toBe(2);
    expect(rows.some(([active]) => active === 2)).toBe(true);
    expect(rows.every(([active]) => active! <= 3)).toBe(true);
    expect(rows.at(-1)).toEqual([3, 3, 0]);
  });

  it('RollingUpdate with maxSurge 1 starts the new pod before the old one goes', () => {
    const rows = timeline('  updateStrategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }\n', 150);
    expect(Math.min(...rows.map(([, ready]) => ready!))).toBe(3);
    expect(Math.max(...rows.map(([active]) => active!))).toBe(4);
    expect(rows.at(-1)).toEqual([3, 3, 0]);
  });

  it('OnDelete keeps the old pods until they are deleted', () => {
    const result = run([restart], 120, '  updateStrategy: { type: OnDelete }\n');
    const before = agents(run([], 0, '  updateStrategy: { type: OnDelete }\n').cluster.pods).map((p) => p.metadata.name);
    expect(agents(result.cluster.pods).map((p) => p.metadata.name)).toEqual(before);
  });
});
