import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareEndpointKeys, endpointsForServicePort } from '../../../src/engine/proxy/endpointSliceCache';
import { endpointKey } from '../../../src/engine/proxy/proxyEndpoint';
import { defaultGates } from '../../../src/engine/version';
import { proxyEndpoint, slice, sliceEndpoint } from './fixtures';

const gates34 = defaultGates('1.34');
const port = { protocol: 'TCP' as const, port: 80, targetPort: 8080 };

describe('endpointsForServicePort', () => {
  it('applies kube-proxy defaults: missing ready/serving ⇒ true, missing terminating ⇒ false', () => {
    const s = slice('web', [{ addresses: ['10.0.0.1'], conditions: {} }]);
    const [ep] = endpointsForServicePort([s], port, gates34).endpoints;
    expect(ep).toMatchObject({ ready: true, serving: true, terminating: false, key: '10.0.0.1:8080' });
  });

  it('matches slice ports by name and protocol', () => {
    const s = slice('web', [sliceEndpoint('10.0.0.1')], 'web-1', [
      { name: 'http', port: 8080, protocol: 'TCP' },
      { name: 'metrics', port: 9090, protocol: 'TCP' },
    ]);
    expect(endpointsForServicePort([s], { ...port, name: 'metrics' }, gates34).endpoints.map((e) => e.port)).toEqual([9090]);
    expect(endpointsForServicePort([s], { ...port, name: 'other' }, gates34).endpoints).toEqual([]);
    expect(endpointsForServicePort([s], { ...port, name: 'http', protocol: 'UDP' }, gates34).endpoints).toEqual([]);
  });

  it('sorts by the "IP:port" string, as kube-proxy does ("10.0.0.10:8080" < "10.0.0.1:8080" < "10.0.0.2:8080")', () => {
    const s = slice('web', [sliceEndpoint('10.0.0.2'), sliceEndpoint('10.0.0.10'), sliceEndpoint('10.0.0.1')]);
    expect(endpointsForServicePort([s], port, gates34).endpoints.map((e) => e.ip)).toEqual(['10.0.0.10', '10.0.0.1', '10.0.0.2']);
  });

  it('keeps a non-terminating copy of an IP:port listed in two slices', () => {
    const a = slice('web', [sliceEndpoint('10.0.0.1', { ready: false, serving: true, terminating: true })], 'web-a');
    const b = slice('web', [sliceEndpoint('10.0.0.1', { ready: true })], 'web-b');
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      const eps = endpointsForServicePort(order, port, gates34).endpoints;
      expect(eps).toHaveLength(1);
      expect(eps[0]!.terminating).toBe(false);
    }
  });

  it('ignores forNodes hints when the PreferSameTrafficDistribution gate is off', () => {
    const s = slice('web', [sliceEndpoint('10.0.0.1', { node: 'n1', zone: 'z', forZones: ['z'], forNodes: ['n1'] })]);
    const on = endpointsForServicePort([s], port, gates34);
    expect(on.endpoints[0]!.nodeHints).toEqual(['n1']);
    expect(on.ignoredNodeHints).toBe(false);
    const off = endpointsForServicePort([s], port, defaultGates('1.33'));
    expect(off.endpoints[0]!.nodeHints).toEqual([]);
    expect(off.endpoints[0]!.zoneHints).toEqual(['z']);
    expect(off.ignoredNodeHints).toBe(true);
  });

  it('names endpoints by their pod and skips FQDN slices', () => {
    const s = slice('web', [sliceEndpoint('10.0.0.1', { pod: 'web-1' })]);
    const fqdn = { ...slice('web', [sliceEndpoint('example.com')], 'web-fqdn'), addressType: 'FQDN' as const };
    expect(endpointsForServicePort([s, fqdn], port, gates34).endpoints.map((e) => e.pod)).toEqual(['default/web-1']);
  });
});

describe('endpointsForServicePort with an IP:port listed more than once', () => {
  it('keeps the first copy read, unless it is terminating and a later one is not', () => {
    const term = (pod: string) => sliceEndpoint('10.0.0.1', { ready: false, serving: true, terminating: true, pod });
    const ready = (pod: string) => sliceEndpoint('10.0.0.1', { ready: true, pod });
    const pick = (...eps: ReturnType<typeof sliceEndpoint>[]) =>
      endpointsForServicePort([slice('web', [...eps, sliceEndpoint('10.0.0.2', { pod: 'other' })])], port, gates34).endpoints.map(
        (e) => e.pod,
      );
    expect(pick(ready('a'), ready('b'))).toEqual(['default/a', 'default/other']);
    expect(pick(term('a'), term('b'), ready('c'), ready('d'))).toEqual(['default/c', 'default/other']);
    expect(pick(ready('a'), term('b'))).toEqual(['default/a', 'default/other']);
    expect(pick(term('a'), term('b'))).toEqual(['default/a', 'default/other']);
  });

  it('resolves copies across slices in slice-name order', () => {
    const first = slice('web', [sliceEndpoint('10.0.0.1', { ready: true, pod: 'from-a' })], 'web-a');
    const second = slice('web', [sliceEndpoint('10.0.0.1', { ready: true, pod: 'from-b' })], 'web-b');
    for (const order of [
      [first, second],
      [second, first],
    ]) {
      expect(endpointsForServicePort(order, port, gates34).endpoints.map((e) => e.pod)).toEqual(['default/from-a']);
    }
  });
});

describe('compareEndpointKeys', () => {
  const endpoint = (ip: string, port: number) => ({ ...proxyEndpoint('0.0.0.0:1'), ip, port, key: endpointKey(ip, port) });
  const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
  const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));
  const ipv6 = fc.tuple(fc.nat(0xffff), fc.nat(0xffff)).map(([a, b]) => `fd00::${a.toString(16)}:${b.toString(16)}`);
  const ip = fc.oneof(ipv4, ipv4, ipv6);
  const port = fc.oneof(fc.constantFrom(80, 8080, 443, 9), fc.integer({ min: 1, max: 65535 }));

  it('orders endpoints exactly as their "IP:port" strings', () => {
    fc.assert(
      fc.property(ip, port, ip, port, (ipA, portA, ipB, portB) => {
        const a = endpoint(ipA, portA);
        const b = endpoint(ipB, portB);
        const byKey = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
        expect(sign(compareEndpointKeys(a, b))).toBe(byKey);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles an address that is a prefix of another, and ports compared as text', () => {
    expect(compareEndpointKeys(endpoint('10.0.0.10', 8080), endpoint('10.0.0.1', 8080))).toBeLessThan(0);
    expect(compareEndpointKeys(endpoint('10.0.0.1', 9), endpoint('10.0.0.1', 80))).toBeGreaterThan(0);
    expect(compareEndpointKeys(endpoint('10.0.0.1', 80), endpoint('10.0.0.1', 80))).toBe(0);
  });
});
