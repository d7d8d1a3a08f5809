import { describe, expect, it } from 'vitest';
import { applyGateOverrides, defaultGates, gateSpec } from '../../src/engine/version';
import { versionFacts } from '../../src/engine/versionFacts';

describe('versionFacts', () => {
  it('1.33 with the PreferSame gate off explains why PreferSameNode is refused', () => {
    const text = versionFacts('1.33', '1.33', defaultGates('1.33'), defaultGates('1.33')).join('\n');
    expect(text).toMatch(/PreferSameZone and PreferSameNode need the PreferSameTrafficDistribution gate, which is off/);
    expect(text).toMatch(/no dummy "" hints/);
  });

  it('1.34 control plane with a 1.33 kube-proxy: node hints written but ignored', () => {
    const text = versionFacts('1.34', '1.33', defaultGates('1.34'), defaultGates('1.33')).join('\n');
    expect(text).toMatch(/kube-proxy v1.33 ignores them: PreferSameNode behaves like PreferSameZone/);
    const enabled = applyGateOverrides('1.33', { PreferSameTrafficDistribution: true }).gates;
    expect(versionFacts('1.34', '1.33', defaultGates('1.34'), enabled).join('\n')).not.toMatch(/ignores them/);
  });

  it('1.30–1.32: dummy zone hints and canUseTopology; 1.30 drops the field with its gate off', () => {
    const text = versionFacts('1.30', '1.30', defaultGates('1.30'), defaultGates('1.30')).join('\n');
    expect(text).toMatch(/dropped on write/);
    expect(text).toMatch(/dummy "" hint/);
    expect(text).toMatch(/canUseTopology/);
  });

  it('MaxUnavailableStatefulSet: alpha up to 1.34, beta but off by default in 1.35 and 1.36; the facts say what the controller does', () => {
    expect(gateSpec('MaxUnavailableStatefulSet', '1.30')).toEqual({ stage: 'alpha', default: false, locked: false });
    expect(gateSpec('MaxUnavailableStatefulSet', '1.34')).toEqual({ stage: 'alpha', default: false, locked: false });
    expect(gateSpec('MaxUnavailableStatefulSet', '1.35')).toEqual({ stage: 'beta', default: false, locked: false });
    expect(gateSpec('MaxUnavailableStatefulSet', '1.36')).toEqual({ stage: 'beta', default: false, locked: false });
    const off = versionFacts('1.35', '1.35', defaultGates('1.35'), defaultGates('1.35')).join('\n');
    expect(off).toMatch(/MaxUnavailableStatefulSet is off \(beta, off by default from 1.35.4\): .*maxUnavailable is dropped on write/);
    const on = applyGateOverrides('1.34', { MaxUnavailableStatefulSet: true });
    expect(on.problems).toEqual([]);
    expect(versionFacts('1.34', '1.34', on.gates, defaultGates('1.34')).join('\n')).toMatch(
      /StatefulSet controller v1.34: MaxUnavailableStatefulSet is on: a rolling update replaces up to/,
    );
  });
});
