/** Label selectors (k8s.io/apimachinery/pkg/labels) and an index that finds selected pods fast. */
import type { LabelSelector, Labels, Pod } from './model';

/** A Service-style selector: every key must match exactly. An empty selector matches everything. */
export function matchesSelector(labels: Labels, selector: Labels): boolean {
  for (const key in selector) {
    if (labels[key] !== selector[key]) return false;
  }
  return true;
}

/** metav1.LabelSelector: matchLabels and matchExpressions, all ANDed. */
export function matchesLabelSelector(labels: Labels, selector: LabelSelector): boolean {
  if (!matchesSelector(labels, selector.matchLabels)) return false;
  for (const req of selector.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, req.key);
    switch (req.operator) {
      case 'In':
        if (!has || !req.values.includes(labels[req.key]!)) return false;
        break;
      case 'NotIn':
        if (has && req.values.includes(labels[req.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/**
 * Pods indexed by namespace and by each label pair, so that a selector is answered from the
 * smallest candidate list instead of a scan of every pod.
 *
 * @example
 * const index = new PodIndex(pods);
 * index.select('default', { app: 'echo' }); // pods in default with app=echo
 */
export class PodIndex {
  // Positions in the pod list, by namespace and by namespace → label key → label value: no key
  // string is built per pod label, and callers may keep per-pod facts in plain arrays.
  private readonly byNamespace = new Map<string, number[]>();
  private readonly byLabel = new Map<string, Map<string, Map<string, number[]>>>();

  /**
   * The index of `pods`, built once per list: the EndpointSlice controller and the report's
   * selectedBy both select from the scheduled pods. The list must not change afterwards.
   *
   * @example
   * PodIndex.of(pods) === PodIndex.of(pods); // true
   */
  static of(pods: readonly Pod[]): PodIndex {
    let index = built.get(pods);
    if (!index) built.set(pods, (index = new PodIndex(pods)));
    return index;
  }

  constructor(private readonly pods: readonly Pod[]) {
    for (let i = 0; i < pods.length; i++) {
      const pod = pods[i]!;
      const ns = pod.metadata.namespace;
      push(this.byNamespace, ns, i);
      const labels = pod.metadata.labels;
      let byKey = this.byLabel.get(ns);
      for (const key in labels) {
        if (!byKey) this.byLabel.set(ns, (byKey = new Map()));
        let byValue = byKey.get(key);
        if (!byValue) byKey.set(key, (byValue = new Map()));
        push(byValue, labels[key]!, i);
      }
    }
  }

  /**
   * The index of `pods`, a list whose pods sit at the same positions as those of `index`, in the
   * same namespaces with the same labels (their status or node may differ): the label maps are
   * shared, not built again. PodIndex.of(pods) gives it from then on.
   *
   * @example
   * PodIndex.sharingLabels(PodIndex.of(before), after).select('default', { app: 'web' });
   */
  static sharingLabels(index: PodIndex, pods: readonly Pod[]): PodIndex {
    const shared = Object.create(PodIndex.prototype) as { pods: readonly Pod[]; byNamespace: unknown; byLabel: unknown };
    shared.pods = pods;
    shared.byNamespace = index.byNamespace;
    shared.byLabel = index.byLabel;
    const made = shared as unknown as PodIndex;
    built.set(pods, made);
    return made;
  }

  /** Pods in `namespace` matching a Service selector, in input order. */
  select(namespace: string, selector: Labels): Pod[] {
    const positions = this.selectPositions(namespace, selector);
    const out = new Array<Pod>(positions.length);
    for (let i = 0; i < positions.length; i++) out[i] = this.pods[positions[i]!]!;
    return out;
  }

  /**
   * select's pods as positions in the indexed list, ascending. Read-only: it may be the index's own list.
   *
   * @example
   * new PodIndex(pods).selectPositions('default', { app: 'echo' }); // [1, 2]
   */
  selectPositions(namespace: string, selector: Labels): readonly number[] {
    let candidates: number[] | undefined = this.byNamespace.get(namespace);
    if (!candidates) return NONE;
    const byKey = this.byLabel.get(namespace);
    let keys = 0;
    for (const key in selector) {
      const list = byKey?.get(key)?.get(selector[key]!);
      if (!list) return NONE;
      if (list.length < candidates.length) candidates = list;
      keys++;
    }
    // The list of a one-pair selector (the usual `app: x`) is exactly what it selects.
    if (keys <= 1) return candidates;
    return candidates.filter((i) => matchesSelector(this.pods[i]!.metadata.labels, selector));
  }
}

const NONE: readonly number[] = Object.freeze([]);

// Keyed by the pod list (see PodIndex.of): an index lives as long as its list, and no longer.
const built = new WeakMap<readonly Pod[], PodIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
