import { describe, expect, it } from 'vitest';
import { decodeYaml, messages } from './decodeHelpers';

const deployment = (strategy: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
${strategy}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: c}]
`;

describe('decodeDeploymentStrategy', () => {
  it.each([
    ['no strategy: RollingUpdate 25%/25%', '', { type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: '25%' }],
    [
      'ints as written',
      '  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}',
      { type: 'RollingUpdate', maxSurge: 1, maxUnavailable: 0 },
    ],
    [
      'one bound given, the other defaulted',
      '  strategy: {rollingUpdate: {maxUnavailable: "50%"}}',
      { type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: '50%' },
    ],
    ['Recreate', '  strategy: {type: Recreate}', { type: 'Recreate' }],
  ])('%s', (_name, strategy, expected) => {
    const { deployments, diagnostics } = decodeYaml(deployment(strategy));
    expect(diagnostics).toEqual([]);
    expect(deployments[0]!.strategy).toEqual(expected);
  });

  it.each([
    [
      'both bounds 0',
      '{rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}',
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
    ],
    [
      'both bounds 0%',
      '{rollingUpdate: {maxSurge: "0%", maxUnavailable: "0%"}}',
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "0%": may not be 0 when `maxSurge` is 0',
    ],
    [
      'negative maxSurge',
      '{rollingUpdate: {maxSurge: -1}}',
      'spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0',
    ],
    [
      'percent without %',
      '{rollingUpdate: {maxUnavailable: "25"}}',
      "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: \"25\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
    ],
    [
      'maxUnavailable over 100%',
      '{rollingUpdate: {maxUnavailable: "150%"}}',
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%',
    ],
    [
      'fractional maxSurge',
      '{rollingUpdate: {maxSurge: 1.5}}',
      'spec.strategy.rollingUpdate.maxSurge: Invalid value: 1.5: cannot unmarshal number into a field of type int32',
    ],
    [
      'Recreate with rollingUpdate',
      '{type: Recreate, rollingUpdate: {maxSurge: 1}}',
      "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
    ],
    [
      'unknown type',
      '{type: BlueGreen}',
      'spec.strategy.type: Unsupported value: "BlueGreen": supported values: "Recreate", "RollingUpdate"',
    ],
  ])('refuses %s', (_name, strategy, message) => {
    const { deployments, diagnostics } = decodeYaml(deployment(`  strategy: ${strategy}`));
    expect(deployments).toEqual([]);
    expect(messages(diagnostics, 'error')[0]).toBe(
      `The Deployment "web" is invalid: ${message} (the object is not applied; the API server would refuse it)`,
    );
  });

  it('locates the both-zero error at maxUnavailable', () => {
    const { diagnostics } = decodeYaml(deployment('  strategy:\n    rollingUpdate:\n      maxSurge: 0\n      maxUnavailable: 0'));
    expect(diagnostics[0]).toMatchObject({ line: 11, path: 'spec.strategy.rollingUpdate.maxUnavailable' });
  });
});
