/**
 * Deterministic stand-ins for the API server's allocators: cluster IPs from 10.96.0.0/12,
 * node ports from 30000–32767, and load-balancer VIPs for LoadBalancers without status.
 * Each object's first choice comes from a hash of its key, so editing one Service never
 * renumbers the others; collisions probe to the next free value.
 */
import { hashString } from '../random';
import { formatIPv4, parseIPv4 } from '../validation/ipAddress';

export const SERVICE_CIDR = '10.96.0.0/12';
export const NODE_PORT_RANGE = { min: 30000, max: 32767 } as const;
/** 198.18.0.0/15, the benchmarking range: never a real address, clearly "made up". */
export const LB_VIP_CIDR = '198.18.0.0/15';

const SERVICE_BASE = parseIPv4('10.96.0.0')!;
const SERVICE_SIZE = 1 << 20;
const LB_BASE = parseIPv4('198.18.0.0')!;
const LB_SIZE = 1 << 17;

class RangeAllocator {
  private readonly used = new Set<number>();
  constructor(
    private readonly first: number,
    private readonly size: number,
  ) {}

  contains(value: number): boolean {
    return value >= this.first && value < this.first + this.size;
  }

  /** Marks a given value as taken; false when someone already has it. */
  reserve(value: number): boolean {
    if (this.used.has(value)) return false;
    this.used.add(value);
    return true;
  }

  /** The hashed choice for `key`, or the next free one; undefined when the range is full. */
  allocate(key: string): number | undefined {
    if (this.used.size >= this.size) return undefined;
    let offset = hashString(key) % this.size;
    for (let tries = 0; tries < this.size; tries++, offset = (offset + 1) % this.size) {
      const value = this.first + offset;
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
    return undefined;
  }
}

export class ClusterIPAllocator {
  private readonly range = new RangeAllocator(SERVICE_BASE, SERVICE_SIZE);

  /** 'ok', 'taken' or 'out-of-range' for a clusterIP the user wrote (network/broadcast are outside). */
  reserve(ip: string): 'ok' | 'taken' | 'out-of-range' {
    const value = parseIPv4(ip);
    if (value === undefined || !this.range.contains(value) || value === SERVICE_BASE || value === SERVICE_BASE + SERVICE_SIZE - 1)
      return 'out-of-range';
    return this.range.reserve(value) ? 'ok' : 'taken';
  }

  /**
   * A free IP for `key`. Call after every requested IP was reserved. Never hands out the
   * network and broadcast addresses, nor 10.96.0.1 (`kubernetes`) and 10.96.0.10 (kube-dns),
   * which a cluster dump may still claim explicitly.
   */
  allocate(key: string): string | undefined {
    for (;;) {
      const value = this.range.allocate(key);
      if (value === undefined) return undefined;
      const offset = value - SERVICE_BASE;
      if (offset !== 0 && offset !== 1 && offset !== 10 && offset !== SERVICE_SIZE - 1) return formatIPv4(value);
    }
  }
}

export class NodePortAllocator {
  private readonly range = new RangeAllocator(NODE_PORT_RANGE.min, NODE_PORT_RANGE.max - NODE_PORT_RANGE.min + 1);
  reserve(port: number): 'ok' | 'taken' | 'out-of-range' {
    if (!this.range.contains(port)) return 'out-of-range';
    return this.range.reserve(port) ? 'ok' : 'taken';
  }
  allocate(key: string): number | undefined {
    return this.range.allocate(key);
  }
}

export class LoadBalancerVIPAllocator {
  private readonly range = new RangeAllocator(LB_BASE, LB_SIZE);
  allocate(key: string): string | undefined {
    const value = this.range.allocate(key);
    return value === undefined ? undefined : formatIPv4(value);
  }
}
