/**
 * The selector of the scheduler's system-default spreading (helper.DefaultSelector): the pod's
 * Services and its owning ReplicaSet, ANDed. A pod nothing selects or owns is not spread.
 */
import type { LabelSelector, Labels, Service } from '../model';
import { matchesSelector } from '../selectors';

/**
 * Services by namespace and by one pair of their selector, so that "which Services select these
 * labels" looks only at Services sharing a label pair with the pod.
 *
 * @example
 * new ServiceSelectorIndex(cluster.services).selecting('default', { app: 'echo' }); // [{ app: 'echo' }]
 */
export class ServiceSelectorIndex {
  private readonly byPair = new Map<string, Labels[]>();

  constructor(services: readonly Service[]) {
    for (const service of services) {
      const selector = service.selector;
      if (!selector) continue;
      // NOTE: an empty selector manages no endpoints and is skipped here too (GetPodServices).
      const first = Object.keys(selector).sort()[0];
      if (first === undefined) continue;
      const key = `${service.metadata.namespace}\u0000${first}\u0000${selector[first]}`;
      const list = this.byPair.get(key);
      if (list) list.push(selector);
      else this.byPair.set(key, [selector]);
    }
  }

  /** Selectors of the Services in `namespace` that select a pod with `labels`. */
  selecting(namespace: string, labels: Labels): Labels[] {
    const out: Labels[] = [];
    for (const key in labels) {
      const list = this.byPair.get(`${namespace}\u0000${key}\u0000${labels[key]}`);
      if (list) for (const selector of list) if (matchesSelector(labels, selector)) out.push(selector);
    }
    return out;
  }
}

/**
 * ANDs Service selectors and the owner's selector into one label selector; undefined when empty.
 *
 * @example
 * defaultSpreadSelector([{ app: 'echo' }], { matchLabels: { app: 'echo', 'pod-template-hash': 'x' }, matchExpressions: [] });
 * // { matchLabels: { app: 'echo', 'pod-template-hash': 'x' }, matchExpressions: [] }
 */
export function defaultSpreadSelector(serviceSelectors: readonly Labels[], owner?: LabelSelector): LabelSelector | undefined {
  const matchLabels: Labels = {};
  for (const selector of serviceSelectors) Object.assign(matchLabels, selector);
  if (owner) Object.assign(matchLabels, owner.matchLabels);
  const matchExpressions = owner ? owner.matchExpressions : [];
  if (Object.keys(matchLabels).length === 0 && matchExpressions.length === 0) return undefined;
  return { matchLabels, matchExpressions };
}
