import { describe, expect, it } from 'vitest';
import { PodIpAllocator, podCidrPrefix } from '../../../src/engine/scheduler/podIPs';

describe('podCidrPrefix', () => {
  it('gives node i the block 10.244.i.0/24 and skips the Service range 10.96.0.0/12 later', () => {
    expect(podCidrPrefix(0)).toBe('10.244.0');
    expect(podCidrPrefix(2)).toBe('10.244.2');
    expect(podCidrPrefix(256)).toBe('10.245.0');
    expect(podCidrPrefix(12 * 256 - 1)).toBe('10.255.255');
    expect(podCidrPrefix(12 * 256)).toBe('10.0.0');
    expect(podCidrPrefix(12 * 256 + 96 * 256)).toBe('10.112.0');
  });
});

describe('PodIpAllocator', () => {
  it('hands out .2, .3, … per node and skips addresses users gave', () => {
    const ips = new PodIpAllocator(3, () => new Set(['10.244.1.3']));
    expect(ips.next(1)).toBe('10.244.1.2');
    expect(ips.next(1)).toBe('10.244.1.4');
    expect(ips.next(0)).toBe('10.244.0.2');
    expect(ips.cidr(2)).toBe('10.244.2.0/24');
  });

  it('continues a full /24 in a spare block after every node’s own', () => {
    const ips = new PodIpAllocator(2, () => new Set());
    const given = Array.from({ length: 254 }, () => ips.next(0));
    expect(given[252]).toBe('10.244.0.254');
    expect(given[253]).toBe('10.244.2.2');
    expect(new Set(given).size).toBe(254);
    expect(ips.next(1)).toBe('10.244.1.2');
  });

  it('asks for the taken addresses only when an IP is needed', () => {
    let asked = 0;
    const ips = new PodIpAllocator(1, () => (asked++, new Set<string>()));
    expect(asked).toBe(0);
    ips.next(0);
    ips.next(0);
    expect(asked).toBe(1);
  });
});

describe('PodIpAllocator with dual-stack nodes', () => {
  it('gives one address per family of the node’s pod CIDRs, in their order, skipping taken ones', () => {
    const ips = new PodIpAllocator(3, () => new Set(['fd00:10:244:1::2']), [
      undefined,
      ['10.244.1.0/24', 'fd00:10:244:1::/64'],
      ['fd00:10:244:2::/64', '10.244.2.0/24'],
    ]);
    expect(ips.nextAll(0)).toEqual(['10.244.0.2']);
    expect(ips.nextAll(1)).toEqual(['10.244.1.2', 'fd00:10:244:1::3']);
    expect(ips.nextAll(1)).toEqual(['10.244.1.3', 'fd00:10:244:1::4']);
    // IPv6 first in spec.podCIDRs: IPv6 is the pod's primary address (status.podIP).
    expect(ips.nextAll(2)).toEqual(['fd00:10:244:2::2', '10.244.2.2']);
    expect(ips.cidrV6(1)).toBe('fd00:10:244:1::/64');
    expect(ips.cidrV6(0)).toBeUndefined();
  });

  it('gives an IPv6-only node’s pods an IPv6 address only', () => {
    const ips = new PodIpAllocator(1, () => new Set(), [['2001:db8:0:7::/64']]);
    expect(ips.nextAll(0)).toEqual(['2001:db8:0:7::2']);
  });
});

describe('PodIpAllocator with written IPv4 pod CIDRs', () => {
  it('hands out the node’s own CIDR (a GKE node’s 10.52.0.0/24), not 10.244.<i>.0/24', () => {
    const ips = new PodIpAllocator(2, () => new Set(['10.52.0.2']), [['10.52.0.0/24'], undefined]);
    expect(ips.next(0)).toBe('10.52.0.3');
    expect(ips.cidr(0)).toBe('10.52.0.0/24');
    expect(ips.next(1)).toBe('10.244.1.2');
  });

  it('never gives one address twice when a written CIDR is another node’s playground block', () => {
    const ips = new PodIpAllocator(2, () => new Set(), [undefined, ['10.244.0.0/24']]);
    const given = [ips.next(0), ips.next(1), ips.next(0), ips.next(1)];
    expect(given).toEqual(['10.244.0.2', '10.244.0.3', '10.244.0.4', '10.244.0.5']);
  });

  it('stops before the broadcast address of a full CIDR and continues in a spare block', () => {
    const ips = new PodIpAllocator(1, () => new Set(), [['10.60.0.0/30']]);
    expect(ips.next(0)).toBe('10.60.0.2');
    expect(ips.next(0)).toBe('10.244.0.2');
  });
});
