/**
 * The controllers catching up with a change, and the timers that make things happen later:
 * grace periods ending, pods getting Ready, crash-loop restarts, NotReady nodes' pods evicted.
 */
import { keyOf, type Deployment, type Pod } from '../model';
import { NOT_READY_EVICTION_SECONDS } from './clock';
import { ownedPods, syncDeployment } from './deploymentController';
import { rolloutMoments, trackRollouts } from './deploymentStatus';
import { continueDrain } from './nodeEvents';
import { createAndSchedule } from './schedule';
import { workloadAvailabilityMoments } from './workloadAvailability';
import { syncWorkloads } from './workloadControllers';
import { isActive, type World } from './world';

const MAX_ROUNDS = 50;

/** Daemon pods tolerate not-ready and unreachable NoExecute taints without a time limit: never evicted for it. */
function isDaemonPod(pod: Pod): boolean {
  return (pod.owner ?? pod.controllerRef)?.kind === 'DaemonSet';
}

/** Runs the kubelets, node lifecycle, Deployment/ReplicaSet controllers and scheduler until nothing changes. */
export function settle(world: World): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    removeFinishedPods(world);
    evictFromNotReadyNodes(world);
    world.refreshPods();
    for (const [node, drain] of [...world.draining]) if (drain.retryAt <= world.t) continueDrain(world, node);
    const creations = new Map<Deployment, number>();
    let changed = false;
    for (const deployment of world.cluster.deployments) if (syncDeployment(world, deployment, creations)) changed = true;
    const workloads = syncWorkloads(world);
    if (workloads.changed) changed = true;
    if (createAndSchedule(world, creations, (d) => ownedPods(world, d), workloads.created)) changed = true;
    world.refreshPods();
    if (!changed) break;
  }
  trackRollouts(world);
}

/** The kubelet confirms a deletion when the grace period is over; an unreachable node's pods stay Terminating. */
function removeFinishedPods(world: World): void {
  for (const pod of [...world.cluster.pods]) {
    const life = world.life.get(keyOf(pod.metadata));
    if (pod.metadata.deletionTimestamp === undefined || life?.deleteAt === undefined || life.deleteAt > world.t) continue;
    if (pod.spec.nodeName && world.node(pod.spec.nodeName) && !world.nodeReady(pod.spec.nodeName)) continue;
    world.removePod(keyOf(pod.metadata));
    world.say(`Killing: pod ${keyOf(pod.metadata)} stopped and removed`);
  }
}

/**
 * NOTE: when every node is NotReady the node lifecycle controller assumes its own network is cut
 * off and evicts nothing (full disruption, pkg/controller/nodelifecycle).
 */
function evictionHalted(world: World): boolean {
  return world.cluster.nodes.length > 0 && world.cluster.nodes.every((n) => !n.ready);
}

function evictFromNotReadyNodes(world: World): void {
  if (evictionHalted(world)) return;
  for (const [node, since] of world.notReadySince) {
    if (since + NOT_READY_EVICTION_SECONDS > world.t) continue;
    for (const pod of world.cluster.pods.filter((p) => p.spec.nodeName === node && isActive(p) && !isDaemonPod(p))) {
      world.deletePod(
        pod,
        pod.spec.terminationGracePeriodSeconds,
        `TaintManagerEviction: node ${node} NotReady for ${NOT_READY_EVICTION_SECONDS}s`,
      );
    }
  }
}

/** The next second after `t` at which something changes by itself, if any. */
export function nextChangeAt(world: World): number | undefined {
  let next = Infinity;
  const consider = (at: number) => {
    if (at > world.t && at < next) next = at;
  };
  for (const pod of world.cluster.pods) {
    const life = world.life.get(keyOf(pod.metadata));
    if (!life) continue;
    if (pod.spec.nodeName) consider(life.readyAt);
    if (
      pod.metadata.deletionTimestamp !== undefined &&
      life.deleteAt !== undefined &&
      (!world.node(pod.spec.nodeName ?? '') || world.nodeReady(pod.spec.nodeName))
    )
      consider(life.deleteAt);
    const restart = world.restartsOf(life).next;
    if (restart !== undefined) consider(restart);
  }
  for (const drain of world.draining.values()) consider(drain.retryAt);
  for (const at of rolloutMoments(world)) consider(at);
  for (const at of workloadAvailabilityMoments(world)) consider(at);
  if (!evictionHalted(world)) {
    for (const [node, since] of world.notReadySince) {
      if (world.cluster.pods.some((p) => p.spec.nodeName === node && isActive(p) && !isDaemonPod(p)))
        consider(since + NOT_READY_EVICTION_SECONDS);
    }
  }
  return next === Infinity ? undefined : next;
}
