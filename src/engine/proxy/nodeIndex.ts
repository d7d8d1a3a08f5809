/** Nodes grouped once per analysis, so per-service work never walks every node. */
import type { Node } from '../model';

export interface NodeIndex {
  nodes: readonly Node[];
  /** Input position of each node. */
  position: Map<string, number>;
  byName: Map<string, Node>;
  /** Zone ('' for none) → node names in input order; frozen, shared by every class that uses it. */
  zoneMembers: Map<string, readonly string[]>;
}

/**
 * @example
 * buildNodeIndex(nodes).zoneMembers.get('zone-a'); // ['mnode-m02']
 */
export function buildNodeIndex(nodes: readonly Node[]): NodeIndex {
  const position = new Map<string, number>();
  const byName = new Map<string, Node>();
  const zones = new Map<string, string[]>();
  nodes.forEach((node, i) => {
    const name = node.metadata.name;
    if (position.has(name)) return;
    position.set(name, i);
    byName.set(name, node);
    const zone = node.zone ?? '';
    const list = zones.get(zone);
    if (list) list.push(name);
    else zones.set(zone, [name]);
  });
  const zoneMembers = new Map<string, readonly string[]>();
  for (const [zone, list] of zones) zoneMembers.set(zone, Object.freeze(list));
  return { nodes, position, byName, zoneMembers };
}
