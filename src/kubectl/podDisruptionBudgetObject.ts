/**
 * A PodDisruptionBudget as `kubectl get pdb -o yaml|json` prints it: the spec as the API server
 * holds it, and the status the disruption controller writes for the live cluster.
 */
import { disruptionStatus } from '../engine';
import type { ClusterState, IntOrPercent, LabelSelector, PodDisruptionBudget } from '../engine';

type Obj = Record<string, unknown>;
type Cluster = Pick<ClusterState, 'pods' | 'deployments' | 'podDisruptionBudgets'>;

/** The playground never edits a budget, so every one is at its first generation. */
const GENERATION = 1;

/**
 * @example
 * podDisruptionBudgetObject(budget, cluster).status; // { conditions: [...], currentHealthy: 2, desiredHealthy: 1, disruptionsAllowed: 1, expectedPods: 2, observedGeneration: 1 }
 */
export function podDisruptionBudgetObject(budget: PodDisruptionBudget, cluster: Cluster): Obj {
  const status = disruptionStatus(budget, cluster);
  const { labels, annotations, name, namespace } = budget.metadata;
  const allowed = status.disruptionsAllowed > 0;
  // Keys in alphabetical order, as kubectl prints them.
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: {
      ...(Object.keys(annotations).length ? { annotations } : {}),
      generation: GENERATION,
      ...(Object.keys(labels).length ? { labels } : {}),
      name,
      namespace,
    },
    spec: {
      ...(budget.maxUnavailable !== undefined ? { maxUnavailable: budget.maxUnavailable } : {}),
      ...(budget.minAvailable !== undefined ? { minAvailable: budget.minAvailable } : {}),
      ...(budget.selector ? { selector: selectorObject(budget.selector) } : {}),
      // NOTE: the API server leaves an unset policy unset; the model only keeps the effective one.
      ...(budget.unhealthyPodEvictionPolicy === 'AlwaysAllow' ? { unhealthyPodEvictionPolicy: 'AlwaysAllow' } : {}),
    },
    status: {
      // The condition the disruption controller sets (pkg/controller/disruption, updatePdbStatus).
      conditions: [
        {
          message: '',
          observedGeneration: GENERATION,
          reason: allowed ? 'SufficientPods' : 'InsufficientPods',
          status: allowed ? 'True' : 'False',
          type: 'DisruptionAllowed',
        },
      ],
      currentHealthy: status.currentHealthy,
      desiredHealthy: status.desiredHealthy,
      disruptionsAllowed: status.disruptionsAllowed,
      expectedPods: status.expectedPods,
      observedGeneration: GENERATION,
    },
  };
}

function selectorObject(selector: LabelSelector): Obj {
  return {
    ...(selector.matchExpressions.length
      ? { matchExpressions: selector.matchExpressions.map((r) => (r.values.length ? r : { key: r.key, operator: r.operator })) }
      : {}),
    ...(Object.keys(selector.matchLabels).length ? { matchLabels: selector.matchLabels } : {}),
  };
}

/** An IntOrString bound as kubectl prints it (intstr.String), "N/A" when unset. */
export function boundText(value: IntOrPercent | undefined): string {
  return value === undefined ? 'N/A' : String(value);
}
