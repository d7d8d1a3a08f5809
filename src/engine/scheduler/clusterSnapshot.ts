/**
 * What the scheduler knows while it places pods (its cache snapshot): the nodes with the labels
 * and taints it filters on, how many pods each node runs, and every pod placed so far, indexed so
 * that "pods matching this selector, per node" costs the matching pods, not all pods.
 */
import { HOSTNAME_LABEL, type LabelSelector, type Labels, type Node, type Taint } from '../model';
import { matchesLabelSelector } from '../selectors';
import { effectiveTaints } from './tolerations';

/** The parts of a pod the snapshot reads; generated replicas share one such object per Deployment. */
export interface PlacedPod {
  metadata: { namespace: string; labels: Labels; deletionTimestamp?: string };
}

/**
 * @example
 * const snapshot = new ClusterSnapshot(cluster.nodes);
 * snapshot.add(pod, snapshot.nodeIndex.get(pod.spec.nodeName)!);
 * snapshot.matchingPerNode('default', { matchLabels: { app: 'web' }, matchExpressions: [] }); // Int32Array per node
 */
export class ClusterSnapshot {
  readonly nodes: readonly Node[];
  readonly nodeIndex = new Map<string, number>();
  /** Node labels, with `kubernetes.io/hostname` filled in from the name when missing (the kubelet always sets it). */
  readonly labels: Labels[];
  readonly taints: (readonly Taint[])[];
  /** Pods on each node (terminated pods excluded, terminating ones included: they still hold resources). */
  readonly podCount: Int32Array;

  private nameRanks: Int32Array | undefined;
  private readonly logPods: PlacedPod[] = [];
  private readonly logNodes: number[] = [];
  private indexedUpTo = 0;
  private readonly byNamespace = new Map<string, number[]>();
  private readonly byLabel = new Map<string, number[]>();
  private readonly countCache = new Map<string, { counts: Int32Array; upTo: number }>();

  constructor(nodes: readonly Node[]) {
    this.nodes = nodes;
    this.labels = new Array<Labels>(nodes.length);
    this.taints = new Array<readonly Taint[]>(nodes.length);
    this.podCount = new Int32Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (!this.nodeIndex.has(node.metadata.name)) this.nodeIndex.set(node.metadata.name, i);
      const labels = node.metadata.labels;
      this.labels[i] = HOSTNAME_LABEL in labels ? labels : { ...labels, [HOSTNAME_LABEL]: node.metadata.name };
      this.taints[i] = effectiveTaints(node);
    }
  }

  /** Each node's position when nodes are sorted by name (the scheduler's final tie-break here). */
  get nameRank(): Int32Array {
    if (!this.nameRanks) {
      const byName = this.nodes
        .map((_, i) => i)
        .sort((a, b) => compareNames(this.nodes[a]!.metadata.name, this.nodes[b]!.metadata.name) || a - b);
      this.nameRanks = new Int32Array(this.nodes.length);
      byName.forEach((node, rank) => (this.nameRanks![node] = rank));
    }
    return this.nameRanks;
  }

  /** Records a pod running (or about to run) on node `node`. */
  add(pod: PlacedPod, node: number): void {
    this.podCount[node]!++;
    this.logPods.push(pod);
    this.logNodes.push(node);
  }

  /**
   * Pods on each node in `namespace` matching `selector`, terminating pods left out
   * (podtopologyspread countPodsMatchSelector). The array is shared: do not modify it.
   *
   * NOTE: an empty selector counts nothing there, although it matches every pod's labels.
   */
  matchingPerNode(namespace: string, selector: LabelSelector): Int32Array {
    if (isEmptySelector(selector)) return new Int32Array(this.nodes.length);
    const key = `${namespace}\u0000${JSON.stringify(selector)}`;
    const end = this.logPods.length;
    const cached = this.countCache.get(key);
    if (cached && cached.upTo === end) return cached.counts;
    this.ensureIndexed();
    const candidates = this.candidates(namespace, selector);
    if (cached && end - cached.upTo <= candidates.length) {
      for (let k = cached.upTo; k < end; k++) {
        if (this.matches(k, namespace, selector)) cached.counts[this.logNodes[k]!]!++;
      }
      cached.upTo = end;
      return cached.counts;
    }
    const counts = new Int32Array(this.nodes.length);
    for (const k of candidates) if (this.matches(k, namespace, selector)) counts[this.logNodes[k]!]!++;
    this.countCache.set(key, { counts, upTo: end });
    return counts;
  }

  private matches(k: number, namespace: string, selector: LabelSelector): boolean {
    const meta = this.logPods[k]!.metadata;
    return meta.namespace === namespace && meta.deletionTimestamp === undefined && matchesLabelSelector(meta.labels, selector);
  }

  /** The shortest index list that holds every match: one matchLabels pair's, or the namespace's. */
  private candidates(namespace: string, selector: LabelSelector): readonly number[] {
    let best = this.byNamespace.get(namespace) ?? EMPTY;
    for (const key in selector.matchLabels) {
      const list = this.byLabel.get(`${namespace}\u0000${key}\u0000${selector.matchLabels[key]}`) ?? EMPTY;
      if (list.length < best.length) best = list;
    }
    return best;
  }

  private ensureIndexed(): void {
    for (let k = this.indexedUpTo; k < this.logPods.length; k++) {
      const { namespace, labels } = this.logPods[k]!.metadata;
      push(this.byNamespace, namespace, k);
      for (const key in labels) push(this.byLabel, `${namespace}\u0000${key}\u0000${labels[key]}`, k);
    }
    this.indexedUpTo = this.logPods.length;
  }
}

const EMPTY: readonly number[] = [];

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isEmptySelector(selector: LabelSelector): boolean {
  for (const _ in selector.matchLabels) return false;
  return selector.matchExpressions.length === 0;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
