import { describe, expect, test } from 'vitest';
import { analyzeCluster } from '../../src/engine/analyze';
import { simulateCluster, type ClusterEvent, type TimelineEvent } from '../../src/engine/events';
import type { KubeVersion } from '../../src/engine/version';
import type { TerminalContext } from '../../src/kubectl/context';
import { runLine } from '../../src/kubectl/executeCommand';
import { at } from '../engine/events/clusters';
import { decodeWeb, webFiles } from '../engine/events/statefulSetFiles';

/** A DaemonSet with minReadySeconds, as `kubectl get ds -o yaml` prints it. */
const agent = {
  name: 'agent.yaml',
  text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  generation: 1
  labels:
    app: agent
  name: agent
  namespace: default
spec:
  minReadySeconds: 20
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
        name: agent
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
  updatedNumberScheduled: 2
`,
};

/** The terminal's context as the store makes it: the files decoded at `version`, the timeline replayed up to `now`. */
function contextAt(
  files: { name: string; text: string }[],
  events: TimelineEvent[],
  now: number,
  version: KubeVersion = '1.35',
  gates?: Record<string, boolean>,
): TerminalContext {
  const { cluster } = decodeWeb(files, version, gates);
  const live = simulateCluster(cluster, events, now);
  const report = analyzeCluster(live.cluster, { kubernetesVersion: version, ...(gates ? { featureGates: gates } : {}) });
  return { report, cluster: live.cluster, lifecycle: live.pods, files, now, seed: 1 };
}

const restart = (kind: 'DaemonSet' | 'StatefulSet', name: string): ClusterEvent => ({
  type: 'workload.restart',
  kind,
  name: `default/${name}`,
});
const columns = (line: string) => line.split(/\s{2,}/);

describe('DaemonSet availability in kubectl', () => {
  const files = [...webFiles({ replicas: 1 }), agent];
  const events = [at(1, restart('DaemonSet', 'agent'))];

  test('get ds: AVAILABLE trails READY while a new pod is Ready for less than minReadySeconds', () => {
    const rows = runLine('kubectl get ds', contextAt(files, events, 40))
      .output.split('\n')
      .map(columns);
    expect(rows[0]).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE']);
    expect(rows[1]!.slice(0, 6)).toEqual(['agent', '2', '2', '2', '1', '1']);
    const later = runLine('kubectl get ds', contextAt(files, events, 56))
      .output.split('\n')
      .map(columns);
    expect(later[1]!.slice(0, 6)).toEqual(['agent', '2', '1', '1', '1', '1']);
  });

  test('describe ds and -o yaml report the available nodes', () => {
    const context = contextAt(files, events, 40);
    expect(runLine('kubectl describe ds agent', context).output).toMatch(/Number of Nodes Scheduled with Available Pods:\s+1\n/);
    const yaml = runLine('kubectl get ds agent -o yaml', context).output;
    expect(yaml).toContain('minReadySeconds: 20');
    expect(yaml).toMatch(/numberAvailable: 1\n/);
    expect(yaml).toMatch(/numberUnavailable: 1\n/);
  });

  test('rollout status ds: updated first, then available', () => {
    expect(runLine('kubectl rollout status ds/agent', contextAt(files, events, 10)).output.split('\n')[0]).toBe(
      'Waiting for daemon set "agent" rollout to finish: 0 out of 2 new pods have been updated...',
    );
    expect(runLine('kubectl rollout status ds/agent', contextAt(files, events, 40)).output.split('\n')[0]).toBe(
      'Waiting for daemon set "agent" rollout to finish: 1 out of 2 new pods have been updated...',
    );
    const end = contextAt(files, events, 600);
    expect(runLine('kubectl rollout status ds/agent', end).output).toBe('daemon set "agent" successfully rolled out');
  });

  test('rollout status ds waits for availability once every node is updated', () => {
    // The second node's new pod is Ready at 91 (old one gone at 86), available at 111.
    const output = runLine('kubectl rollout status ds/agent', contextAt(files, events, 95)).output;
    expect(output.split('\n')[0]).toBe('Waiting for daemon set "agent" rollout to finish: 1 of 2 updated pods are available...');
  });
});

describe('StatefulSet maxUnavailable and availability in kubectl', () => {
  const gates = { MaxUnavailableStatefulSet: true };
  const twoAtOnce = webFiles({ rollingUpdate: '      maxUnavailable: 50%\n      partition: 0\n', minReadySeconds: 10 });

  test('describe sts and -o yaml show maxUnavailable only where the API server stored it', () => {
    const on = contextAt(twoAtOnce, [], 0, '1.35', gates);
    expect(runLine('kubectl describe sts web', on).output).toMatch(/ {2}Partition:\s+0\n {2}MaxUnavailable:\s+50%\n/);
    const yaml = runLine('kubectl get sts web -o yaml', on).output;
    expect(yaml).toMatch(/rollingUpdate:\n\s+maxUnavailable: 50%\n\s+partition: 0\n/);
    expect(yaml).toContain('minReadySeconds: 10');
    expect(yaml).toMatch(/availableReplicas: 4\n/);
    const off = contextAt(twoAtOnce, [], 0, '1.34');
    expect(runLine('kubectl describe sts web', off).output).not.toContain('MaxUnavailable');
    expect(runLine('kubectl get sts web -o yaml', off).output).not.toContain('maxUnavailable');
  });

  test('rollout status sts through a rolling update of two pods at a time', () => {
    const events = [at(1, restart('StatefulSet', 'web'))];
    const status = (now: number) => runLine('kubectl rollout status sts/web', contextAt(twoAtOnce, events, now, '1.35', gates)).output;
    // web-3 and web-2 terminate until 31, then come back one by one.
    expect(status(2).split('\n')[0]).toBe('Waiting for 2 pods to be ready...');
    expect(status(37).split('\n')[0]).toBe('Waiting for 1 pods to be ready...');
    expect(
      runLine('kubectl get sts web', contextAt(twoAtOnce, events, 37, '1.35', gates))
        .output.split('\n')
        .map(columns)[1],
    ).toEqual(['web', '3/4', '37s']);
    // web-2 is available at 46 (minReadySeconds 10), only then web-3 comes: Ready at 51, available at 61, when the next two go.
    expect(status(55)).toBe(
      'Waiting for partitioned roll out to finish: 2 out of 4 new pods have been updated...\n(the rollout goes on in the timeline: play it to let time pass)',
    );
    expect(status(600)).toBe('partitioned roll out complete: 4 new pods have been updated...');
    const yaml = runLine('kubectl get sts web -o yaml', contextAt(twoAtOnce, events, 55, '1.35', gates)).output;
    expect(yaml).toMatch(/availableReplicas: 3\n/);
    expect(yaml).toMatch(/readyReplicas: 4\n/);
  });

  test('a partition stops the roll out at its ordinal', () => {
    const files = webFiles({ rollingUpdate: '      maxUnavailable: 2\n      partition: 2\n' });
    const status = runLine('kubectl rollout status sts/web', contextAt(files, [at(1, restart('StatefulSet', 'web'))], 600, '1.35', gates));
    expect(status.output).toBe('partitioned roll out complete: 2 new pods have been updated...');
  });

  test('type: RollingUpdate without rollingUpdate: no partition stored, and kubectl compares revisions', () => {
    // minReadySeconds: web-3 is back and Ready at 36, web-2 goes only once web-3 is available at 46.
    const [web] = webFiles({ minReadySeconds: 10 });
    const text = web!.text.replace(
      '  updateStrategy:\n    rollingUpdate:\n      partition: 0\n    type: RollingUpdate\n',
      '  updateStrategy:\n    type: RollingUpdate\n',
    );
    expect(text).not.toBe(web!.text);
    const files = [{ name: 'web.yaml', text }];
    const events = [at(1, restart('StatefulSet', 'web'))];
    const context = contextAt(files, events, 40, '1.35', gates);
    expect(runLine('kubectl describe sts web', context).output).not.toContain('Partition');
    const yaml = runLine('kubectl get sts web -o yaml', context).output;
    expect(yaml).toMatch(/updateStrategy:\n\s+type: RollingUpdate\n/);
    expect(yaml).not.toContain('rollingUpdate');
    expect(runLine('kubectl rollout status sts/web', context).output.split('\n')[0]).toMatch(
      /^waiting for statefulset rolling update to complete 1 pods at revision web-[0-9a-z]+\.\.\.$/,
    );
    expect(runLine('kubectl rollout status sts/web', contextAt(files, events, 600, '1.35', gates)).output).toMatch(
      /^statefulset rolling update complete 4 pods at revision web-[0-9a-z]+\.\.\.$/,
    );
  });
});

describe('a Deployment’s ReplicaSet in kubectl', () => {
  const api = {
    name: 'api.yaml',
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  generation: 1
  name: api
  namespace: default
spec:
  minReadySeconds: 15
  progressDeadlineSeconds: 600
  replicas: 1
  revisionHistoryLimit: 10
  selector:
    matchLabels:
      app: api
  strategy:
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 25%
    type: RollingUpdate
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: api
    spec:
      containers:
      - image: registry.example/api:1.0
        name: api
status:
  availableReplicas: 1
  readyReplicas: 1
  replicas: 1
  updatedReplicas: 1
`,
  };

  test('get rs -o yaml: availableReplicas counts pods Ready for the Deployment’s minReadySeconds', () => {
    const files = [...webFiles({ replicas: 1 }), api];
    const events = [at(1, { type: 'deployment.scale', deployment: 'default/api', replicas: 3 })];
    const yaml = (now: number) => runLine('kubectl get rs -o yaml', contextAt(files, events, now)).output;
    expect(yaml(10)).toMatch(/readyReplicas: 3\n/);
    expect(yaml(10)).toMatch(/availableReplicas: 1\n/);
    expect(yaml(21)).toMatch(/availableReplicas: 3\n/);
  });
});
