/**
 * minReadySeconds of the DaemonSets, StatefulSets, ReplicaSets and ReplicationControllers on the
 * timeline's clock: the moments a Ready pod becomes available (the controllers act then), and the
 * status each controller writes at the end of a replay.
 */
import { keyOf, type Pod } from '../model';
import { isActivePod, isClaimedBy } from '../scheduler/workloadPods';
import { allWorkloads, type Workloads } from '../workloads';
import { workloadStatusOf } from '../workloadStatus';
import type { World } from './world';

/**
 * The seconds at which a Ready pod of a workload with minReadySeconds becomes available: the
 * simulation wakes up then, so an OrderedReady StatefulSet or a rolling update goes on.
 *
 * @example
 * workloadAvailabilityMoments(world); // [35] for a pod Ready since 5 s of a StatefulSet with minReadySeconds: 30
 */
export function workloadAvailabilityMoments(world: World): number[] {
  const moments: number[] = [];
  for (const workload of allWorkloads(world.cluster.workloads)) {
    if (workload.minReadySeconds <= 0) continue;
    for (const pod of world.cluster.pods) {
      if (!pod.status.ready || !isActivePod(pod) || !isClaimedBy(pod, workload)) continue;
      const since = world.life.get(keyOf(pod.metadata))?.readySince;
      if (since !== undefined && Number.isFinite(since)) moments.push(since + workload.minReadySeconds);
    }
  }
  return moments;
}

/**
 * The live workloads with the status their controllers wrote at the world's moment (new objects: the files' stay as they were).
 *
 * @example
 * workloadsWithStatus(world)?.statefulSets[0].status?.available; // 2 while the third pod is Ready for less than minReadySeconds
 */
export function workloadsWithStatus(world: World): Workloads | undefined {
  const workloads = world.cluster.workloads;
  if (!workloads) return undefined;
  const { pods, nodes } = world.cluster;
  const available = (pod: Pod, minReadySeconds: number) => world.isAvailable(pod, minReadySeconds);
  return {
    daemonSets: workloads.daemonSets.map((w) => ({ ...w, status: workloadStatusOf(w, pods, nodes, available) })),
    statefulSets: workloads.statefulSets.map((w) => ({ ...w, status: workloadStatusOf(w, pods, nodes, available) })),
    replicaSets: workloads.replicaSets.map((w) => ({ ...w, status: workloadStatusOf(w, pods, nodes, available) })),
  };
}
