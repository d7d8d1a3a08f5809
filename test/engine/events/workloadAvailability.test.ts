import { describe, expect, it } from 'vitest';
import { simulateCluster, type ClusterEvent } from '../../../src/engine/events';
import type { ClusterState } from '../../../src/engine/model';
import { allWorkloads } from '../../../src/engine/workloads';
import { at } from './clusters';
import { decodeWeb, webFiles } from './statefulSetFiles';

/** A DaemonSet, a ReplicaSet and a ReplicationController as `kubectl get ds,rs,rc -o yaml` prints them, next to `web`. */
const others = (minReadySeconds: number) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  generation: 1
  labels:
    app: agent
  name: agent
  namespace: default
  uid: 0f9e8d7c-6b5a-4938-a716-5f4e3d2c1b0a
spec:
  minReadySeconds: ${minReadySeconds}
  revisionHistoryLimit: 10
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: agent
    spec:
      containers:
      - image: registry.example/agent:2.1
        imagePullPolicy: IfNotPresent
        name: agent
        resources: {}
      restartPolicy: Always
      terminationGracePeriodSeconds: 30
  updateStrategy:
    rollingUpdate:
      maxSurge: 0
      maxUnavailable: 1
    type: RollingUpdate
status:
  currentNumberScheduled: 2
  desiredNumberScheduled: 2
  numberAvailable: 2
  numberMisscheduled: 0
  numberReady: 2
  observedGeneration: 1
  updatedNumberScheduled: 2
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  generation: 1
  name: cache
  namespace: default
spec:
  minReadySeconds: ${minReadySeconds}
  replicas: 1
  selector:
    matchLabels:
      app: cache
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: cache
    spec:
      containers:
      - image: redis:7
        name: redis
status:
  availableReplicas: 1
  fullyLabeledReplicas: 1
  observedGeneration: 1
  readyReplicas: 1
  replicas: 1
---
apiVersion: v1
kind: ReplicationController
metadata:
  generation: 1
  name: legacy
  namespace: default
spec:
  minReadySeconds: ${minReadySeconds}
  replicas: 1
  selector:
    app: legacy
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: legacy
    spec:
      containers:
      - image: nginx:1.27
        name: nginx
status:
  availableReplicas: 1
  fullyLabeledReplicas: 1
  observedGeneration: 1
  readyReplicas: 1
  replicas: 1
`;

function cluster(minReadySeconds: number): ClusterState {
  const [web] = webFiles({ replicas: 1, minReadySeconds });
  const { cluster, diagnostics } = decodeWeb([web!, { name: 'others.yaml', text: others(minReadySeconds) }], '1.34');
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return cluster;
}

const scale = (kind: 'StatefulSet' | 'ReplicaSet' | 'ReplicationController', name: string): ClusterEvent => ({
  type: 'workload.scale',
  kind,
  name: `default/${name}`,
  replicas: 3,
});

function statusAt(base: ClusterState, events: ReturnType<typeof at>[], t: number, name: string) {
  const workload = allWorkloads(simulateCluster(base, events, t).cluster.workloads).find((w) => w.metadata.name === name);
  return workload?.status;
}

describe('minReadySeconds: availability on the timeline clock', () => {
  it('the files’ pods are available at once (they have been running for an unknown while)', () => {
    const base = cluster(30);
    for (const name of ['web', 'agent', 'cache', 'legacy'])
      expect(statusAt(base, [], 0, name)).toMatchObject({ available: statusAt(base, [], 0, name)!.ready });
    expect(statusAt(base, [], 0, 'agent')).toEqual({ desired: 2, current: 2, ready: 2, updated: 2, available: 2, misscheduled: 0 });
  });

  it('StatefulSet OrderedReady: the next pod only once the previous has been Ready for minReadySeconds', () => {
    const base = cluster(30);
    const events = [at(1, scale('StatefulSet', 'web'))];
    // web-1 created at 1, Ready at 6, available at 36; web-2 created then, Ready at 41, available at 71.
    expect(statusAt(base, events, 10, 'web')).toMatchObject({ current: 2, ready: 2, available: 1 });
    expect(statusAt(base, events, 35, 'web')).toMatchObject({ current: 2, ready: 2, available: 1 });
    expect(statusAt(base, events, 36, 'web')).toMatchObject({ current: 3, ready: 2, available: 2 });
    expect(statusAt(base, events, 41, 'web')).toMatchObject({ current: 3, ready: 3, available: 2 });
    expect(statusAt(base, events, 71, 'web')).toMatchObject({ current: 3, ready: 3, available: 3 });
  });

  it('without minReadySeconds an OrderedReady StatefulSet goes on as soon as a pod is Ready', () => {
    const base = cluster(0);
    const events = [at(1, scale('StatefulSet', 'web'))];
    expect(statusAt(base, events, 6, 'web')).toMatchObject({ current: 3, ready: 2, available: 2 });
    expect(statusAt(base, events, 11, 'web')).toMatchObject({ current: 3, ready: 3, available: 3 });
  });

  it.each<['ReplicaSet' | 'ReplicationController', string]>([
    ['ReplicaSet', 'cache'],
    ['ReplicationController', 'legacy'],
  ])('%s availableReplicas trails readyReplicas by minReadySeconds', (kind, name) => {
    const base = cluster(30);
    const events = [at(1, scale(kind, name))];
    expect(statusAt(base, events, 6, name)).toMatchObject({ current: 3, ready: 3, available: 1 });
    expect(statusAt(base, events, 35, name)).toMatchObject({ available: 1 });
    expect(statusAt(base, events, 36, name)).toMatchObject({ available: 3 });
  });

  it('DaemonSet: numberAvailable trails numberReady, and the rolling update waits for the new pod to be available', () => {
    const base = cluster(20);
    const events = [at(1, { type: 'workload.restart', kind: 'DaemonSet', name: 'default/agent' } as ClusterEvent)];
    const result = simulateCluster(base, events, 120);
    const replaced = result.log.filter((l) => l.message.startsWith('DaemonSet default/agent: rolling update')).map((l) => l.at);
    // The first node's old pod terminates until 31, its new pod is Ready at 36 and available at 56: only then the second node's old pod goes.
    expect(replaced).toEqual([1, 56]);
    expect(statusAt(base, events, 40, 'agent')).toMatchObject({ desired: 2, current: 2, ready: 2, updated: 1, available: 1 });
    expect(statusAt(base, events, 56, 'agent')).toMatchObject({ desired: 2, current: 1, updated: 1, available: 1 });
    expect(statusAt(base, events, 200, 'agent')).toMatchObject({ current: 2, updated: 2, ready: 2, available: 2 });
  });

  it('the simulation wakes up when a pod becomes available, so nextChangeAt points there', () => {
    const base = cluster(30);
    expect(simulateCluster(base, [at(1, scale('ReplicaSet', 'cache'))], 10).nextChangeAt).toBe(36);
  });
});
