/**
 * Finds a node's class in a ServicePortViews. The groups computeServiceViews builds know their
 * class plans (in private fields, which no JSON, clone or equality check sees): a node's own class,
 * else its zone's; groups from elsewhere (tests, a deserialised report) fall back to an index
 * built from `classes[].nodes`.
 */
import type { Service } from '../model';
import type { ServicePortViews, TrafficKind, ViewClass } from '../report';
import type { NodeClassPlan } from './nodeClasses';
import type { NodeIndex } from './nodeIndex';

type Lookup = (nodeName: string) => ViewClass | undefined;
/** A group's node lookup, made when first asked for and kept with the group (the report owns both). */
const lookups = new WeakMap<ServicePortViews, Lookup>();

/**
 * A ServicePortViews in its key order (service, port, protocol, traffic, classes, then portName
 * when set) that knows its classes' plans and its Service object. No map per group: a lookup
 * scans the plans (a few node classes and one class per zone), which is all client routes need.
 *
 * @example
 * const group = new IndexedServicePortViews(service, 'default/web', 80, 'TCP', 'internal', classes, plans, nodeIndex);
 */
export class IndexedServicePortViews implements ServicePortViews {
  declare service: string;
  declare port: number;
  declare protocol: string;
  declare traffic: TrafficKind;
  declare classes: ViewClass[];
  declare portName?: string;
  /** `classes[i]` answers for `#plans[i]`. */
  readonly #plans: readonly NodeClassPlan[];
  readonly #nodes: NodeIndex;
  readonly #service: Service;

  constructor(
    service: Service,
    key: string,
    port: number,
    protocol: string,
    traffic: TrafficKind,
    classes: ViewClass[],
    plans: readonly NodeClassPlan[],
    nodes: NodeIndex,
  ) {
    this.service = key;
    this.port = port;
    this.protocol = protocol;
    this.traffic = traffic;
    this.classes = classes;
    this.#plans = plans;
    this.#nodes = nodes;
    this.#service = service;
  }

  static lookupOf(group: IndexedServicePortViews): Lookup {
    return (nodeName) => group.#find(nodeName);
  }

  #find(nodeName: string): ViewClass | undefined {
    const plans = this.#plans;
    for (let i = 0; i < plans.length; i++) {
      const plan = plans[i]!;
      if (plan.kind === 'node' && plan.representative === nodeName) return this.classes[i];
    }
    const node = this.#nodes.byName.get(nodeName);
    if (!node) return undefined;
    const zone = node.zone ?? '';
    for (let i = 0; i < plans.length; i++) {
      const plan = plans[i]!;
      if (plan.kind === 'zone' && (plan.zone ?? '') === zone) return this.classes[i];
    }
    return undefined;
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
