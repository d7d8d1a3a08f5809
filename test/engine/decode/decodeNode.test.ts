import { describe, expect, it } from 'vitest';
import { decodeYaml, messages } from './decodeHelpers';

const node = (body: string) => `apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\n${body}`;

describe('decodeNode', () => {
  it.each([
    ['no status: Ready and 4 CPUs assumed', '', { ready: true, allocatableCpuMilli: 4000 }],
    [
      'cpu "2"',
      'status:\n  allocatable: {cpu: "2"}\n  conditions: [{type: Ready, status: "True"}]\n',
      { ready: true, allocatableCpuMilli: 2000 },
    ],
    ['cpu 1500m', 'status:\n  allocatable: {cpu: 1500m}\n  conditions: [{type: Ready, status: "True"}]\n', { allocatableCpuMilli: 1500 }],
    ['cpu "0.5"', 'status:\n  allocatable: {cpu: "0.5"}\n  conditions: [{type: Ready, status: "True"}]\n', { allocatableCpuMilli: 500 }],
    ['NotReady', 'status:\n  allocatable: {cpu: "2"}\n  conditions: [{type: Ready, status: "False"}]\n', { ready: false }],
    [
      'conditions without Ready',
      'status:\n  allocatable: {cpu: "2"}\n  conditions: [{type: MemoryPressure, status: "False"}]\n',
      { ready: false },
    ],
    ['unschedulable', 'spec:\n  unschedulable: true\n', { unschedulable: true }],
  ])('%s', (_name, body, expected) => {
    const { nodes, diagnostics } = decodeYaml(node(body));
    expect(messages(diagnostics, 'error')).toEqual([]);
    expect(nodes[0]).toMatchObject(expected);
  });

  it('reads zone (empty → undefined), role labels and taints', () => {
    const { nodes } = decodeYaml(`${node('')}---
apiVersion: v1
kind: Node
metadata:
  name: cp
  labels:
    topology.kubernetes.io/zone: ""
    node-role.kubernetes.io/master: ""
spec:
  taints:
    - {key: dedicated, value: db, effect: NoExecute}
---
apiVersion: v1
kind: Node
metadata:
  name: w
  labels: {topology.kubernetes.io/zone: zone-a, kubernetes.io/hostname: w}
`);
    expect(nodes[1]).toMatchObject({ controlPlane: true, taints: [{ key: 'dedicated', value: 'db', effect: 'NoExecute' }] });
    expect(nodes[1]!.zone).toBeUndefined();
    expect(nodes[2]).toMatchObject({ zone: 'zone-a', controlPlane: false });
  });

  it('says what it assumed in one info at metadata.name', () => {
    const { diagnostics } = decodeYaml(node(''));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'info', line: 4, column: 9 });
    expect(diagnostics[0]!.message).toBe('Node n1 has no status; the playground assumes Ready=True and allocatable cpu "4" (4000m)');
  });

  it('refuses bad taints and CPU quantities with the API server’s words', () => {
    const { nodes, diagnostics } = decodeYaml(
      node('spec:\n  taints: [{key: a, effect: Sometimes}]\nstatus:\n  allocatable: {cpu: lots}\n'),
    );
    expect(nodes).toEqual([]);
    const errors = messages(diagnostics, 'error');
    expect(errors[0]).toContain(
      'spec.taints[0].effect: Unsupported value: "Sometimes": supported values: "NoExecute", "NoSchedule", "PreferNoSchedule"',
    );
    expect(errors[1]).toBe(
      `status.allocatable[cpu]: Invalid value: "lots": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
    );
  });
});
