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
  /** Members in node input order. */
  members: () => readonly string[];
  /** True when `members` filters a zone's list: worth reading only on demand. */
  lazy: boolean;
  firstPosition: number;
}

/**
 * Plans the classes; `special` are the nodes that need their own class.
 *
 * @example
 * planNodeClasses(index, new Set(['mnode-m02'])).map((c) => c.representative); // ['mnode', 'mnode-m02', 'mnode-m03']
 */
export function planNodeClasses(index: NodeIndex, special: ReadonlySet<string>): NodeClassPlan[] {
  const plans: NodeClassPlan[] = [];
  const specialPerZone = new Map<string, number>();
  for (const name of special) {
    const node = index.byName.get(name);
    if (!node) continue;
    const zone = node.zone ?? '';
    specialPerZone.set(zone, (specialPerZone.get(zone) ?? 0) + 1);
    const members = Object.freeze([name]);
    plans.push({ kind: 'node', representative: name, zone: node.zone, members: () => members, lazy: false, firstPosition: index.position.get(name)! });
  }
  for (const [zone, list] of index.zoneMembers) {
    const excluded = specialPerZone.get(zone) ?? 0;
    if (excluded >= list.length) continue;
    let first = 0;
    if (excluded) while (special.has(list[first]!)) first++;
    let cached: readonly string[] | undefined = excluded ? undefined : list;
    plans.push({
      kind: 'zone',
      representative: list[first]!,
      zone: zone || undefined,
      members: () => (cached ??= Object.freeze(list.filter((name) => !special.has(name)))),
      lazy: excluded > 0,
      firstPosition: index.position.get(list[first]!)!,
    });
  }
  return plans.sort((a, b) => a.firstPosition - b.firstPosition);
}
