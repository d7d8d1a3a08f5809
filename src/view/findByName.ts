/**
 * "Find a pod or node by name": exact matches first (node name, pod `namespace/name`, pod name),
 * then the first node, then the first pod, whose name contains the query. Case-insensitive.
 */
import type { NodeSummary, PodSummary } from '../engine';

export type Found = { kind: 'node'; id: string } | { kind: 'pod'; id: string };

/**
 * @example
 * findByName(report.nodes, report.pods, 'client'); // { kind: 'pod', id: 'default/client' }
 */
export function findByName(
  nodes: readonly Pick<NodeSummary, 'name'>[],
  pods: readonly Pick<PodSummary, 'key' | 'name'>[],
  query: string,
): Found | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const node = nodes.find((n) => n.name.toLowerCase() === q);
  if (node) return { kind: 'node', id: node.name };
  const pod = pods.find((p) => p.key.toLowerCase() === q) ?? pods.find((p) => p.name.toLowerCase() === q);
  if (pod) return { kind: 'pod', id: pod.key };
  const partialNode = nodes.find((n) => n.name.toLowerCase().includes(q));
  if (partialNode) return { kind: 'node', id: partialNode.name };
  const partialPod = pods.find((p) => p.key.toLowerCase().includes(q));
  return partialPod ? { kind: 'pod', id: partialPod.key } : null;
}
