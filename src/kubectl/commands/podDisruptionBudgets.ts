/** `kubectl get pdb` rows and `kubectl describe pdb`, with the status computed on the live cluster. */
import { disruptionStatus } from '../../engine';
import type { PodDisruptionBudget } from '../../engine';
import type { ReadyContext } from '../context';
import { formatLabelSelector } from '../formatLabelSelector';
import { podDisruptionBudgets } from '../lookup';
import { boundText, podDisruptionBudgetObject } from '../podDisruptionBudgetObject';
import type { Row } from './getRows';

const EMPTY_CLUSTER = { pods: [], deployments: [], podDisruptionBudgets: [] };

/** NAME, MIN AVAILABLE, MAX UNAVAILABLE, ALLOWED DISRUPTIONS, AGE: kubectl's printPodDisruptionBudget. */
export function podDisruptionBudgetRows(context: ReadyContext, clusterAge: string): Row[] {
  const cluster = context.cluster ?? EMPTY_CLUSTER;
  return podDisruptionBudgets(context).map((b) => ({
    namespace: b.metadata.namespace,
    name: b.metadata.name,
    labels: b.metadata.labels,
    cells: [
      b.metadata.name,
      boundText(b.minAvailable),
      boundText(b.maxUnavailable),
      String(disruptionStatus(b, cluster).disruptionsAllowed),
      clusterAge,
    ],
    wide: [],
    object: () => podDisruptionBudgetObject(b, cluster),
  }));
}

/**
 * kubectl's describePodDisruptionBudgetV1: the bound that is set, the selector, then the status.
 * Like kubectl's tabwriter, the values line up within each block of `label:\tvalue` lines.
 */
export function describePodDisruptionBudget(budget: PodDisruptionBudget, context: ReadyContext): string[] {
  const status = disruptionStatus(budget, context.cluster ?? EMPTY_CLUSTER);
  const bound: [string, string][] =
    budget.minAvailable !== undefined
      ? [['Min available', String(budget.minAvailable)]]
      : budget.maxUnavailable !== undefined
        ? [['Max unavailable', String(budget.maxUnavailable)]]
        : [];
  return [
    ...aligned([
      ['Name', budget.metadata.name],
      ['Namespace', budget.metadata.namespace],
      ...bound,
      ['Selector', budget.selector ? formatLabelSelector(budget.selector) : '<unset>'],
    ]),
    'Status:',
    ...aligned([
      ['    Allowed disruptions', String(status.disruptionsAllowed)],
      ['    Current', String(status.currentHealthy)],
      ['    Desired', String(status.desiredHealthy)],
      ['    Total', String(status.expectedPods)],
    ]),
  ];
}

/** text/tabwriter with kubectl describe's padding of 2. */
function aligned(lines: [string, string][]): string[] {
  const width = Math.max(...lines.map(([label]) => label.length + 1)) + 2;
  return lines.map(([label, value]) => `${label}:`.padEnd(width) + value);
}
