/**
 * What a Deployment's ReplicaSet asks for: its pod labels (template + pod-template-hash), how many
 * pods are still missing, and their names.
 */
import { MAX_WORKLOAD_PODS } from '../limits';
import { type Deployment, type LabelSelector, type Labels, type Pod } from '../model';
import { matchesLabelSelector, type PodIndex } from '../selectors';
import { POD_TEMPLATE_HASH_LABEL, computeHash, replicaPodName } from './podNames';

export interface ReplicaSetPlan {
  hash: string;
  labels: Labels;
  /** The ReplicaSet's selector: the Deployment's plus pod-template-hash. */
  selector: LabelSelector;
  /** Existing user pods counted as replicas. */
  adopted: number;
  /** Of those, pods the engine did not create itself (from a cluster dump, not from an earlier event). */
  foreign: number;
  /** Names of the pods to create (replicas − adopted of them). */
  names: string[];
}

/**
 * Plans the pods of a Deployment's current ReplicaSet. `taken` holds "namespace/name" of every pod
 * so far and receives the new names.
 *
 * NOTE: a cluster dump lists the Deployment's pods too; active pods that match its selector and
 * carry a pod-template-hash label count as replicas, so the dump's pods are not doubled.
 *
 * @example
 * planReplicaSet(deployment, new PodIndex(userPods), taken).names; // ["echo-7f87489d76-bhnfl", "echo-7f87489d76-4lzt6"]
 */
export function planReplicaSet(deployment: Deployment, userPods: PodIndex, taken: Set<string>): ReplicaSetPlan {
  const { namespace, name } = deployment.metadata;
  const hash = computeHash(deployment);
  const labels = { ...deployment.template.labels, [POD_TEMPLATE_HASH_LABEL]: hash };
  const selector = {
    matchLabels: { ...deployment.selector.matchLabels, [POD_TEMPLATE_HASH_LABEL]: hash },
    matchExpressions: deployment.selector.matchExpressions,
  };
  const { adopted, foreign } = countAdoptedPods(userPods, deployment);
  const names: string[] = [];
  // Decoding refuses larger Deployments; the bound keeps a cluster built by other means finite too.
  const count = Math.min(MAX_WORKLOAD_PODS, Math.max(0, deployment.replicas - adopted));
  for (let r = 0; r < count; r++) names.push(replicaPodName(namespace, name, hash, r, taken));
  return { hash, labels, selector, adopted, foreign, names };
}

function countAdoptedPods(index: PodIndex, deployment: Deployment): { adopted: number; foreign: number } {
  const selector = deployment.selector;
  if (Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0) return { adopted: 0, foreign: 0 };
  let adopted = 0;
  let foreign = 0;
  for (const pod of index.select(deployment.metadata.namespace, selector.matchLabels)) {
    if (!isActive(pod)) continue;
    if (POD_TEMPLATE_HASH_LABEL in pod.metadata.labels && matchesLabelSelector(pod.metadata.labels, selector)) {
      adopted++;
      if (!pod.owner) foreign++;
    }
  }
  return { adopted, foreign };
}

/** controller.FilterActivePods: not terminated, not being deleted. */
function isActive(pod: Pod): boolean {
  return pod.status.phase !== 'Succeeded' && pod.status.phase !== 'Failed' && pod.metadata.deletionTimestamp === undefined;
}
