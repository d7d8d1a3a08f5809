import { describe, expect, it } from 'vitest';
import { decodeYaml, messages } from './decodeHelpers';

const pod = (spec: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: shop
  labels: {app: web}
${extra}spec:
  containers:
    - name: c
      ports:
        - {containerPort: 8080, name: http}
        - {containerPort: 53, protocol: UDP}
${spec}`;

describe('decodePod', () => {
  it('reads placement fields, ports and defaults', () => {
    const { pods, diagnostics } = decodeYaml(
      pod(`  nodeName: n1
  nodeSelector: {disk: ssd}
  terminationGracePeriodSeconds: 5
  tolerations:
    - {key: dedicated, operator: Equal, value: db, effect: NoSchedule}
    - {operator: Exists}
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - {key: topology.kubernetes.io/zone, operator: In, values: [zone-a]}
  topologySpreadConstraints:
    - maxSkew: 1
      topologyKey: topology.kubernetes.io/zone
      whenUnsatisfiable: DoNotSchedule
      labelSelector: {matchLabels: {app: web}}
`),
    );
    expect(messages(diagnostics, 'error')).toEqual([]);
    expect(pods[0]).toMatchObject({
      metadata: { namespace: 'shop', labels: { app: 'web' } },
      spec: {
        nodeName: 'n1',
        nodeSelector: { disk: 'ssd' },
        terminationGracePeriodSeconds: 5,
        tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedule' }, { operator: 'Exists' }],
        requiredNodeAffinity: [{ matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In', values: ['zone-a'] }] }],
        topologySpreadConstraints: [{ maxSkew: 1, whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'web' } } }],
        containerPorts: [
          { name: 'http', containerPort: 8080, protocol: 'TCP' },
          { containerPort: 53, protocol: 'UDP' },
        ],
      },
      status: { phase: 'Running', ready: true, podIPs: [] },
    });
    expect(messages(diagnostics, 'info')).toEqual([
      'Pod shop/p has no status; the playground assumes phase Running (spec.nodeName is n1) and Ready=True',
    ]);
  });

  it('keeps the given status: phase, IPs, Ready condition, deletionTimestamp', () => {
    const { pods, diagnostics } = decodeYaml(
      pod('', '  deletionTimestamp: "2024-01-01T00:00:00Z"\n') +
        `status:
  phase: Running
  podIP: 10.244.1.5
  podIPs: [{ip: 10.244.1.5}, {ip: "fd00::5"}]
  conditions:
    - {type: Ready, status: "False"}
`,
    );
    expect(diagnostics).toEqual([]);
    expect(pods[0]).toMatchObject({
      metadata: { deletionTimestamp: '2024-01-01T00:00:00Z' },
      status: { phase: 'Running', ready: false, podIPs: ['10.244.1.5', 'fd00::5'] },
    });
    expect(pods[0]!.spec.nodeName).toBeUndefined();
  });

  it('a pod without nodeName waits for the scheduler', () => {
    const { pods } = decodeYaml(pod(''));
    expect(pods[0]!.status.phase).toBe('Pending');
  });

  it.each([
    [
      'containerPort range',
      '    - name: d\n      ports: [{containerPort: 70000}]\n',
      'spec.containers[1].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ],
    [
      'toleration operator',
      '  tolerations: [{key: a, operator: Maybe}]\n',
      'spec.tolerations[0].operator: Unsupported value: "Maybe": supported values: "Equal", "Exists"',
    ],
    [
      'spread maxSkew',
      '  topologySpreadConstraints: [{maxSkew: 0, topologyKey: k, whenUnsatisfiable: DoNotSchedule}]\n',
      'spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero',
    ],
    [
      'node affinity operator',
      '  affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: k, operator: Near}]}]}}}\n',
      'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: Invalid value: "Near": not a valid selector operator',
    ],
    [
      'a node field other than metadata.name',
      '  affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchFields: [{key: metadata.labels, operator: In, values: [a]}]}]}}}\n',
      'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].key: Invalid value: "metadata.labels": not a valid field selector key',
    ],
    [
      'two node names in one field requirement',
      '  affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchFields: [{key: metadata.name, operator: In, values: [a, b]}]}]}}}\n',
      "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].values: Required value: must be only one value when `operator` is 'In' or 'NotIn' for node field selector",
    ],
    [
      'Exists on a node field',
      '  affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchFields: [{key: metadata.name, operator: Exists}]}]}}}\n',
      'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].operator: Invalid value: "Exists": not a valid selector operator',
    ],
    ['label value type', '', 'metadata.labels[version]: Invalid value: 2: cannot unmarshal number into a field of type string'],
  ])('refuses %s', (_name, spec, message) => {
    const text = _name === 'label value type' ? pod('').replace('labels: {app: web}', 'labels: {app: web, version: 2}') : pod(spec);
    const { pods, diagnostics } = decodeYaml(text);
    expect(pods).toEqual([]);
    const errors = messages(diagnostics, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBe(`The Pod "p" is invalid: ${message} (the object is not applied; the API server would refuse it)`);
  });

  it("reads a DaemonSet pod's matchFields term from a cluster dump", () => {
    const { pods, diagnostics } = decodeYaml(
      pod(`  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchFields:
              - {key: metadata.name, operator: In, values: [node-a1]}
`),
    );
    expect(messages(diagnostics, 'error')).toEqual([]);
    expect(pods[0]!.spec.requiredNodeAffinity).toEqual([
      { matchExpressions: [], matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-a1'] }] },
    ]);
  });

  it('requires containers and a valid name', () => {
    const { diagnostics } = decodeYaml('apiVersion: v1\nkind: Pod\nmetadata:\n  name: Bad_Name\nspec: {}\n');
    const errors = messages(diagnostics, 'error');
    expect(errors[0]).toMatch(
      /^The Pod "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of/,
    );
    expect(errors[1]).toBe('spec.containers: Required value');
  });
});
