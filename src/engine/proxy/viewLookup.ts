/**
 * Finds a node's class in a ServicePortViews in O(1). computeServiceViews registers a lookup for
 * each group it builds; groups from elsewhere (tests, a deserialised report) fall back to an index
 * built from `classes[].nodes`.
 */
import type { ServicePortViews, ViewClass } from '../report';

type Lookup = (nodeName: string) => ViewClass | undefined;
const lookups = new WeakMap<ServicePortViews, Lookup>();

export function registerViewLookup(group: ServicePortViews, lookup: Lookup): void {
  lookups.set(group, lookup);
}

/**
 * @example
 * classForNode(report.serviceViews[0], 'mnode-m02')?.verdict; // "forward"
 */
export function classForNode(group: ServicePortViews, nodeName: string): ViewClass | undefined {
  return viewLookupFor(group)(nodeName);
}

/**
 * classForNode for one group, as a function: for callers that look up many nodes in it.
 *
 * @example
 * const lookup = viewLookupFor(group);
 * clients.map((c) => lookup(c.node)?.verdict);
 */
export function viewLookupFor(group: ServicePortViews): Lookup {
  let lookup = lookups.get(group);
  if (!lookup) {
    const byNode = new Map<string, ViewClass>();
    for (const cls of group.classes) for (const node of cls.nodes) byNode.set(node, cls);
    lookup = (name) => byNode.get(name);
    lookups.set(group, lookup);
  }
  return lookup;
}
