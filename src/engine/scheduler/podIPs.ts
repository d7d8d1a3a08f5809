/**
 * Pod IPs for pods that have none: node i (input order) owns the pod CIDR 10.244.i.0/24, as a
 * kubeadm/minikube cluster with --pod-network-cidr=10.244.0.0/16 hands them out, and its pods get
 * .2, .3, … in the order they are listed, skipping addresses the user already gave. A Node that
 * writes spec.podCIDRs gives its pods addresses from them instead, one per family (…2, …3, …, and
 * …::2, …::3, … from an IPv6 CIDR), as a dual-stack CNI's host-local IPAM does.
 */
import { formatIP, parseCIDR, type Prefix } from '../validation/cidr';

/** Usable /24 blocks: 10.244.0–10.255.255, then 10.0–10.95 and 10.112–10.243 (10.96.0.0/12 holds Service IPs). */
const BLOCK_RANGES: readonly [number, number][] = [
  [244 * 256, 256 * 256],
  [0, 96 * 256],
  [112 * 256, 244 * 256],
];
const FIRST_HOST = 2;
const LAST_HOST = 254;

/**
 * The n-th /24 block of the pod network, as its first three octets "10.x.y".
 *
 * @example
 * podCidrPrefix(1); // "10.244.1"
 */
export function podCidrPrefix(n: number): string {
  let rest = n;
  for (const [from, to] of BLOCK_RANGES) {
    if (rest < to - from) {
      const block = from + rest;
      return `10.${block >> 8}.${block & 255}`;
    }
    rest -= to - from;
  }
  throw new RangeError(`no pod CIDR left for block ${n}`);
}

/**
 * Hands out pod IPs per node. `taken` is asked lazily, so clusters whose pods all have IPs never
 * build the set.
 *
 * @example
 * const ips = new PodIpAllocator(3, () => new Set(['10.244.1.2']));
 * ips.next(1); // "10.244.1.3"
 * ips.cidr(1); // "10.244.1.0/24"
 */
export class PodIpAllocator {
  private readonly nextHost: Int32Array;
  private readonly block: Int32Array;
  private spareBlock: number;
  private takenSet: ReadonlySet<string> | undefined;
  /** Per node: its IPv6 pod CIDR and the next host offset in it, and whether IPv6 is its primary family. */
  private readonly v6: ({ prefix: Prefix; next: bigint; primary: boolean } | undefined)[];
  /** Per node: false when its spec.podCIDRs are written and none is IPv4 (an IPv6-only node). */
  private readonly v4: boolean[];
  /** Per node: its written IPv4 pod CIDR, handed out instead of 10.244.<i>.0/24. */
  private readonly v4Written: ({ prefix: Prefix; next: bigint } | undefined)[];
  /** Addresses handed out, kept only when some nodes write their IPv4 CIDR (blocks may then meet). */
  private readonly given: Set<string> | undefined;

  /** `podCIDRs[i]` are node i's spec.podCIDRs (absent: IPv4 only). */
  constructor(
    nodeCount: number,
    private readonly taken: () => ReadonlySet<string>,
    podCIDRs: readonly (readonly string[] | undefined)[] = [],
  ) {
    this.nextHost = new Int32Array(nodeCount).fill(FIRST_HOST);
    this.block = Int32Array.from({ length: nodeCount }, (_, i) => i);
    this.spareBlock = nodeCount;
    this.v6 = Array.from({ length: nodeCount }, (_, i) => writtenPodCIDR(podCIDRs[i], 'IPv6'));
    this.v4Written = Array.from({ length: nodeCount }, (_, i) => writtenPodCIDR(podCIDRs[i], 'IPv4'));
    if (this.v4Written.some((w) => w !== undefined)) this.given = new Set();
    this.v4 = Array.from({ length: nodeCount }, (_, i) => {
      const cidrs = podCIDRs[i];
      return !cidrs || cidrs.length === 0 || cidrs.some((c) => parseCIDR(c)?.family === 'IPv4');
    });
  }

  /** The node's IPv6 pod CIDR, when its spec.podCIDRs have one. */
  cidrV6(node: number): string | undefined {
    return this.v6[node]?.prefix.text;
  }

  /**
   * The node's pod's addresses, as status.podIPs lists them: one per family of the node's pod
   * CIDRs, in their order (the first is the primary, status.podIP).
   *
   * @example
   * new PodIpAllocator(1, () => new Set(), [['10.244.0.0/24', 'fd00:10:244::/64']]).nextAll(0); // ["10.244.0.2", "fd00:10:244::2"]
   */
  nextAll(node: number): string[] {
    const v6 = this.v6[node];
    const six = v6 ? this.nextV6(v6) : undefined;
    if (six !== undefined && !this.v4[node]) return [six];
    const v4 = this.next(node);
    if (six === undefined) return [v4];
    return v6!.primary ? [six, v4] : [v4, six];
  }

  private nextV6(v6: { prefix: Prefix; next: bigint }): string | undefined {
    this.takenSet ??= this.taken();
    // The network address and ::1 (the gateway) are never handed out; a full CIDR gives no more.
    while (v6.next < v6.prefix.size) {
      const ip = formatIP('IPv6', v6.prefix.base + v6.next++);
      if (!this.takenSet.has(ip)) return ip;
    }
    return undefined;
  }

  /** The IPv4 pod CIDR the node's first addresses come from. */
  cidr(node: number): string {
    return this.v4Written[node]?.prefix.text ?? `${podCidrPrefix(node)}.0/24`;
  }

  /**
   * The next free IPv4 address of node `node`; a full CIDR continues in a spare /24 after every
   * node's own.
   */
  next(node: number): string {
    this.takenSet ??= this.taken();
    const written = this.v4Written[node];
    // Not the broadcast address.
    while (written && written.next < written.prefix.size - 1n) {
      const ip = formatIP('IPv4', written.prefix.base + written.next++);
      if (!this.takenSet.has(ip) && !this.given!.has(ip)) return this.give(ip);
    }
    for (;;) {
      if (this.nextHost[node]! > LAST_HOST) {
        this.block[node] = this.spareBlock++;
        this.nextHost[node] = FIRST_HOST;
      }
      const ip = `${podCidrPrefix(this.block[node]!)}.${this.nextHost[node]!++}`;
      if (!this.takenSet.has(ip) && !this.given?.has(ip)) return this.give(ip);
    }
  }

  private give(ip: string): string {
    this.given?.add(ip);
    return ip;
  }
}

/** The CIDR of `family` among a node's spec.podCIDRs, with where its pods' addresses start (…2). */
function writtenPodCIDR(
  cidrs: readonly string[] | undefined,
  family: 'IPv4' | 'IPv6',
): { prefix: Prefix; next: bigint; primary: boolean } | undefined {
  if (!cidrs) return undefined;
  for (let i = 0; i < cidrs.length; i++) {
    const prefix = parseCIDR(cidrs[i]!);
    if (prefix?.family === family && prefix.size > BigInt(FIRST_HOST + 1)) return { prefix, next: BigInt(FIRST_HOST), primary: i === 0 };
  }
  return undefined;
}
