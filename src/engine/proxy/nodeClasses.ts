/**
 * Nodes that must get the same answer for one service port and traffic kind. A node needs its
 * own class only when its identity can change the answer (it hosts an endpoint or is named by a
 * node hint while Local policy or node hints are in play); every other node shares its zone's
 * class. This keeps the work proportional to endpoints + zones, not nodes.
 */
import type { NodeIndex } from './nodeIndex';

export interface NodeClassPlan {
  /** "node" classes answer for one named node; "zone" classes for every other node of a zone. */
  kind: 'node' | 'zone';
  /** The node the answer is computed for. */
  representative: string;
  zone: string | undefined;
  /** Members in node input order, when known without filtering. */
  members?: readonly string[];
  /** Set instead of `members` when they filter a zone's list: worth reading only on demand. */
  lazyMembers?: () => readonly string[];
  /** With `lazyMembers`: the zone's nodes left out (they have classes of their own). */
  except?: readonly string[];
  firstPosition: number;
}

/**
 * Plans the classes; `special` are the nodes that need their own class. Read-only: without
 * special nodes every service port gets the same list, one class per zone.
 *
 * @example
 * planNodeClasses(index, new Set(['mnode-m02'])).map((c) => c.representative); // ['mnode', 'mnode-m02', 'mnode-m03']
 */
export function planNodeClasses(index: NodeIndex, special: ReadonlySet<string>): readonly NodeClassPlan[] {
  if (special.size === 0) {
    let plans = zonePlans.get(index);
    if (!plans) zonePlans.set(index, (plans = planClasses(index, special)));
    return plans;
  }
  return planClasses(index, special);
}

/** One class per zone is the same plan for every service port of an analysis: kept with its node index. */
const zonePlans = new WeakMap<NodeIndex, readonly NodeClassPlan[]>();
/** A node's own class plan is the same wherever the node is special: made once per node. */
const nodePlans = new WeakMap<NodeIndex, Map<string, NodeClassPlan>>();

/** The node plans made so far for `index`'s nodes (looked up once per plan list, not per node). */
function nodePlansOf(index: NodeIndex): Map<string, NodeClassPlan> {
  let plans = nodePlans.get(index);
  if (!plans) nodePlans.set(index, (plans = new Map()));
  return plans;
}

function nodePlan(plans: Map<string, NodeClassPlan>, index: NodeIndex, name: string, zone: string | undefined): NodeClassPlan {
  let plan = plans.get(name);
  if (!plan)
    plans.set(
      name,
      (plan = Object.freeze({
        kind: 'node',
        representative: name,
        zone,
        members: Object.freeze([name]),
        firstPosition: index.position.get(name)!,
      })),
    );
  return plan;
}

function planClasses(index: NodeIndex, special: ReadonlySet<string>): NodeClassPlan[] {
  const plans: NodeClassPlan[] = [];
  const specialPerZone = new Map<string, string[]>();
  const made = special.size > 0 ? nodePlansOf(index) : undefined;
  for (const name of special) {
    const node = index.byName.get(name);
    if (!node) continue;
    const zone = node.zone ?? '';
    const names = specialPerZone.get(zone);
    if (names) names.push(name);
    else specialPerZone.set(zone, [name]);
    plans.push(nodePlan(made!, index, name, node.zone));
  }
  for (const [zone, list] of index.zoneMembers) {
    const except = specialPerZone.get(zone);
    const excluded = except?.length ?? 0;
    if (excluded >= list.length) continue;
    let first = 0;
    if (excluded) while (special.has(list[first]!)) first++;
    const plan: NodeClassPlan = {
      kind: 'zone',
      representative: list[first]!,
      zone: zone || undefined,
      firstPosition: index.position.get(list[first]!)!,
    };
    if (except) {
      plan.lazyMembers = lazyZoneMembers(list, except);
      plan.except = except;
    } else plan.members = list;
    plans.push(plan);
  }
  return plans.sort((a, b) => a.firstPosition - b.firstPosition);
}

function lazyZoneMembers(list: readonly string[], except: readonly string[]): () => readonly string[] {
  let cached: readonly string[] | undefined;
  return () => (cached ??= Object.freeze(zoneMembersExcept(list, except)));
}

/**
 * A zone class's members: the zone's nodes (in input order) but those with classes of their own.
 *
 * @example
 * zoneMembersExcept(['a', 'b', 'c'], ['b']); // ['a', 'c']
 */
export function zoneMembersExcept(list: readonly string[], except: readonly string[]): string[] {
  return except.length ? list.filter((name) => !except.includes(name)) : [...list];
}
