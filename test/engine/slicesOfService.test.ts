import { describe, expect, it } from 'vitest';
import type { EndpointSlice } from '../../src/engine/model';
import { slicesOfService } from '../../src/engine/slicesOfService';

const slice = (namespace: string, name: string, service?: string): EndpointSlice =>
  ({
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { namespace, name, labels: service ? { 'kubernetes.io/service-name': service } : {} },
    addressType: 'IPv4',
    endpoints: [],
    ports: [],
  }) as EndpointSlice;

describe('slicesOfService', () => {
  const endpointSlices = [
    slice('default', 'web-a', 'web'),
    slice('shop', 'web-b', 'web'),
    slice('default', 'web-c', 'web'),
    slice('default', 'orphan'),
  ];
  const report = { endpointSlices };

  it("finds a Service's slices by namespace and service-name label, in report order", () => {
    expect(slicesOfService(report, 'default/web').map((s) => s.metadata.name)).toEqual(['web-a', 'web-c']);
    expect(slicesOfService(report, 'shop/web').map((s) => s.metadata.name)).toEqual(['web-b']);
    expect(slicesOfService(report, 'default/none')).toEqual([]);
  });

  it('answers a new slice list anew', () => {
    expect(slicesOfService({ endpointSlices: [slice('default', 'x', 'web')] }, 'default/web').map((s) => s.metadata.name)).toEqual(['x']);
  });
});
