import { describe, expect, test } from 'vitest';
import { runLine } from '../../src/kubectl/executeCommand';
import { daemonSetLocal } from '../../src/scenarios/builtin/daemonset-local/scenario';
import { seedContext } from './seedContext';

const statefulSet = {
  name: 'db.yaml',
  text: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  replicas: 2
  serviceName: db
  selector: { matchLabels: { app: db } }
  updateStrategy: { rollingUpdate: { partition: 1 } }
  template:
    metadata: { labels: { app: db } }
    spec:
      containers: [{ name: postgres, image: postgres:16 }]
---
apiVersion: v1
kind: Service
metadata: { name: db }
spec:
  clusterIP: None
  selector: { app: db }
  ports: [{ port: 5432 }]
---
apiVersion: v1
kind: ReplicationController
metadata: { name: legacy }
spec:
  replicas: 1
  template:
    metadata: { labels: { app: legacy } }
    spec:
      containers: [{ name: nginx, image: nginx }]
`,
};
const context = seedContext({ files: [...daemonSetLocal.files, statefulSet], now: 60 });
const run = (line: string) => runLine(line, context);
const columns = (line: string) => line.split(/\s{2,}/);

describe('kubectl get ds|sts|rs|rc', () => {
  test('get ds has the DaemonSet printer columns', () => {
    const { output, exitCode } = run('kubectl get ds -o wide');
    expect(exitCode).toBe(0);
    const [header, row] = output.split('\n');
    expect(columns(header!)).toEqual([
      'NAME',
      'DESIRED',
      'CURRENT',
      'READY',
      'UP-TO-DATE',
      'AVAILABLE',
      'NODE SELECTOR',
      'AGE',
      'CONTAINERS',
      'IMAGES',
      'SELECTOR',
    ]);
    expect(columns(row!)).toEqual([
      'node-agent',
      '3',
      '3',
      '3',
      '3',
      '3',
      '<none>',
      '60s',
      'agent',
      'registry.example/node-agent:1.4',
      'app=node-agent',
    ]);
  });

  test('get sts shows READY n/replicas; get rc and rs DESIRED CURRENT READY', () => {
    expect(run('kubectl get sts').output.split('\n').map(columns)).toEqual([
      ['NAME', 'READY', 'AGE'],
      ['db', '2/2', '60s'],
    ]);
    expect(run('kubectl get rc').output.split('\n').map(columns)).toEqual([
      ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
      ['legacy', '1', '1', '1', '60s'],
    ]);
    // The Deployment's ReplicaSet is listed as the Deployment controller keeps it: <deployment>-<pod-template-hash>.
    const webHash = context.report!.pods.find((p) => p.owner === 'Deployment web')!.labels['pod-template-hash'];
    expect(run('kubectl get rs').output.split('\n').map(columns)).toEqual([
      ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
      [`web-${webHash}`, '3', '3', '3', '60s'],
    ]);
  });

  test('get ds -o yaml prints the status the controller writes', () => {
    const { output } = run('kubectl get ds node-agent -o yaml');
    expect(output).toContain('kind: DaemonSet');
    expect(output).toContain('desiredNumberScheduled: 3');
    expect(output).toContain('numberMisscheduled: 0');
  });

  test('pods of a DaemonSet are controlled by it', () => {
    const pod = context.report!.pods.find((p) => p.owner === 'DaemonSet node-agent')!;
    expect(run(`kubectl describe pod ${pod.name}`).output).toMatch(/Controlled By:\s+DaemonSet\/node-agent/);
  });
});

describe('kubectl describe, scale and rollout on workloads', () => {
  test('describe ds counts nodes as kubectl does', () => {
    const { output } = run('kubectl describe ds node-agent');
    expect(output).toMatch(/Desired Number of Nodes Scheduled:\s*3/);
    expect(output).toMatch(/Update Strategy:\s+RollingUpdate \(1 max unavailable, 0 max surge\)/);
  });

  test('describe sts names its headless governing Service', () => {
    expect(run('kubectl describe sts db').output).toMatch(/Governing Service:\s+db \(headless: each pod is <pod>\.db\.default\.svc\)/);
  });

  test('scale sts and rc return workload.scale events; a DaemonSet cannot be scaled', () => {
    expect(run('kubectl scale sts/db --replicas=3')).toMatchObject({
      exitCode: 0,
      output: 'statefulset.apps/db scaled',
      events: [{ type: 'workload.scale', kind: 'StatefulSet', name: 'default/db', replicas: 3 }],
    });
    expect(run('kubectl scale rc legacy --replicas=0').events).toEqual([
      { type: 'workload.scale', kind: 'ReplicationController', name: 'default/legacy', replicas: 0 },
    ]);
    const ds = run('kubectl scale ds/node-agent --replicas=2');
    expect(ds.exitCode).toBe(1);
    expect(ds.output).toContain('the server could not find the requested resource');
  });

  test('rollout status and restart for ds and sts', () => {
    expect(run('kubectl rollout status ds/node-agent').output).toBe('daemon set "node-agent" successfully rolled out');
    expect(run('kubectl rollout status sts/db').output).toBe('partitioned roll out complete: 2 new pods have been updated...');
    expect(run('kubectl rollout restart daemonset node-agent')).toMatchObject({
      output: 'daemonset.apps/node-agent restarted',
      events: [{ type: 'workload.restart', kind: 'DaemonSet', name: 'default/node-agent' }],
    });
  });

  test('drain without --ignore-daemonsets refuses, as kubectl does', () => {
    const agent = context.report!.pods.find((p) => p.owner === 'DaemonSet node-agent' && p.node === 'node-2')!;
    const refused = run('kubectl drain node-2');
    expect(refused.exitCode).toBe(1);
    expect(refused.output).toContain(`cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${agent.key}`);
    const drained = run('kubectl drain node-2 --ignore-daemonsets');
    expect(drained.exitCode).toBe(0);
    expect(drained.output).toContain(`Warning: ignoring DaemonSet-managed Pods: ${agent.key}`);
    expect(drained.output).not.toContain(`evicting pod ${agent.key}`);
  });
});
