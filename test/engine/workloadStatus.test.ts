import { describe, expect, it } from 'vitest';
import { simulateCluster, type ClusterEvent } from '../../src/engine/events';
import { allWorkloads } from '../../src/engine/workloads';
import { workloadStatusOf } from '../../src/engine/workloadStatus';
import { at } from './events/clusters';
import { decodeWeb, webFiles } from './events/statefulSetFiles';

const surgingAgent = {
  name: 'agent.yaml',
  text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: default
spec:
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
      - image: registry.example/agent:2.1
        name: agent
  updateStrategy:
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
    type: RollingUpdate
`,
};

function live(events: ClusterEvent[], now: number) {
  const { cluster } = decodeWeb([...webFiles({ replicas: 3 }), surgingAgent], '1.34');
  return simulateCluster(
    cluster,
    events.map((e) => at(1, e)),
    now,
  ).cluster;
}

const find = (cluster: ReturnType<typeof live>, name: string) => allWorkloads(cluster.workloads).find((w) => w.metadata.name === name)!;

describe('workloadStatusOf', () => {
  it('counts availability with the caller’s clock: a pod Ready but not yet available is ready, not available', () => {
    const cluster = live([], 0);
    const web = find(cluster, 'web');
    const notWeb1 = (pod: { metadata: { name: string } }) => pod.metadata.name !== 'web-1';
    expect(workloadStatusOf(web, cluster.pods, cluster.nodes, notWeb1)).toEqual({
      desired: 3,
      current: 3,
      ready: 3,
      updated: 3,
      available: 2,
      misscheduled: 0,
    });
  });

  it('a DaemonSet counts each node once, by its oldest pod: a surging node is not up to date until the old pod is gone', () => {
    const restart: ClusterEvent = { type: 'workload.restart', kind: 'DaemonSet', name: 'default/agent' };
    const surging = live([restart], 2);
    const agent = find(surging, 'agent');
    expect(surging.pods.filter((p) => p.metadata.labels.app === 'agent' && !p.metadata.deletionTimestamp)).toHaveLength(3);
    expect(workloadStatusOf(agent, surging.pods, surging.nodes, () => true)).toEqual({
      desired: 2,
      current: 2,
      ready: 2,
      updated: 0,
      available: 2,
      misscheduled: 0,
    });
    const done = live([restart], 300);
    expect(workloadStatusOf(find(done, 'agent'), done.pods, done.nodes, () => true)).toMatchObject({ current: 2, updated: 2 });
  });
});
