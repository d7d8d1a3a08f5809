import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCluster } from '../../../src/engine/decode/decodeCluster';
import { documentsFromObjects } from '../../../src/engine/parse/documentsFromObjects';
import { parseManifests } from '../../../src/engine/parse/parseManifests';

const kinds = fc.constantFrom(
  'Node',
  'Pod',
  'Deployment',
  'Service',
  'EndpointSlice',
  'KubeProxyConfiguration',
  'List',
  'PodList',
  'Namespace',
);
const apiVersions = fc.constantFrom('v1', 'apps/v1', 'discovery.k8s.io/v1', 'kubeproxy.config.k8s.io/v1alpha1', 'x/v9');
const versions = fc.constantFrom('1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36' as const);
const anyValue = fc.jsonValue({ maxDepth: 4 });
/** Objects shaped like manifests but with arbitrary values (wrong types everywhere). */
const manifestish = fc.record(
  {
    apiVersion: fc.oneof(apiVersions, anyValue),
    kind: fc.oneof(kinds, anyValue),
    metadata: fc.oneof(
      fc.record({ name: fc.oneof(fc.string(), anyValue), namespace: anyValue, labels: anyValue }, { requiredKeys: [] }),
      anyValue,
    ),
    spec: fc.oneof(
      fc.record(
        {
          ports: fc.oneof(fc.array(fc.record({ port: anyValue, targetPort: anyValue, nodePort: anyValue, protocol: anyValue })), anyValue),
          type: fc.oneof(fc.constantFrom('NodePort', 'LoadBalancer', 'ClusterIP'), anyValue),
          selector: anyValue,
          containers: anyValue,
          template: anyValue,
          taints: anyValue,
        },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
    status: anyValue,
    items: anyValue,
    endpoints: anyValue,
    featureGates: anyValue,
  },
  { requiredKeys: [] },
);

// Hundreds of generated clusters per property: seconds of work, more on a busy machine.
describe('the parse and decode stage never throws', { timeout: 60_000 }, () => {
  it('on arbitrary manifest-like objects', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(manifestish, anyValue), { maxLength: 6 }), versions, (objects, version) => {
        const { diagnostics, cluster } = decodeCluster(documentsFromObjects(objects), { version });
        expect(Array.isArray(diagnostics)).toBe(true);
        expect(cluster.version).toBe(version);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text, and on YAML renderings of arbitrary objects', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(manifestish, { maxLength: 3 }).map((objects) => objects.map((o) => JSON.stringify(o)).join('\n---\n')),
        ),
        (text) => {
          const parsed = parseManifests([{ name: 'fuzz.yaml', text }]);
          const decoded = decodeCluster(parsed.documents, { version: '1.34', featureGates: { Bogus: true } });
          for (const d of [...parsed.diagnostics, ...decoded.diagnostics]) {
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(typeof d.message).toBe('string');
          }
        },
      ),
      { numRuns: 300 },
    );
    // 300 parses take about 4 s on a quiet machine: the default 5 s is too close under load.
  }, 30_000);
});
