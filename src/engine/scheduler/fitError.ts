/**
 * Why a pod fits nowhere, in the scheduler's words (pkg/scheduler/framework/types.go FitError,
 * framework/preemption). Filter plugins report one reason per node; the message counts them.
 */
import { minorOf, type KubeVersion } from '../version';

/** Which part of the pod spec a failure points at (for locating the diagnostic). */
export type FilterCategory = 'unschedulable' | 'taint' | 'affinity' | 'spread';

/** One node's answer from the first filter plugin that rejected the pod. */
export interface FilterStatus {
  reason: string;
  /** UnschedulableAndUnresolvable: preemption cannot help on that node. */
  unresolvable: boolean;
  category: FilterCategory;
}

export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';
export const ERR_REASON_NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";
export const ERR_REASON_SPREAD = "node(s) didn't match pod topology spread constraints";
export const ERR_REASON_SPREAD_LABEL = `${ERR_REASON_SPREAD} (missing required label)`;
const PREEMPTION_NOT_HELPFUL = 'Preemption is not helpful for scheduling';
const NO_PREEMPTION_VICTIMS = 'No preemption victims found for incoming pod';
/** schedule_one.go ErrNoNodesAvailable. */
export const NO_NODES_AVAILABLE = 'no nodes available to schedule pods';

/**
 * The TaintToleration filter's reason.
 *
 * NOTE: up to 1.34.0 it names the taint (`{key: value}`); kubernetes PR #134740 (1.35, later
 * back-ported to 1.34 patches) stopped putting taint keys and values into pod status.
 *
 * @example
 * untoleratedTaintReason({ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }, '1.34');
 * // "node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }"
 */
export function untoleratedTaintReason(taint: { key: string; value?: string }, version: KubeVersion): string {
  if (minorOf(version) >= 35) return 'node(s) had untolerated taint(s)';
  return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
}

/**
 * FitError.Error() followed by the PostFilter message: the reasons counted per node and sorted as
 * strings, then what DefaultPreemption found (all pods have the same priority, so preemption
 * never finds victims).
 *
 * NOTE: from 1.34 the DynamicResources plugin is on by default and its PostFilter adds
 * "no new claims to deallocate" before the preemption part, as seen on 1.34–1.36 clusters.
 *
 * @example
 * fitErrorMessage([taintStatus, affinityStatus, affinityStatus], '1.33');
 * // "0/3 nodes are available: 1 node(s) had untolerated taint {…: }, 2 node(s) didn't match Pod's node affinity/selector.
 * //  preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
 */
export function fitErrorMessage(statuses: readonly FilterStatus[], version: KubeVersion): string {
  const total = statuses.length;
  if (total === 0) return NO_NODES_AVAILABLE;
  const reasons = new Map<string, number>();
  const preemption = new Map<string, number>();
  for (const status of statuses) {
    reasons.set(status.reason, (reasons.get(status.reason) ?? 0) + 1);
    const answer = status.unresolvable ? PREEMPTION_NOT_HELPFUL : NO_PREEMPTION_VICTIMS;
    preemption.set(answer, (preemption.get(answer) ?? 0) + 1);
  }
  const dra = minorOf(version) >= 34 ? 'no new claims to deallocate, ' : '';
  return `0/${total} nodes are available: ${histogram(reasons)}. ${dra}preemption: 0/${total} nodes are available: ${histogram(preemption)}.`;
}

function histogram(counts: ReadonlyMap<string, number>): string {
  const parts: string[] = [];
  for (const [reason, count] of counts) parts.push(`${count} ${reason}`);
  // Go's sort.Strings compares bytes; these strings are ASCII, where code-unit order is the same.
  return parts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(', ');
}

/**
 * The category most nodes failed on, for pointing the diagnostic at the right field.
 *
 * @example
 * dominantCategory([taintStatus, affinityStatus, affinityStatus]); // "affinity"
 */
export function dominantCategory(statuses: readonly FilterStatus[]): FilterCategory | undefined {
  const order: FilterCategory[] = ['affinity', 'taint', 'spread', 'unschedulable'];
  const counts = new Map<FilterCategory, number>();
  for (const status of statuses) counts.set(status.category, (counts.get(status.category) ?? 0) + 1);
  let best: FilterCategory | undefined;
  for (const category of order) if ((counts.get(category) ?? 0) > (best ? counts.get(best)! : 0)) best = category;
  return best;
}
