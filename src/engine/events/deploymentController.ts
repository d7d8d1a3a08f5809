/**
 * The Deployment and ReplicaSet controllers: keep `replicas` pods of the current template, and roll
 * a changed template out by spec.strategy: RollingUpdate within maxSurge and maxUnavailable (old
 * pods terminating while new ones start), or Recreate (all old pods gone first). A pod counts as
 * available once Ready for minReadySeconds; a paused Deployment does not roll out.
 */
import { keyOf, type Deployment, type DeploymentStrategy, type Pod } from '../model';
import { POD_TEMPLATE_HASH_LABEL, computeHash } from '../scheduler/podNames';
import { matchesLabelSelector } from '../selectors';
import { scaledValue } from '../validation/intOrPercent';
import { rankForDeletion } from './podRanking';
import { recreateStep } from './recreateRollout';
import { isActive, type World } from './world';

/** Active pods of the Deployment's ReplicaSets: its selector and a pod-template-hash label. */
export function ownedPods(world: World, deployment: Deployment): Pod[] {
  const { namespace } = deployment.metadata;
  const selector = deployment.selector;
  if (Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0) return [];
  return world.cluster.pods.filter(
    (pod) =>
      pod.metadata.namespace === namespace &&
      isActive(pod) &&
      POD_TEMPLATE_HASH_LABEL in pod.metadata.labels &&
      matchesLabelSelector(pod.metadata.labels, selector),
  );
}

/**
 * maxSurge and maxUnavailable resolved for `replicas` (deploymentutil.ResolveFenceposts): a percent
 * maxSurge rounds up, a percent maxUnavailable down; when both come to 0, maxUnavailable is 1.
 * Without a strategy, the defaults (25% each).
 *
 * @example
 * resolveFenceposts({ type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: '25%' }, 2); // { maxSurge: 1, maxUnavailable: 0 }
 */
export function resolveFenceposts(
  strategy: DeploymentStrategy | undefined,
  replicas: number,
): { maxSurge: number; maxUnavailable: number } {
  const bounds = strategy?.type === 'RollingUpdate' ? strategy : { maxSurge: '25%', maxUnavailable: '25%' };
  const maxSurge = scaledValue(bounds.maxSurge, replicas, true);
  const maxUnavailable = scaledValue(bounds.maxUnavailable, replicas, false);
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
  const hash = computeHash(deployment);
  const owned = ownedPods(world, deployment);
  const current = owned.filter((p) => p.metadata.labels[POD_TEMPLATE_HASH_LABEL] === hash);
  const old = owned.filter((p) => p.metadata.labels[POD_TEMPLATE_HASH_LABEL] !== hash);
  const replicas = deployment.replicas;
  const remove = (pods: Pod[], why: string) => {
    for (const pod of pods) world.deletePod(pod, pod.spec.terminationGracePeriodSeconds, why);
    return pods.length > 0;
  };

  if (current.length > replicas) {
    return remove(
      rankForDeletion(world, current).slice(0, current.length - replicas),
      `ReplicaSet ${deployment.metadata.name}-${hash}: scaled down to ${replicas}`,
    );
  }
  // NOTE: a paused Deployment gets no new ReplicaSet for a changed template. Its old pods are
  // scaled down to `replicas`; scaling them up would need their template, which is not kept.
  if (deployment.paused && old.length > 0) {
    if (owned.length <= replicas) return false;
    return remove(
      rankForDeletion(world, old).slice(0, owned.length - replicas),
      `Deployment ${name}: paused, scaled down an old replica set to ${replicas}`,
    );
  }
  if (deployment.strategy?.type === 'Recreate') {
    const step = recreateStep(world, deployment, hash, old);
    if (step !== undefined) return step;
  }
  if (old.length === 0) {
    if (current.length < replicas) {
      creations.set(deployment, replicas - current.length);
      return true;
    }
    return false;
  }

  const { maxSurge, maxUnavailable } = resolveFenceposts(deployment.strategy, replicas);
  const scaleUp = Math.min(replicas + maxSurge - owned.length, replicas - current.length);
  if (scaleUp > 0) {
    world.say(
      `Deployment ${name}: rolling update, scaled up replica set ${deployment.metadata.name}-${hash} by ${scaleUp} (maxSurge ${maxSurge})`,
    );
    creations.set(deployment, scaleUp);
    return true;
  }
  const minReady = deployment.minReadySeconds ?? 0;
  const isAvailable = (p: Pod) => world.isAvailable(p, minReady);
  const minAvailable = replicas - maxUnavailable;
  const newUnavailable = current.filter((p) => !isAvailable(p)).length;
  let budget = owned.length - minAvailable - newUnavailable;
  if (budget <= 0) return false;
  const ranked = rankForDeletion(world, old);
  const unhealthy = ranked.filter((p) => !isAvailable(p)).slice(0, budget);
  budget -= unhealthy.length;
  const available = owned.filter(isAvailable).length;
  const healthy = ranked.filter(isAvailable).slice(0, Math.max(0, Math.min(budget, available - minAvailable)));
  const why = `Deployment ${name}: rolling update (maxUnavailable ${maxUnavailable}), scaled down an old replica set`;
  const did = remove([...unhealthy, ...healthy], why);
  if (did && old.length === unhealthy.length + healthy.length)
    world.say(`deployment "${deployment.metadata.name}" successfully rolled out`);
  return did;
}
