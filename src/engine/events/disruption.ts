/**
 * Voluntary disruptions: the disruption controller's view of a PodDisruptionBudget
 * (pkg/controller/disruption) and the eviction API's answer (pkg/registry/core/pod/storage/eviction.go),
 * which `kubectl drain` asks for each pod.
 */
import { allWorkloads } from '../workloads';
import { keyOf, type ClusterState, type Pod, type PodDisruptionBudget } from '../model';
import { matchesLabelSelector } from '../selectors';
import { scaledValue } from '../validation/intOrPercent';

export interface DisruptionStatus {
  /** The replicas the pods' controllers ask for (or the pod count, for an int minAvailable). */
  expectedPods: number;
  /** Selected pods that are Ready and not being deleted. */
  currentHealthy: number;
  desiredHealthy: number;
  /** How many more pods may be evicted now. */
  disruptionsAllowed: number;
}

type Cluster = Pick<ClusterState, 'pods' | 'deployments' | 'podDisruptionBudgets'> & Pick<Partial<ClusterState>, 'workloads'>;

/** Pods the budget selects (policy/v1: no selector selects none, an empty one every pod of the namespace). */
export function podsOfBudget(budget: PodDisruptionBudget, pods: readonly Pod[]): Pod[] {
  const { selector } = budget;
  if (!selector) return [];
  return pods.filter((p) => p.metadata.namespace === budget.metadata.namespace && matchesLabelSelector(p.metadata.labels, selector));
}

/**
 * The budget's status as the disruption controller computes it. Pods `evicted` (keys) count as
 * being deleted already: kubectl drain's earlier evictions of the same pass.
 *
 * @example
 * disruptionStatus(budget, cluster); // { expectedPods: 2, currentHealthy: 2, desiredHealthy: 1, disruptionsAllowed: 1 }
 */
export function disruptionStatus(budget: PodDisruptionBudget, cluster: Cluster, evicted: ReadonlySet<string> = NONE): DisruptionStatus {
  const pods = podsOfBudget(budget, cluster.pods);
  const currentHealthy = pods.filter(
    (p) => p.metadata.deletionTimestamp === undefined && !evicted.has(keyOf(p.metadata)) && p.status.ready,
  ).length;
  let expectedPods: number;
  let desiredHealthy: number;
  if (budget.maxUnavailable !== undefined) {
    expectedPods = expectedScale(pods, cluster);
    desiredHealthy = Math.max(0, expectedPods - scaledValue(budget.maxUnavailable, expectedPods, true));
  } else if (typeof budget.minAvailable === 'number') {
    expectedPods = pods.length;
    desiredHealthy = budget.minAvailable;
  } else if (budget.minAvailable !== undefined) {
    expectedPods = expectedScale(pods, cluster);
    desiredHealthy = scaledValue(budget.minAvailable, expectedPods, true);
  } else {
    expectedPods = pods.length;
    desiredHealthy = 0;
  }
  const allowed = currentHealthy - desiredHealthy;
  return { expectedPods, currentHealthy, desiredHealthy, disruptionsAllowed: expectedPods <= 0 || allowed <= 0 ? 0 : allowed };
}

/**
 * NOTE: getExpectedScale counts each controller once, at its desired replicas; pods without a
 * controller are left out (the controller only records an UnmanagedPods event).
 */
function expectedScale(pods: readonly Pod[], cluster: Cluster): number {
  const owners = new Set<string>();
  let total = 0;
  for (const pod of pods) {
    if (!pod.owner) continue;
    const key = `${pod.metadata.namespace}/${pod.owner.name}`;
    if (owners.has(key)) continue;
    owners.add(key);
    total +=
      pod.owner.kind === 'Deployment'
        ? (cluster.deployments.find((d) => keyOf(d.metadata) === key)?.replicas ?? 0)
        : replicasOf(cluster, pod.owner.kind, key);
  }
  return total;
}

/** spec.replicas of a StatefulSet, ReplicaSet or ReplicationController; a DaemonSet has no scale subresource: 0. */
function replicasOf(cluster: Cluster, kind: string, key: string): number {
  const workload = allWorkloads(cluster.workloads).find((w) => w.kind === kind && keyOf(w.metadata) === key);
  return workload && workload.kind !== 'DaemonSet' ? workload.replicas : 0;
}

export type EvictionAnswer =
  | { allowed: true }
  /** 429 TooManyRequests: kubectl drain retries after 5 s. */
  | { allowed: false; retry: true; message: string; cause: string }
  /** Any other error: kubectl drain gives the pod up. */
  | { allowed: false; retry: false; message: string };

/**
 * What the eviction API answers for `pod`.
 *
 * @example
 * evictionAnswer(pod, cluster); // { allowed: false, retry: true, message: "Cannot evict pod as it would violate the pod's disruption budget.", … }
 */
export function evictionAnswer(pod: Pod, cluster: Cluster, evicted: ReadonlySet<string> = NONE): EvictionAnswer {
  // canIgnorePDB: a pod that is done, not yet running, or already being deleted.
  const phase = pod.status.phase;
  if (phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending' || pod.metadata.deletionTimestamp !== undefined) return ALLOWED;
  const budgets = cluster.podDisruptionBudgets.filter((b) => podsOfBudget(b, [pod]).length > 0);
  if (budgets.length === 0) return ALLOWED;
  if (budgets.length > 1)
    return {
      allowed: false,
      retry: false,
      message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
    };
  const budget = budgets[0]!;
  const status = disruptionStatus(budget, cluster, evicted);
  if (!pod.status.ready) {
    // A pod that is not Ready does not count as healthy: evicting it costs the budget nothing.
    if (budget.unhealthyPodEvictionPolicy === 'AlwaysAllow') return ALLOWED;
    if (status.currentHealthy >= status.desiredHealthy && status.desiredHealthy > 0) return ALLOWED;
  }
  if (status.disruptionsAllowed > 0) return ALLOWED;
  return {
    allowed: false,
    retry: true,
    message: "Cannot evict pod as it would violate the pod's disruption budget.",
    cause: `The disruption budget ${budget.metadata.name} needs ${status.desiredHealthy} healthy pods and has ${status.currentHealthy} currently`,
  };
}

/**
 * One pass of kubectl drain's evictions (drain.evictPods) over `pods`, in order: each eviction the
 * API allows counts as done for the pods after it. The timeline's drain and the terminal's
 * `kubectl drain` both read their answers here.
 *
 * @example
 * evictionPass(podsOfNode, cluster).filter((o) => !o.answer.allowed); // what the budgets hold back
 */
export function evictionPass(pods: readonly Pod[], cluster: Cluster): { pod: Pod; answer: EvictionAnswer }[] {
  const evicted = new Set<string>();
  return pods.map((pod) => {
    const answer = evictionAnswer(pod, cluster, evicted);
    if (answer.allowed) evicted.add(keyOf(pod.metadata));
    return { pod, answer };
  });
}

/** kubectl drain's line for a refused eviction, with "(will retry after 5s)" for a 429. */
export function evictionErrorLine(pod: Pod, answer: Exclude<EvictionAnswer, { allowed: true }>): string {
  return `error when evicting pods/"${pod.metadata.name}" -n "${pod.metadata.namespace}"${answer.retry ? ` (will retry after ${DRAIN_RETRY_SECONDS}s)` : ''}: ${answer.message}`;
}

/** kubectl drain waits this long before asking again for an eviction a disruption budget refused. */
export const DRAIN_RETRY_SECONDS = 5;

const NONE: ReadonlySet<string> = new Set();
const ALLOWED: EvictionAnswer = Object.freeze({ allowed: true });
