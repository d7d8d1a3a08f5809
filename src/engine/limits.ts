/**
 * The playground's own limits: how much it simulates at most. The API server would accept a
 * Deployment of 100,000,000 replicas; simulating its pods in a browser tab would not end. Past
 * these numbers the engine refuses, with one diagnostic at the field, and simulates nothing more.
 *
 * The numbers come from the benchmark (`npm run bench`): its largest cluster has 150,000 pods.
 */
import { syntheticSource, type Diagnostic } from './diagnostics';
import type { ClusterState, Deployment, Pod } from './model';

/** Go's math.MaxInt32: the largest value an int32 field (replicas, ports, seconds) holds. */
export const MAX_INT32 = 2_147_483_647;
/** Go's math.MinInt32. */
export const MIN_INT32 = -2_147_483_648;

/** Pods one workload (a Deployment) may ask for. */
export const MAX_WORKLOAD_PODS = 150_000;
/** Pods the whole cluster may hold: written Pods plus every workload's replicas. */
export const MAX_SIMULATED_PODS = 200_000;
/** Simulated requests per client route (`--requests`). */
export const MAX_SIMULATED_REQUESTS = 1_000_000;

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Why the playground will not simulate `replicas` pods for one workload, when `otherPods` pods
 * already exist besides its own; undefined when it will. `field` names the value as the user
 * wrote it (`replicas`, `--replicas`).
 *
 * @example
 * replicasLimitProblem(100_000_000, 10);
 * // "the playground simulates at most 150,000 pods per workload; replicas: 100000000 would create 100,000,000"
 */
export function replicasLimitProblem(replicas: number, otherPods: number, field = 'replicas'): string | undefined {
  if (replicas > MAX_WORKLOAD_PODS) {
    return `the playground simulates at most ${count(MAX_WORKLOAD_PODS)} pods per workload; ${field}: ${replicas} would create ${count(replicas)}`;
  }
  if (otherPods + replicas > MAX_SIMULATED_PODS) {
    return `the playground simulates at most ${count(MAX_SIMULATED_PODS)} pods in all; ${field}: ${replicas} would bring the cluster to ${count(otherPods + replicas)}`;
  }
  return undefined;
}

/** Pods no Deployment accounts for: bare pods (a dump's replicas carry a pod-template-hash label and count as their Deployment's). */
export function countBarePods(pods: readonly Pod[]): number {
  let n = 0;
  for (const pod of pods) if (!pod.owner && !('pod-template-hash' in pod.metadata.labels)) n++;
  return n;
}

/**
 * The pods the cluster simulates besides those of `except` (a Deployment, StatefulSet or ReplicaSet
 * about to be scaled, "namespace/name"): bare pods plus every other workload's replicas (a
 * DaemonSet's are bounded by the nodes, so they are left out).
 *
 * @example
 * simulatedPodsBesides(cluster, 'default/echo'); // 1 (the client pod)
 */
export function simulatedPodsBesides(cluster: Pick<ClusterState, 'pods' | 'deployments' | 'workloads'>, except?: string): number {
  let n = countBarePods(cluster.pods);
  for (const d of cluster.deployments) if (key(d) !== except) n += d.replicas;
  for (const w of [...(cluster.workloads?.statefulSets ?? []), ...(cluster.workloads?.replicaSets ?? [])])
    if (key(w) !== except) n += w.replicas;
  return n;
}

const key = (d: { metadata: { namespace: string; name: string } }): string => `${d.metadata.namespace}/${d.metadata.name}`;

/**
 * `kubectl apply` of `incoming` Deployments on a live cluster: those that keep the cluster within
 * the limits, in order, and the refused ones with the reason.
 *
 * @example
 * admitDeployments(cluster, [huge]).refused[0].problem; // "the playground simulates at most 150,000 pods per workload; …"
 */
export function admitDeployments(
  cluster: Pick<ClusterState, 'pods' | 'deployments'>,
  incoming: readonly Deployment[],
): { accepted: Deployment[]; refused: { deployment: Deployment; problem: string }[] } {
  let live = [...cluster.deployments];
  const accepted: Deployment[] = [];
  const refused: { deployment: Deployment; problem: string }[] = [];
  for (const deployment of incoming) {
    const k = key(deployment);
    const problem = replicasLimitProblem(deployment.replicas, simulatedPodsBesides({ pods: cluster.pods, deployments: live }, k));
    if (problem) {
      refused.push({ deployment, problem });
      continue;
    }
    live = [...live.filter((d) => key(d) !== k), deployment];
    accepted.push(deployment);
  }
  return { accepted, refused };
}

/** The `requests` option within MAX_SIMULATED_REQUESTS (a warning in `diagnostics` when it is cut). */
export function boundedRequests(requests: number | undefined, diagnostics: Diagnostic[]): number | undefined {
  if (requests === undefined || !(requests > MAX_SIMULATED_REQUESTS)) return requests;
  diagnostics.push({
    ...syntheticSource('(options)').range,
    severity: 'warning',
    message: `requests: the playground simulates at most ${count(MAX_SIMULATED_REQUESTS)} requests per client route; ${count(requests)} asked, ${count(MAX_SIMULATED_REQUESTS)} simulated`,
  });
  return MAX_SIMULATED_REQUESTS;
}
