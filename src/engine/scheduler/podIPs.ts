/**
 * Pod IPs for pods that have none: node i (input order) owns the pod CIDR 10.244.i.0/24, as a
 * kubeadm/minikube cluster with --pod-network-cidr=10.244.0.0/16 hands them out, and its pods get
 * .2, .3, … in the order they are listed, skipping addresses the user already gave.
 */

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

  constructor(
    nodeCount: number,
    private readonly taken: () => ReadonlySet<string>,
  ) {
    this.nextHost = new Int32Array(nodeCount).fill(FIRST_HOST);
    this.block = Int32Array.from({ length: nodeCount }, (_, i) => i);
    this.spareBlock = nodeCount;
  }

  /** The pod CIDR the node's first addresses come from. */
  cidr(node: number): string {
    return `${podCidrPrefix(node)}.0/24`;
  }

  /** The next free address of node `node`; a full /24 continues in a spare block after every node's own. */
  next(node: number): string {
    this.takenSet ??= this.taken();
    for (;;) {
      if (this.nextHost[node]! > LAST_HOST) {
        this.block[node] = this.spareBlock++;
        this.nextHost[node] = FIRST_HOST;
      }
      const ip = `${podCidrPrefix(this.block[node]!)}.${this.nextHost[node]!++}`;
      if (!this.takenSet.has(ip)) return ip;
    }
  }
}
