/**
 * Finds a node's class in a ServicePortViews in O(1). The groups computeServiceViews builds carry
 * their lookup (in a private field, which no JSON, clone or equality check sees); groups from
 * elsewhere (tests, a deserialised report) fall back to an index built from `classes[].nodes`.
 */
import type { Service } from '../model';
import type { ServicePortViews, TrafficKind, ViewClass } from '../report';

type Lookup = (nodeName: string) => ViewClass | undefined;
const lookups = new WeakMap<ServicePortViews, Lookup>();

/**
 * A ServicePortViews in its key order (service, port, protocol, traffic, classes, then portName
 * when set) that knows its lookup and its Service object.
 *
 * @example
 * const group = new IndexedServicePortViews(service, 'default/web', 80, 'TCP', 'internal', classes, (node) => byNode.get(node));
 */
export class IndexedServicePortViews implements ServicePortViews {
  declare service: string;
  declare port: number;
  declare protocol: string;
  declare traffic: TrafficKind;
  declare classes: ViewClass[];
  declare portName?: string;
  readonly #lookup: Lookup;
  readonly #service: Service;

  constructor(service: Service, key: string, port: number, protocol: string, traffic: TrafficKind, classes: ViewClass[], lookup: Lookup) {
    this.service = key;
    this.port = port;
    this.protocol = protocol;
    this.traffic = traffic;
    this.classes = classes;
    this.#lookup = lookup;
    this.#service = service;
  }

  static lookupOf(group: IndexedServicePortViews): Lookup {
    return group.#lookup;
  }

  static serviceOf(group: IndexedServicePortViews): Service {
    return group.#service;
  }
}

/**
 * Gives a group built elsewhere (a report revived from the analysis worker) its lookup, so that
 * finding a node's class does not list every class's nodes.
 */
export function setViewLookup(group: ServicePortViews, lookup: Lookup): void {
  lookups.set(group, lookup);
}

/**
 * The lookup of a node's class in one group, for callers that look up many nodes in it.
 *
 * @example
 * const lookup = viewLookupFor(report.serviceViews[0]);
 * lookup('mnode-m02')?.verdict; // "forward"
 */
export function viewLookupFor(group: ServicePortViews): Lookup {
  if (group instanceof IndexedServicePortViews) return IndexedServicePortViews.lookupOf(group);
  let lookup = lookups.get(group);
  if (!lookup) {
    const byNode = new Map<string, ViewClass>();
    for (const cls of group.classes) for (const node of cls.nodes) byNode.set(node, cls);
    lookup = (name) => byNode.get(name);
    lookups.set(group, lookup);
  }
  return lookup;
}
