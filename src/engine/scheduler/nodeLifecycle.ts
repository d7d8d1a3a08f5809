/** The node lifecycle controller's effect on pods of a NotReady node (pkg/controller/nodelifecycle). */
import { diagnosticAt, type Diagnostic } from '../diagnostics';
import type { Node } from '../model';

/**
 * The info diagnostic for a NotReady node running pods: MarkPodsNotReady sets their Ready
 * condition to False, so EndpointSlices list them as not ready (not serving).
 *
 * @example
 * markPodsNotReadyDiagnostic(node, 2).message;
 * // "Node mnode-m03 is NotReady: the node lifecycle controller marks its 2 pods Ready=False (MarkPodsNotReady) …"
 */
export function markPodsNotReadyDiagnostic(node: Node, podCount: number): Diagnostic {
  const pods = podCount === 1 ? '1 pod' : `${podCount} pods`;
  return diagnosticAt(
    node.source,
    ['status', 'conditions'],
    'info',
    `Node ${node.metadata.name} is NotReady: the node lifecycle controller marks its ${pods} Ready=False (MarkPodsNotReady), so their endpoints are not ready and not serving`,
    `Node ${node.metadata.name}`,
  );
}
