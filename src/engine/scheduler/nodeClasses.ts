/**
 * Nodes that filter and score alike for a run, grouped so that each placement compares a handful
 * of groups instead of every node: a 30,000-replica Deployment on 1,000 identical nodes in three
 * zones compares about six groups per replica. Within a group the node with the smallest name goes
 * first, exactly as a scan over all nodes would pick it.
 */
import type { ClusterSnapshot } from './clusterSnapshot';
import type { HardConstraint } from './hardSpread';
import type { SoftSpread } from './softSpread';
import type { StaticFilterResult } from './staticFilters';

interface NodeClass {
  key: string;
  /** Name ranks of the member nodes, a binary min-heap. */
  heap: number[];
}

/**
 * @example
 * const classes = new NodeClasses(snapshot, filters, hard, soft);
 * const { nodes, ranks, sizes } = classes.candidates(); // one node per group
 * classes.take(nodes[k]); // … place a pod on it …
 * classes.put(nodes[k]);
 */
export class NodeClasses {
  private readonly classes = new Map<string, NodeClass>();
  private readonly staticKey: string[];
  private readonly byRank: Int32Array;

  constructor(
    private readonly snapshot: ClusterSnapshot,
    filters: StaticFilterResult,
    private readonly hard: readonly HardConstraint[],
    private readonly soft: SoftSpread,
  ) {
    const rank = snapshot.nameRank;
    this.byRank = new Int32Array(rank.length);
    for (let i = 0; i < rank.length; i++) this.byRank[rank[i]!] = i;
    this.staticKey = new Array<string>(snapshot.nodes.length);
    for (const i of filters.passing) {
      let key = `${filters.preferNoScheduleTaints[i]}/${snapshot.nodes[i]!.allocatableCpuMilli}/${soft.ignored[i]}`;
      for (const c of soft.constraints) key += `/${c.hasLabel[i]}${c.isHost ? '' : `:${c.domainOf[i]}`}`;
      for (const c of hard) key += c.singletonDomains ? `/e${c.eligible[i]}:${c.domainOf[i]! < 0 ? 'x' : ''}` : `/${c.domainOf[i]}`;
      this.staticKey[i] = key;
      this.put(i);
    }
  }

  /** One node per non-empty group (its smallest name), with its name rank and the group's size. */
  candidates(): { nodes: number[]; ranks: number[]; sizes: number[] } {
    const nodes: number[] = [];
    const ranks: number[] = [];
    const sizes: number[] = [];
    for (const cls of this.classes.values()) {
      nodes.push(this.byRank[cls.heap[0]!]!);
      ranks.push(cls.heap[0]!);
      sizes.push(cls.heap.length);
    }
    return { nodes, ranks, sizes };
  }

  /** Removes node `i` (the first of its group) before its counts change. */
  take(i: number): void {
    const key = this.keyOf(i);
    const cls = this.classes.get(key)!;
    popMin(cls.heap);
    if (cls.heap.length === 0) this.classes.delete(key);
  }

  /** Files node `i` under its current key. */
  put(i: number): void {
    const key = this.keyOf(i);
    let cls = this.classes.get(key);
    if (!cls) this.classes.set(key, (cls = { key, heap: [] }));
    pushHeap(cls.heap, this.snapshot.nameRank[i]!);
  }

  /** What changes as pods land: the node's pod count and its own per-node spreading counts. */
  private keyOf(i: number): string {
    let key = `${this.staticKey[i]}|${this.snapshot.podCount[i]}`;
    for (const c of this.soft.constraints) if (c.isHost) key += `/${c.counts[i]}`;
    for (const c of this.hard) if (c.singletonDomains && c.domainOf[i]! >= 0) key += `/${c.counts[c.domainOf[i]!]}`;
    return key;
  }
}

function pushHeap(heap: number[], value: number): void {
  let k = heap.push(value) - 1;
  while (k > 0) {
    const parent = (k - 1) >> 1;
    if (heap[parent]! <= value) break;
    heap[k] = heap[parent]!;
    k = parent;
  }
  heap[k] = value;
}

function popMin(heap: number[]): void {
  const last = heap.pop()!;
  if (heap.length === 0) return;
  let k = 0;
  for (;;) {
    const left = 2 * k + 1;
    if (left >= heap.length) break;
    const child = left + 1 < heap.length && heap[left + 1]! < heap[left]! ? left + 1 : left;
    if (heap[child]! >= last) break;
    heap[k] = heap[child]!;
    k = child;
  }
  heap[k] = last;
}
