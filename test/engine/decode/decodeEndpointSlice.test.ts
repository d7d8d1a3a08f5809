import { describe, expect, it } from 'vitest';
import { decodeYaml, messages } from './decodeHelpers';

const slice = (endpoints: string, labels = '    kubernetes.io/service-name: web\n') => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-abc
  labels:
${labels}addressType: IPv4
ports: [{name: http, port: 8080}]
endpoints:
${endpoints}`;

const endpoint = `  - addresses: [10.244.1.5]
    conditions: {ready: true, serving: true, terminating: false}
    nodeName: n1
    zone: zone-a
    targetRef: {kind: Pod, name: web-1}
    hints:
      forZones: [{name: zone-a}]
      forNodes: [{name: n1}]
`;

describe('decodeEndpointSlice', () => {
  it('keeps the discovery/v1 object, normalised', () => {
    const { endpointSlices, diagnostics } = decodeYaml(slice(endpoint), '1.34');
    expect(diagnostics).toEqual([]);
    expect(endpointSlices[0]!.slice).toEqual({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'web-abc', namespace: 'default', labels: { 'kubernetes.io/service-name': 'web' } },
      addressType: 'IPv4',
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      endpoints: [
        {
          addresses: ['10.244.1.5'],
          conditions: { ready: true, serving: true, terminating: false },
          nodeName: 'n1',
          zone: 'zone-a',
          targetRef: { kind: 'Pod', namespace: 'default', name: 'web-1' },
          hints: { forZones: [{ name: 'zone-a' }], forNodes: [{ name: 'n1' }] },
        },
      ],
    });
    expect(endpointSlices[0]!.source.file).toBe('test.yaml');
  });

  it('drops forNodes on write while PreferSameTrafficDistribution is off (1.33 default)', () => {
    const { endpointSlices, diagnostics } = decodeYaml(slice(endpoint), '1.33');
    expect(endpointSlices[0]!.slice.endpoints[0]!.hints).toEqual({ forZones: [{ name: 'zone-a' }] });
    expect(messages(diagnostics, 'warning')).toEqual([
      'hints.forNodes: dropped on write: the PreferSameTrafficDistribution feature gate is disabled on the API server',
    ]);
  });

  it('ignores a slice without the kubernetes.io/service-name label, with a warning', () => {
    const { endpointSlices, diagnostics } = decodeYaml(slice(endpoint, '    app: web\n'));
    expect(endpointSlices).toEqual([]);
    expect(messages(diagnostics, 'warning')).toEqual([
      'EndpointSlice default/web-abc has no kubernetes.io/service-name label, so no Service uses it; ignored',
    ]);
  });

  it('allows at most 8 zone hints', () => {
    const zones = Array.from({ length: 9 }, (_, i) => `{name: z${i}}`).join(', ');
    const { endpointSlices, diagnostics } = decodeYaml(slice(`  - addresses: [10.0.0.1]\n    hints: {forZones: [${zones}]}\n`));
    expect(endpointSlices).toEqual([]);
    expect(messages(diagnostics, 'error')[0]).toContain('endpoints[0].hints.forZones: Too many: 9: must have at most 8 items');
  });

  it('requires addresses and a supported addressType', () => {
    const { diagnostics } = decodeYaml(slice('  - conditions: {ready: true}\n').replace('addressType: IPv4', 'addressType: IPv5'));
    const errors = messages(diagnostics, 'error');
    expect(errors[0]).toContain('addressType: Unsupported value: "IPv5": supported values: "FQDN", "IPv4", "IPv6"');
    expect(errors[1]).toBe('endpoints[0].addresses: Required value: must contain at least 1 address');
  });
});
