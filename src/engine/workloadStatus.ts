/**
 * The status counts the DaemonSet, StatefulSet and ReplicaSet controllers write (updateDaemonSetStatus,
 * computeReplicaStatus, calculateStatus), from the pods they claim: availability is decided by the
 * caller's clock (podutil.IsPodAvailable: Ready for at least minReadySeconds).
 */
import type { Node, Pod } from './model';
import { nodeShouldRunDaemonPod } from './scheduler/daemonSetPlacement';
import { CONTROLLER_REVISION_HASH_LABEL, isActivePod, isClaimedBy, workloadRevision } from './scheduler/workloadPods';
import type { Workload, WorkloadStatus } from './workloads';

/** Whether a pod has been Ready for at least `minReadySeconds` at the moment the status is taken. */
export type AvailableAt = (pod: Pod, minReadySeconds: number) => boolean;

/**
 * The workload's status on a cluster of `pods` and `nodes`. A DaemonSet counts nodes: each node
 * that should run its pod counts once, by its oldest active pod (the first listed), as upstream does.
 *
 * @example
 * workloadStatusOf(statefulSet, pods, nodes, (p) => p.status.ready); // { desired: 3, current: 3, ready: 3, updated: 3, available: 3, misscheduled: 0 }
 */
export function workloadStatusOf(
  workload: Workload,
  pods: readonly Pod[],
  nodes: readonly Node[],
  isAvailable: AvailableAt,
): WorkloadStatus {
  const claimed = pods.filter((p) => isActivePod(p) && isClaimedBy(p, workload));
  const revision = workloadRevision(workload);
  const isUpdated = (p: Pod) =>
    workload.kind === 'ReplicaSet' ||
    workload.kind === 'ReplicationController' ||
    p.metadata.labels[CONTROLLER_REVISION_HASH_LABEL] === revision;
  const isReady = (p: Pod) => p.status.phase === 'Running' && p.status.ready;
  const isAvailableNow = (p: Pod) => isReady(p) && isAvailable(p, workload.minReadySeconds);
  if (workload.kind !== 'DaemonSet') {
    return {
      desired: workload.replicas,
      current: claimed.length,
      ready: claimed.filter(isReady).length,
      updated: claimed.filter(isUpdated).length,
      available: claimed.filter(isAvailableNow).length,
      misscheduled: 0,
    };
  }
  const status: WorkloadStatus = { desired: 0, current: 0, ready: 0, updated: 0, available: 0, misscheduled: 0 };
  const oldestByNode = new Map<string, Pod>();
  for (const pod of claimed) if (pod.spec.nodeName && !oldestByNode.has(pod.spec.nodeName)) oldestByNode.set(pod.spec.nodeName, pod);
  for (const node of nodes) {
    const shouldRun = nodeShouldRunDaemonPod(node, workload).shouldRun;
    const pod = oldestByNode.get(node.metadata.name);
    if (!shouldRun) {
      if (pod) status.misscheduled++;
      continue;
    }
    status.desired++;
    if (!pod) continue;
    status.current++;
    if (isReady(pod)) status.ready++;
    if (isAvailableNow(pod)) status.available++;
    if (isUpdated(pod)) status.updated++;
  }
  return status;
}
