/** Node accounting of the topology cache (k8s.io/endpointslice topologycache.go SetNodes). */
import type { Node } from '../../model';

export interface NodeTopology {
  /** False when any counted node lacks a zone or CPU, no CPU is counted, or fewer than 2 zones remain. */
  sufficientNodeInfo: boolean;
  /** Allocatable CPU (millicores) per zone, zones in name order; undefined when info is insufficient. */
  cpuByZone?: Map<string, number>;
  /** zone CPU / total CPU, zones in name order; undefined when info is insufficient. */
  cpuRatiosByZone?: Map<string, number>;
  /** Nodes left out of the accounting, and why. */
  excluded: { node: string; reason: string }[];
  /** Why node info is insufficient, in plain words. */
  insufficientReason?: string;
}

/**
 * SetNodes: sums allocatable CPU per zone over Ready nodes that are not control-plane nodes.
 * One counted node without zone or CPU makes the information insufficient for every Service.
 *
 * @example
 * setNodes(nodes).cpuRatiosByZone; // Map { 'zone-a' => 0.5, 'zone-b' => 0.5 }
 */
export function setNodes(nodes: readonly Node[]): NodeTopology {
  // Every topology-aware Service of a cluster counts the same nodes: count them once per list.
  let topology = byNodeList.get(nodes);
  if (!topology) byNodeList.set(nodes, (topology = countNodes(nodes)));
  return topology;
}

/** Decoded nodes are never changed in place, so one list always counts the same. */
const byNodeList = new WeakMap<readonly Node[], NodeTopology>();

function countNodes(nodes: readonly Node[]): NodeTopology {
  const excluded: NodeTopology['excluded'] = [];
  const cpu = new Map<string, number>();
  let total = 0;
  for (const node of nodes) {
    const name = node.metadata.name;
    if (node.controlPlane) {
      excluded.push({ node: name, reason: 'control-plane node' });
      continue;
    }
    if (!node.ready) {
      excluded.push({ node: name, reason: 'not Ready' });
      continue;
    }
    // NOTE: upstream bails out for the whole cluster at the first such node (a TODO in
    // topologycache.go asks whether some proportion should be tolerated).
    if (!node.zone || node.allocatableCpuMilli <= 0) {
      const missing = !node.zone ? 'no topology.kubernetes.io/zone label' : 'no allocatable CPU';
      return { sufficientNodeInfo: false, excluded, insufficientReason: `node ${name} has ${missing}` };
    }
    total += node.allocatableCpuMilli;
    cpu.set(node.zone, (cpu.get(node.zone) ?? 0) + node.allocatableCpuMilli);
  }
  if (total === 0 || cpu.size < 2) {
    const insufficientReason =
      total === 0
        ? 'no Ready worker node with allocatable CPU is left to count'
        : `Ready worker nodes are in one zone only (${[...cpu.keys()][0]})`;
    return { sufficientNodeInfo: false, excluded, insufficientReason };
  }
  const zones = [...cpu.keys()].sort();
  const cpuByZone = new Map(zones.map((zone) => [zone, cpu.get(zone)!]));
  const cpuRatiosByZone = new Map(zones.map((zone) => [zone, cpu.get(zone)! / total]));
  return { sufficientNodeInfo: true, cpuByZone, cpuRatiosByZone, excluded };
}
