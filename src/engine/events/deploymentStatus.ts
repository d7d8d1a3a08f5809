/**
 * The Deployment controller's status: replica counts and the Available and Progressing conditions
 * (pkg/controller/deployment sync.go and progress.go), with the progress deadline.
 */
import {
  DEFAULT_PROGRESS_DEADLINE_SECONDS as DEFAULT_DEADLINE,
  keyOf,
  type Deployment,
  type DeploymentCondition,
  type DeploymentStatus,
} from '../model';
import { computeHash, POD_TEMPLATE_HASH_LABEL } from '../scheduler/podNames';
import { ownedPods, resolveFenceposts } from './deploymentController';
import type { World } from './world';

interface Counts {
  hash: string;
  replicas: number;
  updated: number;
  ready: number;
  available: number;
}

function countsOf(world: World, deployment: Deployment): Counts {
  const hash = computeHash(deployment);
  const owned = ownedPods(world, deployment);
  const minReady = deployment.minReadySeconds ?? 0;
  return {
    hash,
    replicas: owned.length,
    updated: owned.filter((p) => p.metadata.labels[POD_TEMPLATE_HASH_LABEL] === hash).length,
    ready: owned.filter((p) => p.status.ready).length,
    available: owned.filter((p) => world.isAvailable(p, minReady)).length,
  };
}

/** DeploymentComplete: every replica updated and available, no old one left. */
function complete(deployment: Deployment, c: Counts): boolean {
  return c.updated === deployment.replicas && c.replicas === deployment.replicas && c.available === deployment.replicas;
}

/**
 * After the controllers settled: notes progress (DeploymentProgressing: more updated, ready or
 * available pods, fewer old ones, or a new template), and a rollout that made none for
 * progressDeadlineSeconds times out, said once in the log.
 */
export function trackRollouts(world: World): void {
  for (const deployment of world.cluster.deployments) {
    const key = keyOf(deployment.metadata);
    const c = countsOf(world, deployment);
    const before = world.rollouts.get(key);
    const old = c.replicas - c.updated;
    if (!before || before.hash !== c.hash || deployment.paused) {
      world.rollouts.set(key, {
        hash: c.hash,
        updated: c.updated,
        ready: c.ready,
        available: c.available,
        old,
        lastProgressAt: world.t,
        timedOut: false,
      });
      continue;
    }
    const progressed = c.updated > before.updated || old < before.old || c.ready > before.ready || c.available > before.available;
    Object.assign(before, { updated: c.updated, ready: c.ready, available: c.available, old });
    if (progressed) before.lastProgressAt = world.t;
    if (complete(deployment, c)) before.timedOut = false;
    else if (!before.timedOut && world.t >= before.lastProgressAt + (deployment.progressDeadlineSeconds ?? DEFAULT_DEADLINE)) {
      before.timedOut = true;
      world.say(`Deployment ${key}: ProgressDeadlineExceeded: ${replicaSetName(deployment, c.hash)} has timed out progressing.`);
    }
  }
}

/** The seconds at which a rollout times out, or a Ready pod becomes available: the simulation wakes up then. */
export function rolloutMoments(world: World): number[] {
  const moments: number[] = [];
  for (const deployment of world.cluster.deployments) {
    const progress = world.rollouts.get(keyOf(deployment.metadata));
    if (progress && !progress.timedOut && !deployment.paused && !complete(deployment, countsOf(world, deployment))) {
      moments.push(progress.lastProgressAt + (deployment.progressDeadlineSeconds ?? DEFAULT_DEADLINE));
    }
    const minReady = deployment.minReadySeconds ?? 0;
    if (minReady <= 0) continue;
    for (const pod of ownedPods(world, deployment)) {
      const since = world.life.get(keyOf(pod.metadata))?.readySince;
      if (pod.status.ready && since !== undefined) moments.push(since + minReady);
    }
  }
  return moments;
}

/**
 * The status kubectl reads (get, describe, rollout status).
 *
 * @example
 * deploymentStatusOf(world, deployment).conditions[1]; // { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', … }
 */
export function deploymentStatusOf(world: World, deployment: Deployment): DeploymentStatus {
  const c = countsOf(world, deployment);
  const progress = world.rollouts.get(keyOf(deployment.metadata));
  const rs = replicaSetName(deployment, c.hash);
  // deploymentutil.MaxUnavailable: 0 for Recreate or no replicas.
  const maxUnavailable =
    deployment.strategy?.type === 'Recreate' || deployment.replicas === 0
      ? 0
      : resolveFenceposts(deployment.strategy, deployment.replicas).maxUnavailable;
  const available: DeploymentCondition =
    c.available >= deployment.replicas - maxUnavailable
      ? { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' }
      : {
          type: 'Available',
          status: 'False',
          reason: 'MinimumReplicasUnavailable',
          message: 'Deployment does not have minimum availability.',
        };
  let progressing: DeploymentCondition;
  if (deployment.paused)
    progressing = { type: 'Progressing', status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' };
  else if (progress?.timedOut)
    progressing = { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: `${rs} has timed out progressing.` };
  else if (complete(deployment, c))
    progressing = { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: `${rs} has successfully progressed.` };
  else progressing = { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: `${rs} is progressing.` };
  const minReady = deployment.minReadySeconds ?? 0;
  const availableByTemplateHash: Record<string, number> = {};
  for (const pod of ownedPods(world, deployment)) {
    const hash = pod.metadata.labels[POD_TEMPLATE_HASH_LABEL]!;
    availableByTemplateHash[hash] = (availableByTemplateHash[hash] ?? 0) + (world.isAvailable(pod, minReady) ? 1 : 0);
  }
  return {
    replicas: c.replicas,
    updatedReplicas: c.updated,
    readyReplicas: c.ready,
    availableReplicas: c.available,
    unavailableReplicas: Math.max(0, deployment.replicas - c.available),
    conditions: [available, progressing],
    availableByTemplateHash,
  };
}

function replicaSetName(deployment: Deployment, hash: string): string {
  return `ReplicaSet "${deployment.metadata.name}-${hash}"`;
}
