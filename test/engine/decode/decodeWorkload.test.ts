import { describe, expect, it } from 'vitest';
import { decodeYaml, messages } from './decodeHelpers';

const workload = (kind: string, spec: string, apiVersion = 'apps/v1') => `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: agent
spec:
${spec}
  template:
    metadata:
      labels: {app: agent}
    spec:
      containers: [{name: c, image: agent:1}]
`;
const selector = '  selector:\n    matchLabels: {app: agent}';

describe('decodeWorkload: defaults', () => {
  it('a DaemonSet defaults to RollingUpdate with maxUnavailable 1 and maxSurge 0', () => {
    const { cluster, diagnostics } = decodeYaml(workload('DaemonSet', selector));
    expect(diagnostics).toEqual([]);
    expect(cluster.workloads!.daemonSets[0]).toMatchObject({
      kind: 'DaemonSet',
      updateStrategy: { type: 'RollingUpdate', maxUnavailable: 1, maxSurge: 0 },
      minReadySeconds: 0,
      hostNetwork: false,
    });
  });

  it('a StatefulSet defaults to 1 replica, OrderedReady, RollingUpdate partition 0, ordinals from 0', () => {
    const { cluster, diagnostics } = decodeYaml(workload('StatefulSet', `${selector}\n  serviceName: agent`));
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(cluster.workloads!.statefulSets[0]).toMatchObject({
      replicas: 1,
      serviceName: 'agent',
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', partition: 0 },
      ordinalsStart: 0,
    });
  });

  it('a ReplicationController selects its template labels when it has no selector', () => {
    const { cluster, diagnostics } = decodeYaml(workload('ReplicationController', '  replicas: 3', 'v1'));
    expect(diagnostics).toEqual([]);
    expect(cluster.workloads!.replicaSets[0]).toMatchObject({
      kind: 'ReplicationController',
      replicas: 3,
      selector: { matchLabels: { app: 'agent' } },
    });
  });

  it('a cluster without workloads has no workloads field (clusters from before are unchanged)', () => {
    expect(decodeYaml('apiVersion: v1\nkind: Node\nmetadata: {name: n}\n').cluster).not.toHaveProperty('workloads');
  });

  it('apps/v1beta2 is not served', () => {
    const { diagnostics } = decodeYaml(workload('DaemonSet', selector, 'apps/v1beta2'));
    expect(messages(diagnostics, 'error')).toEqual([
      'no matches for kind "DaemonSet" in version "apps/v1beta2" (the playground models apps/v1 DaemonSet); ignored',
    ]);
  });
});

describe('decodeWorkload: validation as the API server does', () => {
  it.each<[string, string, string, string, number]>([
    [
      'DaemonSet',
      '  selector:\n    matchLabels: {app: other}',
      'spec.template.metadata.labels: Invalid value: {"app":"agent"}: `selector` does not match template `labels`',
      'spec.template.metadata.labels',
      10,
    ],
    ['DaemonSet', '  selector: {}', 'spec.selector: Invalid value: {}: empty selector is invalid for daemonset', 'spec.selector', 6],
    ['StatefulSet', '  selector: {}', 'spec.selector: Invalid value: {}: empty selector is invalid for statefulset', 'spec.selector', 6],
    ['ReplicaSet', '  replicas: 2', 'spec.selector: Required value', 'spec.selector', 0],
    [
      'DaemonSet',
      `${selector}\n  updateStrategy:\n    rollingUpdate: {maxUnavailable: 0}`,
      'spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
      'spec.updateStrategy.rollingUpdate.maxUnavailable',
      9,
    ],
    [
      'DaemonSet',
      `${selector}\n  updateStrategy: {type: Recreate}`,
      'spec.updateStrategy.type: Unsupported value: "Recreate": supported values: "OnDelete", "RollingUpdate"',
      'spec.updateStrategy.type',
      8,
    ],
    [
      'StatefulSet',
      `${selector}\n  podManagementPolicy: Burst`,
      'spec.podManagementPolicy: Unsupported value: "Burst": supported values: "OrderedReady", "Parallel"',
      'spec.podManagementPolicy',
      8,
    ],
    [
      'StatefulSet',
      `${selector}\n  updateStrategy:\n    type: OnDelete\n    rollingUpdate: {partition: 1}`,
      "spec.updateStrategy.rollingUpdate: Forbidden: only allowed for updateStrategy 'RollingUpdate'",
      'spec.updateStrategy.rollingUpdate',
      10,
    ],
    [
      'StatefulSet',
      `${selector}\n  replicas: -1`,
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
      'spec.replicas',
      8,
    ],
  ])('%s with %j', (kind, spec, message, path, line) => {
    const { cluster, diagnostics } = decodeYaml(workload(kind, spec));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors[0]!.message).toBe(
      `The ${kind} "agent" is invalid: ${message} (the object is not applied; the API server would refuse it)`,
    );
    expect(errors[0]).toMatchObject({ path });
    if (line) expect(errors[0]!.line).toBe(line);
    expect(cluster).not.toHaveProperty('workloads');
  });

  it('a template restartPolicy other than Always is refused', () => {
    const text = workload('DaemonSet', selector).replace('containers:', 'restartPolicy: OnFailure\n      containers:');
    expect(messages(decodeYaml(text).diagnostics, 'error')[0]).toContain(
      'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"',
    );
  });
});

describe('the governing Service of a StatefulSet', () => {
  const sts = workload('StatefulSet', `${selector}\n  serviceName: agent`);
  const service = (clusterIP: string) =>
    `---\napiVersion: v1\nkind: Service\nmetadata: {name: agent}\nspec:\n  clusterIP: ${clusterIP}\n  selector: {app: agent}\n  ports: [{port: 80}]\n`;

  it.each([
    ['missing', '', /its governing Service "agent" does not exist, so its pods get no per-pod DNS names \(agent-0\.agent\.default\.svc\)/],
    ['not headless', service('10.96.0.20'), /is not headless \(clusterIP 10\.96\.0\.20\)/],
  ])('%s: said at spec.serviceName', (_, extra, message) => {
    const { diagnostics } = decodeYaml(sts + extra);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'info', path: 'spec.serviceName', line: 8 });
    expect(diagnostics[0]!.message).toMatch(message);
  });

  it('headless: nothing to say', () => {
    expect(decodeYaml(sts + service('None')).diagnostics).toEqual([]);
  });
});

describe('a Deployment’s ReplicaSet in a dump', () => {
  it('is left to its Deployment (said once), so its pods are not doubled', () => {
    const text = workload('ReplicaSet', `${selector}\n  replicas: 2`).replace(
      'metadata:\n  name: agent\n',
      'metadata:\n  name: agent\n  ownerReferences:\n  - {apiVersion: apps/v1, kind: Deployment, name: agent-deploy, controller: true, blockOwnerDeletion: true, uid: 1d4c}\n',
    );
    const { cluster, diagnostics } = decodeYaml(text);
    expect(cluster).not.toHaveProperty('workloads');
    expect(messages(diagnostics, 'info')).toEqual([
      'ReplicaSet default/agent is managed by Deployment "agent-deploy"; the playground runs its pods from the Deployment, not from this object',
    ]);
  });
});
