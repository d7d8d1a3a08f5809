import { describe, expect, it } from 'vitest';
import { decodeYaml, messages } from './decodeHelpers';

const budget = (spec: string, apiVersion = 'policy/v1') => `apiVersion: ${apiVersion}
kind: PodDisruptionBudget
metadata:
  name: echo
spec:
${spec}
`;

describe('decodePodDisruptionBudget', () => {
  it.each([
    [
      'an int minAvailable and a selector',
      '  minAvailable: 1\n  selector: {matchLabels: {app: echo}}',
      { minAvailable: 1, selector: { matchLabels: { app: 'echo' }, matchExpressions: [] }, unhealthyPodEvictionPolicy: 'IfHealthyBudget' },
    ],
    ['a percent maxUnavailable', '  maxUnavailable: "25%"\n  selector: {matchLabels: {app: echo}}', { maxUnavailable: '25%' }],
    [
      'AlwaysAllow',
      '  maxUnavailable: 1\n  unhealthyPodEvictionPolicy: AlwaysAllow\n  selector: {}',
      { unhealthyPodEvictionPolicy: 'AlwaysAllow', selector: { matchLabels: {}, matchExpressions: [] } },
    ],
  ])('%s', (_name, spec, expected) => {
    const { podDisruptionBudgets, diagnostics } = decodeYaml(budget(spec));
    expect(messages(diagnostics)).toEqual([]);
    expect(podDisruptionBudgets).toHaveLength(1);
    expect(podDisruptionBudgets[0]).toMatchObject({ metadata: { name: 'echo', namespace: 'default' }, ...expected });
  });

  it('keeps no selector as none (it selects no pod)', () => {
    const { podDisruptionBudgets } = decodeYaml(budget('  minAvailable: 1'));
    expect(podDisruptionBudgets[0]!.selector).toBeUndefined();
  });

  it.each([
    [
      'both bounds',
      '  minAvailable: 1\n  maxUnavailable: 1',
      /^The PodDisruptionBudget "echo" is invalid: spec: Invalid value: \{"minAvailable":1,"maxUnavailable":1\}: minAvailable and maxUnavailable cannot be both set/,
    ],
    ['a negative int', '  minAvailable: -1', /spec\.minAvailable: Invalid value: -1: must be greater than or equal to 0/],
    [
      'a fractional number',
      '  maxUnavailable: 1.5',
      /spec\.maxUnavailable: Invalid value: 1\.5: cannot unmarshal number into a field of type int32/,
    ],
    ['a list', '  minAvailable: [1]', /spec\.minAvailable: Invalid value: \[1\]: cannot unmarshal array into a field of type int32/],
    ['a percent over 100', '  maxUnavailable: "150%"', /spec\.maxUnavailable: Invalid value: "150%": must not be greater than 100%/],
    ['a string that is no percent', '  minAvailable: "half"', /spec\.minAvailable: Invalid value: "half": a valid percent string must be/],
    [
      'an unknown policy',
      '  minAvailable: 1\n  unhealthyPodEvictionPolicy: Sometimes',
      /spec\.unhealthyPodEvictionPolicy: Unsupported value: "Sometimes": supported values: "AlwaysAllow", "IfHealthyBudget"/,
    ],
  ])('refuses %s, in the API server’s words', (_name, spec, message) => {
    const { podDisruptionBudgets, diagnostics } = decodeYaml(budget(spec));
    expect(podDisruptionBudgets).toEqual([]);
    expect(messages(diagnostics, 'error')[0]).toMatch(message);
    expect(diagnostics[0]!.line).toBeGreaterThan(1);
  });

  it('is served at policy/v1 only', () => {
    const { podDisruptionBudgets, diagnostics } = decodeYaml(budget('  minAvailable: 1', 'policy/v1beta1'));
    expect(podDisruptionBudgets).toEqual([]);
    expect(messages(diagnostics, 'error')[0]).toMatch(/no matches for kind "PodDisruptionBudget" in version "policy\/v1beta1"/);
  });
});
