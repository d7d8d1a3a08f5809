/**
 * The scheduler stage again after Nodes or Pods were edited in place, when no pod's placement
 * can change: either the scheduler places no pod at all (every pod is bound by spec.nodeName, no
 * Deployment or other workload creates any), or the edit leaves alone everything the scheduler
 * reads of the edited objects. What is left to the stage then — a pod on a NotReady node marked
 * not ready, an address for a pod written without one, the stage's diagnostics — is redone, and
 * the pods that came out different are named.
 */
import type { Diagnostic } from '../diagnostics';
import { keyOf, type ClusterState, type Node, type Pod } from '../model';
import { schedulePods } from '../scheduler/schedulePods';
import type { NodeEdit, PodEdit } from './objectEdits';

export interface Rescheduled {
  /** The scheduler's pods: the previous objects where a pod came out the same. */
  pods: Pod[];
  diagnostics: Diagnostic[];
  /** Positions (in `pods`) of the pods that came out different. */
  changed: number[];
}

/**
 * @example
 * const again = reschedule(previousPods, cluster, nodeEdits, []);
 * if ('changed' in again) again.changed; // [4, 9]: the pods on a node whose Ready condition changed
 */
export function reschedule(
  previous: { cluster: ClusterState; pods: readonly Pod[] },
  cluster: ClusterState,
  nodes: readonly NodeEdit[],
  pods: readonly PodEdit[],
): Rescheduled | { reason: string } {
  const placing = placesPods(previous.cluster) ?? placesPodsAfter(previous.cluster, cluster, pods);
  if (placing) {
    for (const edit of nodes) {
      if (nodeSchedulingInput(edit.before) !== nodeSchedulingInput(edit.after))
        return {
          reason: `Node ${edit.after.metadata.name}: a field the scheduler reads changed (labels, allocatable CPU, taints, unschedulable or Ready) while the scheduler places pods (${placing}): their placement may change`,
        };
    }
    for (const edit of pods) {
      if (podSchedulingInput(edit.before) !== podSchedulingInput(edit.after))
        return {
          reason: `Pod ${edit.key}: a field the scheduler reads changed (labels, spec, phase or deletionTimestamp) while the scheduler places pods (${placing}): their placement may change`,
        };
    }
  }
  const scheduled = schedulePods(cluster);
  const before = previous.pods;
  const after = scheduled.pods;
  if (after.length !== before.length) return { reason: `the scheduler's pods went from ${before.length} to ${after.length}` };
  const edited = new Set(pods.map((edit) => edit.key));
  const out = after.slice();
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a === b) continue;
    const key = keyOf(b.metadata);
    if (keyOf(a.metadata) !== key) return { reason: `the scheduler's pods changed (${keyOf(a.metadata)} became ${key})` };
    // Unreachable by the decision above; a guard, so that a placement never goes stale.
    if (a.spec.nodeName !== b.spec.nodeName && !edited.has(key)) return { reason: `the scheduler placed Pod ${key} on another node` };
    if (JSON.stringify(a) === JSON.stringify(b)) out[i] = a;
    else changed.push(i);
  }
  return { pods: out, diagnostics: scheduled.diagnostics, changed };
}

/** placesPods of a cluster, by its pod list (kept from one edit to the next). */
const placing = new WeakMap<readonly Pod[], string | undefined>();

/** What makes the scheduler place pods in this cluster, or undefined when it places none. */
function placesPods(cluster: ClusterState): string | undefined {
  if (placing.has(cluster.pods)) return placing.get(cluster.pods);
  const found = scanPods(cluster);
  placing.set(cluster.pods, found);
  return found;
}

/** placesPods of `after`, which differs from `before` (where the scheduler places no pod) by the edited pods alone. */
function placesPodsAfter(before: ClusterState, after: ClusterState, edited: readonly PodEdit[]): string | undefined {
  if (after.pods === before.pods) return undefined;
  let found: string | undefined;
  for (const edit of edited) found ??= unboundReason(edit.after);
  placing.set(after.pods, found);
  return found;
}

function scanPods(cluster: ClusterState): string | undefined {
  if (cluster.deployments.length > 0) return 'Deployments';
  const workloads = cluster.workloads;
  if (workloads && (workloads.daemonSets.length || workloads.statefulSets.length || workloads.replicaSets.length))
    return 'DaemonSets, StatefulSets or ReplicaSets';
  for (const pod of cluster.pods) {
    const reason = unboundReason(pod);
    if (reason) return reason;
  }
  return undefined;
}

/** The pod waits for the scheduler: no spec.nodeName, neither terminated nor being deleted. */
function unboundReason(pod: Pod): string | undefined {
  if (pod.spec.nodeName || pod.metadata.deletionTimestamp !== undefined) return undefined;
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') return undefined;
  return `Pod ${keyOf(pod.metadata)} has no spec.nodeName`;
}

/** Every field of a Node the scheduler (filters, scores, spreading, DaemonSet placement) reads. */
function nodeSchedulingInput(node: Node): string {
  return JSON.stringify([
    node.metadata.labels,
    node.zone,
    node.unschedulable,
    node.taints,
    node.ready,
    node.allocatableCpuMilli,
    node.controlPlane,
  ]);
}

/** Every field of a Pod the scheduler reads (of a bound pod: what it takes of its node and spreads by). */
function podSchedulingInput(pod: Pod): string {
  return JSON.stringify([pod.metadata.labels, pod.metadata.deletionTimestamp, pod.spec, pod.status.phase, pod.controllerRef]);
}
