/**
 * Deterministic stand-ins for the API server's allocators: cluster IPs from the ServiceCIDRs
 * (by default 10.96.0.0/12 and fd00:10:96::/112),
 * node ports from 30000–32767, and load-balancer VIPs for LoadBalancers without status.
 * Each object's first choice comes from a hash of its key, so editing one Service never
 * renumbers the others; collisions probe to the next free value.
 */
import { hashString } from '../random';
import { formatIP, parseCIDR, parseIP, prefixContains, type IPFamily, type Prefix } from '../validation/cidr';
import { formatIPv4, parseIPv4 } from '../validation/ipAddress';

export const SERVICE_CIDR = '10.96.0.0/12';
/** The IPv6 Service range of the playground's dual-stack cluster (kind's default). */
export const SERVICE_CIDR_V6 = 'fd00:10:96::/112';
export const NODE_PORT_RANGE = { min: 30000, max: 32767 } as const;
/** 198.18.0.0/15, the benchmarking range: never a real address, clearly "made up". */
export const LB_VIP_CIDR = '198.18.0.0/15';

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

/** A ServiceCIDR's name and one of its prefixes. */
export interface ServiceRange {
  /** The ServiceCIDR it comes from; `kubernetes` is the API server's own (--service-cluster-ip-range). */
  name: string;
  prefix: Prefix;
}

/**
 * The playground's `kubernetes` ServiceCIDR: 10.96.0.0/12 (kubeadm's default) and, for the
 * Services that ask for IPv6, fd00:10:96::/112 (kind's default): a dual-stack cluster whose
 * primary family is IPv4.
 */
export const DEFAULT_SERVICE_RANGES: readonly ServiceRange[] = [
  { name: 'kubernetes', prefix: parseCIDR(SERVICE_CIDR)! },
  { name: 'kubernetes', prefix: parseCIDR(SERVICE_CIDR_V6)! },
];

/** Offsets never handed out: the network address, `kubernetes` (first IP) and kube-dns (.10). */
const RESERVED_OFFSETS = [0, 1, 10];

/** One prefix's allocator; offsets beyond 2^20 are not hashed to (a larger range is used in its first 2^20). */
class PrefixAllocator {
  private readonly range: RangeAllocator;
  private readonly usable: number;
  constructor(readonly prefix: Prefix) {
    this.usable = Number(prefix.size > BigInt(SERVICE_SIZE) ? BigInt(SERVICE_SIZE) : prefix.size);
    this.range = new RangeAllocator(0, this.usable);
  }
  /** The address is inside the prefix and neither its network nor (IPv4) its broadcast address. */
  valid(value: bigint): boolean {
    const offset = value - this.prefix.base;
    if (offset <= 0n || offset >= this.prefix.size) return false;
    return this.prefix.family === 'IPv6' || offset !== this.prefix.size - 1n;
  }
  reserveOffset(value: bigint): boolean {
    const offset = value - this.prefix.base;
    return offset >= BigInt(this.usable) ? true : this.range.reserve(Number(offset));
  }
  allocate(key: string): string | undefined {
    for (;;) {
      const offset = this.range.allocate(key);
      if (offset === undefined) return undefined;
      if (RESERVED_OFFSETS.includes(offset) || BigInt(offset) === this.prefix.size - 1n) continue;
      return formatIP(this.prefix.family, this.prefix.base + BigInt(offset));
    }
  }
}

/**
 * Cluster IPs from the Service ranges (ServiceCIDRs), as the API server's allocators hand them out:
 * a requested IP must sit in one of the ranges, a new one comes from the first range of its family.
 */
export class ClusterIPAllocator {
  private readonly prefixes: PrefixAllocator[];
  private readonly taken = new Set<string>();

  constructor(readonly ranges: readonly ServiceRange[] = DEFAULT_SERVICE_RANGES) {
    this.prefixes = ranges.map((r) => new PrefixAllocator(r.prefix));
  }

  /** The IP families the ranges cover, the first range's family first (the cluster's primary family). */
  families(): IPFamily[] {
    const out: IPFamily[] = [];
    for (const r of this.ranges) if (!out.includes(r.prefix.family)) out.push(r.prefix.family);
    return out;
  }

  /** The ranges of one family (or all), as "10.96.0.0/12, 172.20.0.0/16". */
  rangesText(family?: IPFamily): string {
    const texts = this.ranges.filter((r) => !family || r.prefix.family === family).map((r) => r.prefix.text);
    return [...new Set(texts)].join(', ');
  }

  /** The range that holds the address (network and broadcast addresses are outside), if any. */
  rangeOf(ip: string): ServiceRange | undefined {
    const parsed = parseIP(ip);
    if (!parsed) return undefined;
    const i = this.prefixes.findIndex((p) => p.valid(parsed.value) && prefixContains(p.prefix, parsed));
    return i < 0 ? undefined : this.ranges[i];
  }

  /** 'ok', 'taken' or 'out-of-range' for a clusterIP the user wrote (network/broadcast are outside). */
  reserve(ip: string): 'ok' | 'taken' | 'out-of-range' {
    const parsed = parseIP(ip);
    if (!parsed) return 'out-of-range';
    const holder = this.prefixes.find((p) => prefixContains(p.prefix, parsed));
    if (!holder || !this.prefixes.some((p) => p.valid(parsed.value) && prefixContains(p.prefix, parsed))) return 'out-of-range';
    return this.take(parsed.family, parsed.value) ? 'ok' : 'taken';
  }

  /** Records an address kept outside every range (a live cluster's, whose range is not declared). */
  keep(ip: string): 'ok' | 'taken' {
    const parsed = parseIP(ip);
    if (!parsed) return 'ok';
    return this.take(parsed.family, parsed.value) ? 'ok' : 'taken';
  }

  /**
   * A free IP of `family` for `key`. Call after every requested IP was reserved. Never hands out
   * the network and broadcast addresses, nor the first address (`kubernetes`) and the tenth
   * (kube-dns), which a cluster dump may still claim explicitly.
   */
  allocate(key: string, family: IPFamily = 'IPv4'): string | undefined {
    for (const allocator of this.prefixes) {
      if (allocator.prefix.family !== family) continue;
      for (;;) {
        const ip = allocator.allocate(key);
        if (ip === undefined) break;
        const parsed = parseIP(ip)!;
        if (this.taken.has(`${family}:${parsed.value}`)) continue;
        this.taken.add(`${family}:${parsed.value}`);
        return ip;
      }
    }
    return undefined;
  }

  private take(family: IPFamily, value: bigint): boolean {
    const id = `${family}:${value}`;
    if (this.taken.has(id)) return false;
    this.taken.add(id);
    for (const p of this.prefixes) if (prefixContains(p.prefix, { family, value })) p.reserveOffset(value);
    return true;
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
