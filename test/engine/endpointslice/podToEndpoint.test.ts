import { describe, expect, it } from 'vitest';
import { ipFamilyOf, podToEndpoint } from '../../../src/engine/endpointslice/podToEndpoint';
import { makeNode, makePod, makeService } from './fixtures';

// Ported from k8s.io/endpointslice utils_test.go TestPodToEndpoint.
describe('podToEndpoint', () => {
  const svc = makeService('foo', { namespace: 'test' });
  const publish = makeService('publishnotready', { namespace: 'test', publishNotReadyAddresses: true });
  const node1 = makeNode('node-1', { zone: 'us-central1-a' });
  const pod = (ready: boolean, terminating: boolean, ips = ['1.2.3.5']) =>
    makePod('pod1', { namespace: 'test', node: 'node-1', ips, ready, terminating });

  const cases = [
    { name: 'Ready pod', pod: pod(true, false), svc, conditions: { ready: true, serving: true, terminating: false } },
    {
      name: 'Ready pod + publishNotReadyAddresses',
      pod: pod(true, false),
      svc: publish,
      conditions: { ready: true, serving: true, terminating: false },
    },
    { name: 'Unready pod', pod: pod(false, false), svc, conditions: { ready: false, serving: false, terminating: false } },
    {
      name: 'Unready pod + publishNotReadyAddresses',
      pod: pod(false, false),
      svc: publish,
      conditions: { ready: true, serving: false, terminating: false },
    },
    { name: 'Ready terminating pod', pod: pod(true, true), svc, conditions: { ready: false, serving: true, terminating: true } },
    { name: 'Not ready terminating pod', pod: pod(false, true), svc, conditions: { ready: false, serving: false, terminating: true } },
    {
      name: 'Ready terminating pod + publishNotReadyAddresses',
      pod: pod(true, true),
      svc: publish,
      conditions: { ready: true, serving: true, terminating: true },
    },
    {
      name: 'Not ready terminating pod + publishNotReadyAddresses',
      pod: pod(false, true),
      svc: publish,
      conditions: { ready: true, serving: false, terminating: true },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(podToEndpoint(c.pod, undefined, c.svc, 'IPv4')).toEqual({
        addresses: ['1.2.3.5'],
        conditions: c.conditions,
        nodeName: 'node-1',
        targetRef: { kind: 'Pod', namespace: 'test', name: 'pod1' },
      });
    });
  }

  it('Ready pod + node labels: zone from the node', () => {
    expect(podToEndpoint(pod(true, false), node1, svc, 'IPv4').zone).toBe('us-central1-a');
  });

  it('omits the zone when the node has none', () => {
    expect(podToEndpoint(pod(true, false), makeNode('node-1'), svc, 'IPv4')).not.toHaveProperty('zone');
  });

  it('Multi IP Ready pod: only the addresses of the slice family', () => {
    const multi = pod(true, false, ['1.2.3.4', '1234::5678:0000:0000:9abc:def0']);
    expect(podToEndpoint(multi, node1, svc, 'IPv4').addresses).toEqual(['1.2.3.4']);
    expect(podToEndpoint(multi, node1, svc, 'IPv6').addresses).toEqual(['1234::5678:0000:0000:9abc:def0']);
  });

  it("shares what endpoints cannot differ in: one conditions object per combination, a single-stack pod's own IP list", () => {
    const a = pod(true, false);
    const endpoint = podToEndpoint(a, node1, svc, 'IPv4');
    expect(endpoint.addresses).toBe(a.status.podIPs);
    expect(podToEndpoint(pod(true, false), node1, svc, 'IPv4').conditions).toBe(endpoint.conditions);
    expect(podToEndpoint(pod(false, false), node1, svc, 'IPv4').conditions).not.toBe(endpoint.conditions);
    expect(Object.isFrozen(endpoint.conditions)).toBe(true);
  });

  it('ipFamilyOf', () => {
    expect(ipFamilyOf('10.0.0.1')).toBe('IPv4');
    expect(ipFamilyOf('fd00::1')).toBe('IPv6');
  });
});
