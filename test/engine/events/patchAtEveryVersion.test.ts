import { describe, expect, it } from 'vitest';
import { decodeCluster } from '../../../src/engine/decode/decodeCluster';
import { simulateCluster } from '../../../src/engine/events';
import { parseManifests } from '../../../src/engine/parse/parseManifests';
import { defaultGates, gatesAsOverrides, SUPPORTED_VERSIONS } from '../../../src/engine/version';
import { at, seedDemoFiles } from './clusters';

// A patched or applied object is decoded again with the cluster's gates. Written back as a
// --feature-gates flag, those must name only the gates the version knows: 1.36 removed
// TopologyAwareHints and ServiceTrafficDistribution, and naming them refused every patch.
describe.each(SUPPORTED_VERSIONS)('Kubernetes %s', (version) => {
  const base = decodeCluster(parseManifests(seedDemoFiles()).documents, { version }).cluster;

  it('accepts kubectl patch on a Service and a Deployment, and kubectl apply', () => {
    const result = simulateCluster(
      base,
      [
        at(1, { type: 'service.patch', service: 'default/echo-svc', patch: { spec: { internalTrafficPolicy: 'Local' } } }),
        at(2, { type: 'deployment.patch', deployment: 'default/echo', patch: { spec: { minReadySeconds: 5 } } }),
        at(3, {
          type: 'apply',
          file: 'extra.yaml',
          text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: extra\nspec:\n  selector:\n    app: echo\n  ports:\n  - port: 81\n',
        }),
      ],
      10,
    );
    expect(result.diagnostics.map((d) => d.message)).toEqual([]);
    expect(result.cluster.services.find((s) => s.metadata.name === 'echo-svc')!.internalTrafficPolicy).toBe('Local');
    expect(result.cluster.services.map((s) => s.metadata.name)).toContain('extra');
  });

  it('writes the gates back as overrides that give the same gates', () => {
    const gates = defaultGates(version);
    const decoded = decodeCluster([], { version, featureGates: gatesAsOverrides(gates, version) });
    expect(decoded.diagnostics).toEqual([]);
    expect(decoded.cluster.controlPlaneGates).toEqual(gates);
  });
});
