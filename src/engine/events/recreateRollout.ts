/**
 * The Recreate strategy (rolloutRecreate in pkg/controller/deployment/recreate.go): every old pod
 * is deleted first, and the new ReplicaSet is scaled up only once no old pod is running, not even
 * a terminating one. In between the Deployment has no Ready pod.
 */
import { keyOf, type Deployment, type Pod } from '../model';
import { POD_TEMPLATE_HASH_LABEL } from '../scheduler/podNames';
import { matchesLabelSelector } from '../selectors';
import type { World } from './world';

/** Old-template pods still being deleted: for Recreate they are still running (oldPodsRunning). */
function terminatingOldPods(world: World, deployment: Deployment, hash: string): Pod[] {
  const { namespace } = deployment.metadata;
  return world.cluster.pods.filter(
    (pod) =>
      pod.metadata.namespace === namespace &&
      pod.metadata.deletionTimestamp !== undefined &&
      pod.status.phase !== 'Succeeded' &&
      pod.status.phase !== 'Failed' &&
      POD_TEMPLATE_HASH_LABEL in pod.metadata.labels &&
      pod.metadata.labels[POD_TEMPLATE_HASH_LABEL] !== hash &&
      matchesLabelSelector(pod.metadata.labels, deployment.selector),
  );
}

/**
 * One Recreate step: deletes the active old pods, or holds the new ReplicaSet back while old pods
 * terminate. Returns undefined when no old pod is left and the ReplicaSet may scale up as usual.
 *
 * @example
 * recreateStep(world, deployment, hash, oldPods); // true: the old pods were deleted
 */
export function recreateStep(world: World, deployment: Deployment, hash: string, old: Pod[]): boolean | undefined {
  if (old.length > 0) {
    const why = `Deployment ${keyOf(deployment.metadata)}: Recreate, scaled down old replica sets to 0 before creating new pods`;
    for (const pod of old) world.deletePod(pod, pod.spec.terminationGracePeriodSeconds, why);
    return true;
  }
  if (terminatingOldPods(world, deployment, hash).length > 0) return false;
  return undefined;
}
