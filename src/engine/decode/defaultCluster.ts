/**
 * The cluster the playground supplies when the input has no Node objects (a docs page's
 * Deployment and Service, a dump of one namespace): three zones of two Ready nodes each, or the
 * nodes the input's pods name in spec.nodeName. Adding a Node to the input replaces it.
 */
import { diagnosticAt, syntheticSource, type Diagnostic, type SourceRef } from '../diagnostics';
import { HOSTNAME_LABEL, ZONE_LABEL, type Node } from '../model';

/** The default cluster's zones and nodes per zone. */
export const DEFAULT_CLUSTER_ZONES = ['zone-a', 'zone-b', 'zone-c'] as const;
export const DEFAULT_NODES_PER_ZONE = 2;
/** Allocatable CPU of every generated node (4 CPUs). */
export const DEFAULT_CLUSTER_CPU_MILLI = 4000;

/**
 * The generated nodes: `node-a1`, `node-a2`, `node-b1` … in zones zone-a … zone-c, or, when pods
 * name their nodes, those nodes (zones given round-robin in order of first mention).
 *
 * @example
 * defaultNodes([]).map((n) => `${n.metadata.name}@${n.zone}`);
 * // ['node-a1@zone-a', 'node-a2@zone-a', 'node-b1@zone-b', 'node-b2@zone-b', 'node-c1@zone-c', 'node-c2@zone-c']
 */
export function defaultNodes(namedByPods: readonly string[]): Node[] {
  const source = syntheticSource('(default cluster)');
  if (namedByPods.length > 0) {
    return namedByPods.map((name, i) => generatedNode(name, DEFAULT_CLUSTER_ZONES[i % DEFAULT_CLUSTER_ZONES.length]!, source));
  }
  const nodes: Node[] = [];
  for (const zone of DEFAULT_CLUSTER_ZONES) {
    for (let n = 1; n <= DEFAULT_NODES_PER_ZONE; n++) nodes.push(generatedNode(`node-${zone.slice(-1)}${n}`, zone, source));
  }
  return nodes;
}

function generatedNode(name: string, zone: string, source: SourceRef): Node {
  return {
    metadata: { name, namespace: '', labels: { [HOSTNAME_LABEL]: name, [ZONE_LABEL]: zone }, annotations: {} },
    zone,
    unschedulable: false,
    taints: [],
    ready: true,
    allocatableCpuMilli: DEFAULT_CLUSTER_CPU_MILLI,
    controlPlane: false,
    generated: true,
    source,
  };
}

/**
 * The one info that says the cluster was generated, at the first object of the input.
 *
 * @example
 * defaultClusterDiagnostic(nodes, deployment.source).message; // "The input has no Node objects; …"
 */
export function defaultClusterDiagnostic(nodes: readonly Node[], namedByPods: boolean, at: SourceRef | undefined): Diagnostic {
  const zones = [...new Set(nodes.map((n) => n.zone))];
  const shape = namedByPods
    ? `the ${nodes.length} node${nodes.length === 1 ? '' : 's'} its pods name in spec.nodeName (${nodes.map((n) => n.metadata.name).join(', ')}), spread over zones ${zones.join(', ')}`
    : `${zones.length} zones (${zones.join(', ')}) of ${DEFAULT_NODES_PER_ZONE} nodes each (${nodes.map((n) => n.metadata.name).join(', ')})`;
  const message = `The input has no Node objects; the playground supplies a default cluster: ${shape}, every node Ready, labelled ${ZONE_LABEL}, with allocatable cpu "${DEFAULT_CLUSTER_CPU_MILLI / 1000}". Add a Node to describe your own cluster; it replaces this one.`;
  return diagnosticAt(at ?? syntheticSource('(default cluster)'), [], 'info', message);
}
