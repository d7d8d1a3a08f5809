/** Replays a timeline of events on the cluster from the files, with time flowing up to `now`. */
import { keyOf, type ClusterState, type Pod } from '../model';
import { schedulePods } from '../scheduler/schedulePods';
import { applyEvent } from './applyEvent';
import { deploymentStatusOf } from './deploymentStatus';
import { nextChangeAt, settle } from './settle';
import type { PodLifecycle, SimulationResult, TimelineEvent } from './types';
import { workloadsWithStatus } from './workloadAvailability';
import { World } from './world';

const MAX_STEPS = 100_000;

/**
 * The cluster at simulated second `now` after the timeline's events (those with `at <= now`, in
 * order). First every pod is materialised as the scheduler places it, so a Deployment's pods keep
 * their names through later events; then each event is applied and the controllers react, and
 * time runs its timers (start-up, grace periods, crash back-off, NotReady eviction) in between.
 * Deterministic: the same input always gives the same cluster and log.
 *
 * @example
 * const { cluster, log } = simulateCluster(base, [{ id: '1', at: 0, event: { type: 'node.drain', node: 'mnode-m03' }, label: 'kubectl drain mnode-m03' }], 10);
 * cluster.pods.filter((p) => p.metadata.deletionTimestamp); // the evicted pods, Terminating until their grace period ends
 */
export function simulateCluster(base: ClusterState, timeline: readonly TimelineEvent[], now: number): SimulationResult {
  const world = materialise(base);
  settle(world);
  for (const entry of timeline) {
    if (entry.at > now) break;
    advance(world, Math.max(world.t, entry.at));
    world.label = entry.label;
    applyEvent(world, entry.event);
    world.refreshNodes();
    settle(world);
    world.label = '';
  }
  advance(world, Math.max(world.t, now));

  const pods: Record<string, PodLifecycle> = {};
  for (const pod of world.cluster.pods) {
    const life = world.lifeOf(pod);
    const entry: PodLifecycle = { createdAt: life.createdAt, restarts: world.restartsOf(life).count };
    const reason = statusReason(pod, life.crashSince !== undefined);
    if (reason) entry.reason = reason;
    pods[keyOf(pod.metadata)] = entry;
  }
  const next = nextChangeAt(world);
  world.cluster.deployments = world.cluster.deployments.map((d) => ({ ...d, status: deploymentStatusOf(world, d) }));
  const workloads = workloadsWithStatus(world);
  if (workloads) world.cluster.workloads = workloads;
  return {
    cluster: world.cluster,
    log: world.log,
    diagnostics: world.diagnostics,
    pods,
    ...(next !== undefined ? { nextChangeAt: next } : {}),
  };
}

function advance(world: World, to: number): void {
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = nextChangeAt(world);
    if (next === undefined || next > to) break;
    world.t = next;
    settle(world);
  }
  world.t = to;
  world.refreshPods();
}

function materialise(base: ClusterState): World {
  const userReady = new Map(base.pods.map((p) => [keyOf(p.metadata), p.status.ready]));
  const { pods } = schedulePods(base);
  const cluster: ClusterState = {
    ...base,
    nodes: base.nodes.map((n) => ({ ...n })),
    pods: pods.map((p): Pod => ({ ...p, metadata: { ...p.metadata }, spec: { ...p.spec }, status: { ...p.status } })),
    deployments: [...base.deployments],
    services: [...base.services],
    endpointSlices: [...base.endpointSlices],
  };
  const world = new World(cluster);
  for (const pod of cluster.pods) {
    const baseReady = userReady.get(keyOf(pod.metadata)) ?? true;
    // The files' pods have been running for an unknown while: already available, whatever minReadySeconds.
    world.life.set(keyOf(pod.metadata), {
      createdAt: 0,
      readyAt: 0,
      ...(baseReady ? { readySince: -Infinity } : {}),
      baseReady,
      probeFailing: false,
      restarts: 0,
    });
  }
  world.refreshNodes();
  return world;
}

function statusReason(pod: Pod, crashing: boolean): string | undefined {
  if (pod.metadata.deletionTimestamp !== undefined) return 'Terminating';
  if (crashing) return 'CrashLoopBackOff';
  return undefined;
}
