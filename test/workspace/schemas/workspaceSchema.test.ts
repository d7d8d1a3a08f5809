import { describe, expect, it } from 'vitest';
import { workspaceSchema } from '../../../src/workspace/schemas/workspaceSchema';
import { supportedTrafficDistributions } from '../../../src/engine/validation/trafficDistribution';
import { applyGateOverrides, defaultGates, type FeatureGates, type KubeVersion } from '../../../src/engine/version';

function trafficDistributionEnum(version: KubeVersion, gates?: FeatureGates) {
  return workspaceSchema(version, gates).definitions!.Service!.properties!.spec!.properties!.trafficDistribution!.enum;
}

describe('workspaceSchema', () => {
  it('offers only the trafficDistribution values the version accepts', () => {
    expect(trafficDistributionEnum('1.30')).toBeUndefined();
    expect(trafficDistributionEnum('1.32')).toEqual(['PreferClose']);
    expect(trafficDistributionEnum('1.33')).toEqual(['PreferClose']);
    expect(trafficDistributionEnum('1.34')).toEqual(['PreferClose', 'PreferSameZone', 'PreferSameNode']);
    expect(trafficDistributionEnum('1.36')).toEqual(supportedTrafficDistributions('1.36', defaultGates('1.36')));
  });

  it('follows the control plane\'s gate overrides', () => {
    expect(trafficDistributionEnum('1.33', applyGateOverrides('1.33', { PreferSameTrafficDistribution: true }).gates)).toEqual([
      'PreferClose',
      'PreferSameZone',
      'PreferSameNode',
    ]);
    expect(trafficDistributionEnum('1.30', applyGateOverrides('1.30', { ServiceTrafficDistribution: true }).gates)).toEqual(['PreferClose']);
    expect(trafficDistributionEnum('1.34', applyGateOverrides('1.34', { PreferSameTrafficDistribution: false }).gates)).toEqual(['PreferClose']);
  });

  it('dispatches on kind for every kind the engine reads, and for List items', () => {
    const schema = workspaceSchema('1.34');
    const kinds = schema.allOf!.map((s) => s.if!.properties!.kind!.const);
    expect(kinds).toEqual(['Node', 'Pod', 'Deployment', 'Service', 'EndpointSlice', 'KubeProxyConfiguration', 'List']);
    for (const kind of kinds.slice(0, -1)) expect(schema.definitions![kind!]).toBeDefined();
    expect(JSON.stringify(schema)).not.toContain('http');
  });
});
