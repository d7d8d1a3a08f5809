/**
 * The filter plugins whose answer depends only on the pod spec and the node, run in the default
 * profile's order (NodeUnschedulable, TaintToleration, NodeAffinity); the first rejection is the
 * node's reason. PodTopologySpread depends on placed pods and runs per placement (spreadConstraints.ts).
 */
import type { PodSpecTemplate } from '../model';
import type { KubeVersion } from '../version';
import type { ClusterSnapshot } from './clusterSnapshot';
import { ERR_REASON_NODE_AFFINITY, ERR_REASON_UNSCHEDULABLE, untoleratedTaintReason, type FilterStatus } from './fitError';
import { podMatchesNodeAffinity } from './nodeAffinity';
import { TAINT_NODE_UNSCHEDULABLE, countIntolerablePreferNoSchedule, firstUntoleratedTaint, tolerationsTolerateTaint } from './tolerations';

export interface StaticFilterResult {
  /** Per node: the rejection, or undefined when the node passes these filters. */
  status: (FilterStatus | undefined)[];
  /** Per node: 1 when the pod's nodeSelector and required affinity match (spreading counts only those nodes). */
  affinityMatch: Uint8Array;
  /** Per node: intolerable PreferNoSchedule taints (the TaintToleration score, before normalising). */
  preferNoScheduleTaints: Int32Array;
  /** Nodes passing, in node order. */
  passing: number[];
}

const UNSCHEDULABLE_TAINT = { key: TAINT_NODE_UNSCHEDULABLE, effect: 'NoSchedule' } as const;

/**
 * Runs NodeUnschedulable, TaintToleration and NodeAffinity for a pod spec on every node.
 *
 * @example
 * runStaticFilters(snapshot, pod.spec, '1.34').status[0]?.reason;
 * // "node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }"
 */
export function runStaticFilters(snapshot: ClusterSnapshot, template: PodSpecTemplate, version: KubeVersion): StaticFilterResult {
  const count = snapshot.nodes.length;
  const status = new Array<FilterStatus | undefined>(count);
  const affinityMatch = new Uint8Array(count);
  const preferNoScheduleTaints = new Int32Array(count);
  const passing: number[] = [];
  const shared = new Map<string, FilterStatus>();
  const statusFor = (reason: string, category: FilterStatus['category']): FilterStatus => {
    let s = shared.get(reason);
    if (!s) shared.set(reason, (s = { reason, unresolvable: true, category }));
    return s;
  };
  // NOTE: a pod that tolerates the unschedulable taint also ignores spec.unschedulable (node_unschedulable.go).
  const toleratesUnschedulable = tolerationsTolerateTaint(template.tolerations, UNSCHEDULABLE_TAINT);

  for (let i = 0; i < count; i++) {
    const labels = snapshot.labels[i]!;
    const matches = podMatchesNodeAffinity(template, labels, snapshot.nodes[i]!.metadata.name);
    affinityMatch[i] = matches ? 1 : 0;
    preferNoScheduleTaints[i] = countIntolerablePreferNoSchedule(snapshot.taints[i]!, template.tolerations);
    if (snapshot.nodes[i]!.unschedulable && !toleratesUnschedulable) {
      status[i] = statusFor(ERR_REASON_UNSCHEDULABLE, 'unschedulable');
      continue;
    }
    const taint = firstUntoleratedTaint(snapshot.taints[i]!, template.tolerations);
    if (taint) {
      status[i] = statusFor(untoleratedTaintReason(taint, version), 'taint');
      continue;
    }
    if (!matches) {
      status[i] = statusFor(ERR_REASON_NODE_AFFINITY, 'affinity');
      continue;
    }
    passing.push(i);
  }
  return { status, affinityMatch, preferNoScheduleTaints, passing };
}
