import { describe, expect, it } from 'vitest';
import { ClusterIPAllocator, LoadBalancerVIPAllocator, NodePortAllocator } from '../../../src/engine/decode/allocators';

describe('allocators', () => {
  it('accepts the well-known cluster IPs when asked for, but never hands them out', () => {
    const ips = new ClusterIPAllocator();
    expect(ips.reserve('10.96.0.1')).toBe('ok');
    expect(ips.reserve('10.96.0.10')).toBe('ok');
    expect(ips.reserve('10.96.0.1')).toBe('taken');
    expect(ips.reserve('10.96.0.0')).toBe('out-of-range');
    expect(ips.reserve('10.111.255.255')).toBe('out-of-range');
    expect(ips.reserve('10.112.0.1')).toBe('out-of-range');
    const handed = Array.from({ length: 2000 }, (_, i) => ips.allocate(`ns/s${i}`));
    expect(new Set(handed).size).toBe(2000);
    expect(handed).not.toContain('10.96.0.1');
    expect(handed).not.toContain('10.96.0.10');
  });

  it('gives a key the same choice regardless of other keys', () => {
    const a = new ClusterIPAllocator();
    const b = new ClusterIPAllocator();
    b.allocate('ns/other');
    expect(a.allocate('ns/web')).toBe(b.allocate('ns/web'));
  });

  it('fills the node port range completely, then reports it full', () => {
    const ports = new NodePortAllocator();
    const got = new Set<number>();
    for (let i = 0; i < 2768; i++) got.add(ports.allocate(`k${i}`)!);
    expect(got.size).toBe(2768);
    expect(Math.min(...got)).toBe(30000);
    expect(Math.max(...got)).toBe(32767);
    expect(ports.allocate('one-more')).toBeUndefined();
    expect(ports.reserve(30500)).toBe('taken');
    expect(ports.reserve(80)).toBe('out-of-range');
  });

  it('hands out load-balancer VIPs from 198.18.0.0/15', () => {
    expect(new LoadBalancerVIPAllocator().allocate('default/web')).toMatch(/^198\.1[89]\.\d+\.\d+$/);
  });
});
