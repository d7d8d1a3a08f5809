/**
 * The playground's simulation limits (engine/limits.ts) applied to a decoded cluster: a
 * Deployment (or StatefulSet, ReplicaSet) asking for more pods than the playground simulates is refused with one diagnostic
 * at spec.replicas, and written Pods past the total are not applied.
 */
import { diagnosticAt, syntheticSource, type Diagnostic } from '../diagnostics';
import { countBarePods, MAX_SIMULATED_PODS, replicasLimitProblem } from '../limits';
import type { Deployment, Pod } from '../model';
import type { ReplicaSet, StatefulSet, Workloads } from '../workloads';

/**
 * The Deployments and Pods the playground simulates, in input order; a diagnostic for each refused one.
 *
 * @example
 * withinLimits(pods, [hugeDeployment], diagnostics).deployments; // [] and one error at spec.replicas
 */
export function withinLimits(
  pods: Pod[],
  deployments: Deployment[],
  diagnostics: Diagnostic[],
): { pods: Pod[]; deployments: Deployment[]; total: () => number } {
  let kept = pods;
  if (pods.length > MAX_SIMULATED_PODS) {
    const first = pods[MAX_SIMULATED_PODS]!;
    diagnostics.push(
      diagnosticAt(
        first.source ?? syntheticSource('(objects)'),
        [],
        'error',
        `the playground simulates at most ${MAX_SIMULATED_PODS.toLocaleString('en-US')} pods; ${(pods.length - MAX_SIMULATED_PODS).toLocaleString('en-US')} of the ${pods.length.toLocaleString('en-US')} Pods written, from this one on, are not applied`,
      ),
    );
    kept = pods.slice(0, MAX_SIMULATED_PODS);
  }
  // The bare pods are counted only when a workload's replicas are weighed against them (a dump has none).
  if (deployments.length === 0) {
    let counted: number | undefined;
    return { pods: kept, deployments, total: () => (counted ??= countBarePods(kept)) };
  }
  let total = countBarePods(kept);
  const accepted: Deployment[] = [];
  for (const deployment of deployments) {
    const problem = replicasLimitProblem(deployment.replicas, total);
    if (problem === undefined) {
      total += deployment.replicas;
      accepted.push(deployment);
      continue;
    }
    const label = `Deployment ${deployment.metadata.namespace}/${deployment.metadata.name}`;
    diagnostics.push(
      diagnosticAt(deployment.source, ['spec', 'replicas'], 'error', `${label}: ${problem} (the Deployment is not applied)`, label),
    );
  }
  return { pods: kept, deployments: accepted.length === deployments.length ? deployments : accepted, total: () => total };
}

/**
 * StatefulSets, ReplicaSets and ReplicationControllers within the limits, after `otherPods`
 * (bare pods and Deployments' replicas); a diagnostic at spec.replicas for each refused one.
 * DaemonSets make one pod per node, so the nodes bound them.
 */
export function workloadsWithinLimits(workloads: Workloads, otherPods: () => number, diagnostics: Diagnostic[]): Workloads {
  if (workloads.statefulSets.length === 0 && workloads.replicaSets.length === 0) return workloads;
  let total = otherPods();
  const admit = <W extends StatefulSet | ReplicaSet>(list: W[]): W[] =>
    list.filter((workload) => {
      const problem = replicasLimitProblem(workload.replicas, total);
      if (problem === undefined) {
        total += workload.replicas;
        return true;
      }
      const label = `${workload.kind} ${workload.metadata.namespace}/${workload.metadata.name}`;
      diagnostics.push(
        diagnosticAt(workload.source, ['spec', 'replicas'], 'error', `${label}: ${problem} (the ${workload.kind} is not applied)`, label),
      );
      return false;
    });
  return { daemonSets: workloads.daemonSets, statefulSets: admit(workloads.statefulSets), replicaSets: admit(workloads.replicaSets) };
}
