import { describe, expect, it } from 'vitest';
import { decodeYaml, messages } from './decodeHelpers';

const deployment = (spec: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
${spec}
  template:
    metadata:
      labels: {app: web, tier: front}
    spec:
      nodeSelector: {topology.kubernetes.io/zone: zone-b}
      containers: [{name: c, ports: [{containerPort: 80}]}]
`;

describe('decodeDeployment', () => {
  it('defaults replicas to 1 and reads selector and template', () => {
    const { deployments, diagnostics } = decodeYaml(
      deployment('  selector:\n    matchLabels: {app: web}\n    matchExpressions: [{key: tier, operator: In, values: [front]}]'),
    );
    expect(diagnostics).toEqual([]);
    expect(deployments[0]).toMatchObject({
      replicas: 1,
      selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['front'] }] },
      template: {
        labels: { app: 'web', tier: 'front' },
        nodeSelector: { 'topology.kubernetes.io/zone': 'zone-b' },
        containerPorts: [{ containerPort: 80 }],
      },
    });
  });

  it.each([
    [
      'selector that does not match',
      '  replicas: 2\n  selector: {matchLabels: {app: api}}',
      'spec.template.metadata.labels: Invalid value: {"app":"web","tier":"front"}: `selector` does not match template `labels`',
    ],
    ['missing selector', '  replicas: 2', 'spec.selector: Required value'],
    ['empty selector', '  selector: {}', 'spec.selector: Invalid value: {}: empty selector is invalid for deployment'],
    [
      'negative replicas',
      '  replicas: -1\n  selector: {matchLabels: {app: web}}',
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    ],
    [
      'replicas as a string',
      '  replicas: "3"\n  selector: {matchLabels: {app: web}}',
      'spec.replicas: Invalid value: "3": cannot unmarshal string into a field of type int32',
    ],
  ])('refuses a %s', (_name, spec, message) => {
    const { deployments, diagnostics } = decodeYaml(deployment(spec));
    expect(deployments).toEqual([]);
    expect(messages(diagnostics, 'error')[0]).toBe(
      `The Deployment "web" is invalid: ${message} (the object is not applied; the API server would refuse it)`,
    );
  });

  it('locates the selector mismatch at the template labels', () => {
    const { diagnostics } = decodeYaml(deployment('  selector: {matchLabels: {app: api}}'));
    expect(diagnostics[0]).toMatchObject({ line: 9, column: 15, path: 'spec.template.metadata.labels' });
  });
});

describe('minReadySeconds, paused and progressDeadlineSeconds', () => {
  const selector = '  selector: {matchLabels: {app: web}}';
  it('default to 0, false and 600, and read as written', () => {
    expect(decodeYaml(deployment(selector)).deployments[0]).toMatchObject({
      minReadySeconds: 0,
      paused: false,
      progressDeadlineSeconds: 600,
    });
    const { deployments, diagnostics } = decodeYaml(
      deployment(`${selector}\n  minReadySeconds: 10\n  paused: true\n  progressDeadlineSeconds: 120`),
    );
    expect(diagnostics).toEqual([]);
    expect(deployments[0]).toMatchObject({ minReadySeconds: 10, paused: true, progressDeadlineSeconds: 120 });
  });

  it.each([
    ['a negative minReadySeconds', '  minReadySeconds: -1', 'spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0'],
    [
      'a deadline not above minReadySeconds',
      '  minReadySeconds: 30\n  progressDeadlineSeconds: 30',
      'spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds',
    ],
    ['a paused that is no bool', '  paused: "yes"', 'spec.paused: Invalid value: "yes": cannot unmarshal string into a field of type bool'],
  ])('refuse %s', (_name, spec, message) => {
    const { deployments, diagnostics } = decodeYaml(deployment(`${selector}\n${spec}`));
    expect(deployments).toEqual([]);
    expect(messages(diagnostics, 'error')[0]).toContain(message);
  });
});
