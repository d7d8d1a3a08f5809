import { describe, expect, it } from 'vitest';
import { supportedTrafficDistributions } from '../../../src/engine/validation/trafficDistribution';
import { applyGateOverrides, defaultGates, SUPPORTED_VERSIONS } from '../../../src/engine/version';

describe('supportedTrafficDistributions', () => {
  it.each([
    ['1.30', undefined],
    ['1.31', ['PreferClose']],
    ['1.32', ['PreferClose']],
    ['1.33', ['PreferClose']],
    ['1.34', ['PreferClose', 'PreferSameZone', 'PreferSameNode']],
    ['1.35', ['PreferClose', 'PreferSameZone', 'PreferSameNode']],
    ['1.36', ['PreferClose', 'PreferSameZone', 'PreferSameNode']],
  ] as const)('%s with default gates', (version, expected) => {
    expect(supportedTrafficDistributions(version, defaultGates(version))).toEqual(expected);
  });

  it('follows gate overrides', () => {
    expect(supportedTrafficDistributions('1.33', applyGateOverrides('1.33', { PreferSameTrafficDistribution: true }).gates)).toHaveLength(
      3,
    );
    expect(supportedTrafficDistributions('1.31', applyGateOverrides('1.31', { ServiceTrafficDistribution: false }).gates)).toBeUndefined();
  });

  it('covers every modelled version', () => {
    for (const version of SUPPORTED_VERSIONS) expect(() => supportedTrafficDistributions(version, defaultGates(version))).not.toThrow();
  });
});
