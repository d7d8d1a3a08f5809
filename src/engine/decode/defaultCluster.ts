/**
 * The cluster the playground supplies when the input has no Node objects (a docs page's
 * Deployment and Service, a dump of one namespace): three zones of two Ready nodes each, or the
 * nodes the input's pods name in spec.nodeName. Adding a Node to the input replaces it. When a
 * Service of the input is dual-stack, the cluster is too: each node has an IPv4 and an IPv6 pod
 * CIDR, a /24 and a /64 per node, as kind's dual-stack cluster (podSubnet
 * 10.244.0.0/16,fd00:10:244::/56) hands them out.
 */
import { diagnosticAt, syntheticSource, type Diagnostic, type SourceRef } from '../diagnostics';
import { HOSTNAME_LABEL, ZONE_LABEL, type Node } from '../model';
import { podCidrPrefix } from '../scheduler/podIPs';
import { parseCIDR } from '../validation/cidr';

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
export function defaultNodes(namedByPods: readonly string[], dualStack = false): Node[] {
  const source = syntheticSource('(default cluster)');
  const nodes: Node[] = [];
  if (namedByPods.length > 0) {
    namedByPods.forEach((name, i) => nodes.push(generatedNode(name, DEFAULT_CLUSTER_ZONES[i % DEFAULT_CLUSTER_ZONES.length]!, source)));
  } else {
    for (const zone of DEFAULT_CLUSTER_ZONES) {
      for (let n = 1; n <= DEFAULT_NODES_PER_ZONE; n++) nodes.push(generatedNode(`node-${zone.slice(-1)}${n}`, zone, source));
    }
  }
  if (dualStack) nodes.forEach((node, i) => (node.podCIDRs = dualStackPodCIDRs(i)));
  return nodes;
}

/**
 * Node i's pod CIDRs in the dual-stack default cluster: its IPv4 /24 (the one pods get addresses
 * from anyway) and the i-th /64 of fd00:10:244::/48.
 *
 * @example
 * dualStackPodCIDRs(10); // ["10.244.10.0/24", "fd00:10:244:a::/64"]
 */
export function dualStackPodCIDRs(i: number): string[] {
  // Written as netip prints it: node 0's is fd00:10:244::/64.
  const v6 = parseCIDR(`fd00:10:244:${i.toString(16)}::/64`)!.text;
  return [`${podCidrPrefix(i)}.0/24`, v6];
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
export function defaultClusterDiagnostic(
  nodes: readonly Node[],
  namedByPods: boolean,
  at: SourceRef | undefined,
  dualStackService?: string,
): Diagnostic {
  const zones = [...new Set(nodes.map((n) => n.zone))];
  const shape = namedByPods
    ? `the ${nodes.length} node${nodes.length === 1 ? '' : 's'} its pods name in spec.nodeName (${nodes.map((n) => n.metadata.name).join(', ')}), spread over zones ${zones.join(', ')}`
    : `${zones.length} zones (${zones.join(', ')}) of ${DEFAULT_NODES_PER_ZONE} nodes each (${nodes.map((n) => n.metadata.name).join(', ')})`;
  const message = `The input has no Node objects; the playground supplies a default cluster: ${shape}, every node Ready, labelled ${ZONE_LABEL}, with allocatable cpu "${DEFAULT_CLUSTER_CPU_MILLI / 1000}"${dualStackNote(nodes, dualStackService)}. Add a Node to describe your own cluster; it replaces this one.`;
  return diagnosticAt(at ?? syntheticSource('(default cluster)'), [], 'info', message);
}

/** What the info adds when the default cluster is dual-stack, and why it is. */
function dualStackNote(nodes: readonly Node[], service: string | undefined): string {
  if (service === undefined || nodes.length === 0) return '';
  const first = nodes[0]!;
  const cidrs = first.podCIDRs?.join(', ') ?? '';
  return `; dual-stack because Service ${service} asks for two IP families: each node has an IPv4 and an IPv6 pod CIDR (${first.metadata.name}: ${cidrs}, and so on), so pods without status get an address of each family`;
}
