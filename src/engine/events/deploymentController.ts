/**
 * The Deployment and ReplicaSet controllers: keep `replicas` pods of the current template, and roll
 * a changed template out with maxSurge and maxUnavailable (both 25%, the defaults), old pods
 * terminating while new ones start.
 */
import { keyOf, type Deployment, type Pod } from '../model';
import { POD_TEMPLATE_HASH_LABEL, computeHash } from '../scheduler/podNames';
import { matchesLabelSelector } from '../selectors';
import { rankForDeletion } from './podRanking';
import { isActive, type World } from './world';

/** Active pods of the Deployment's ReplicaSets: its selector and a pod-template-hash label. */
export function ownedPods(world: World, deployment: Deployment): Pod[] {
  const { namespace } = deployment.metadata;
  const selector = deployment.selector;
  if (Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0) return [];
  return world.cluster.pods.filter(
    (pod) => pod.metadata.namespace === namespace && isActive(pod) && POD_TEMPLATE_HASH_LABEL in pod.metadata.labels && matchesLabelSelector(pod.metadata.labels, selector),
  );
}

/** RollingUpdate defaults resolved for `replicas` (deploymentutil.ResolveFenceposts). */
export function rollingUpdateBounds(replicas: number): { maxSurge: number; maxUnavailable: number } {
  const maxSurge = Math.ceil(replicas * 0.25);
  const maxUnavailable = Math.floor(replicas * 0.25);
  return maxSurge === 0 && maxUnavailable === 0 ? { maxSurge, maxUnavailable: 1 } : { maxSurge, maxUnavailable };
}

/**
 * One sync of one Deployment: either the pods it should create (added to `creations`) or the pods
 * it deletes now. Returns whether it did anything.
 *
 * @example
 * syncDeployment(world, deployment, creations); // true when a rollout step or a scale happened
 */
export function syncDeployment(world: World, deployment: Deployment, creations: Map<Deployment, number>): boolean {
  const name = `${keyOf(deployment.metadata)}`;
  const hash = computeHash(deployment.template);
  const owned = ownedPods(world, deployment);
  const current = owned.filter((p) => p.metadata.labels[POD_TEMPLATE_HASH_LABEL] === hash);
  const old = owned.filter((p) => p.metadata.labels[POD_TEMPLATE_HASH_LABEL] !== hash);
  const replicas = deployment.replicas;
  const remove = (pods: Pod[], why: string) => {
    for (const pod of pods) world.deletePod(pod, pod.spec.terminationGracePeriodSeconds, why);
    return pods.length > 0;
  };

  if (current.length > replicas) {
    return remove(rankForDeletion(world, current).slice(0, current.length - replicas), `ReplicaSet ${deployment.metadata.name}-${hash}: scaled down to ${replicas}`);
  }
  if (old.length === 0) {
    if (current.length < replicas) {
      creations.set(deployment, replicas - current.length);
      return true;
    }
    return false;
  }

  const { maxSurge, maxUnavailable } = rollingUpdateBounds(replicas);
  const scaleUp = Math.min(replicas + maxSurge - owned.length, replicas - current.length);
  if (scaleUp > 0) {
    world.say(`Deployment ${name}: rolling update, scaled up replica set ${deployment.metadata.name}-${hash} by ${scaleUp} (maxSurge ${maxSurge})`);
    creations.set(deployment, scaleUp);
    return true;
  }
  const minAvailable = replicas - maxUnavailable;
  const newUnavailable = current.filter((p) => !p.status.ready).length;
  let budget = owned.length - minAvailable - newUnavailable;
  if (budget <= 0) return false;
  const ranked = rankForDeletion(world, old);
  const unhealthy = ranked.filter((p) => !p.status.ready).slice(0, budget);
  budget -= unhealthy.length;
  const available = owned.filter((p) => p.status.ready).length;
  const healthy = ranked.filter((p) => p.status.ready).slice(0, Math.max(0, Math.min(budget, available - minAvailable)));
  const why = `Deployment ${name}: rolling update (maxUnavailable ${maxUnavailable}), scaled down an old replica set`;
  const did = remove([...unhealthy, ...healthy], why);
  if (did && old.length === unhealthy.length + healthy.length) world.say(`deployment "${deployment.metadata.name}" successfully rolled out`);
  return did;
}
