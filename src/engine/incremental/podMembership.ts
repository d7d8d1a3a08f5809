/**
 * The scheduler's stage again after a workload (Deployment, DaemonSet, StatefulSet, ReplicaSet)
 * was edited in place, and what it reaches. The stage runs as a full analysis runs it — the
 * scheduler is deterministic, so its pods are the ones a full analysis places — and its pods are
 * paired with the previous ones by name: the pods that appeared, the ones that are gone and the
 * ones that came out different (a pod the scheduler now puts elsewhere among them). The
 * EndpointSlice controller's pod handler then queues every Service that selected or selects such
 * a pod; a client among them is routed again from scratch, and one that is gone loses its routes.
 */
import { summarizePod } from '../analyzeCluster';
import type { Diagnostic } from '../diagnostics';
import { keyOf, normalizeObjectKey, type ClusterState, type Pod } from '../model';
import type { PodSummary } from '../report';
import { schedulePods } from '../scheduler/schedulePods';
import { isTerminal, selectingServices } from './affected';

/** The scheduler's pods after a workload edit, paired with the previous ones. */
export interface PodMembership {
  /** The scheduler's pods: the previous objects where a pod came out the same. */
  pods: Pod[];
  diagnostics: Diagnostic[];
  /** Per position in `pods`: the pod's previous position, or -1 for a pod that appeared. */
  previousAt: Int32Array;
  /** Positions in `pods` of the pods that appeared or came out different. */
  fresh: number[];
  /** Previous positions of the pods that are gone. */
  removed: number[];
}

/** Pods looked for by name this far ahead of the previous list's cursor before a map of every name is made. */
const LOOKAHEAD = 8;

/**
 * @example
 * const again = rescheduleWorkloads(previous, cluster);
 * again.fresh; // [12]: the replica that appeared
 */
export function rescheduleWorkloads(
  previous: { pods: readonly Pod[]; report: { pods: readonly PodSummary[] } },
  cluster: ClusterState,
): PodMembership {
  const scheduled = schedulePods(cluster);
  const before = previous.pods;
  const keys = previous.report.pods;
  const after = scheduled.pods;
  const out = after.slice();
  const previousAt = new Int32Array(after.length).fill(-1);
  const seen = new Uint8Array(before.length);
  const fresh: number[] = [];
  let byKey: Map<string, number> | undefined;
  // Kept pods are paired in order (the cursor only moves on), so every Service's endpoints, listed
  // in pod order, keep their order; a pod that cannot be paired so counts as new, its namesake as gone.
  let cursor = 0;
  for (let j = 0; j < after.length; j++) {
    const pod = after[j]!;
    let k = -1;
    if (cursor < before.length && before[cursor] === pod) k = cursor;
    else {
      const key = keyOf(pod.metadata);
      for (let ahead = cursor; ahead < Math.min(before.length, cursor + LOOKAHEAD); ahead++)
        if (keys[ahead]!.key === key) {
          k = ahead;
          break;
        }
      // A pod that appeared right before the previous list's next pod: no later pod can be it.
      const inserted = cursor >= before.length || after[j + 1] === before[cursor];
      if (k < 0 && !inserted) {
        if (!byKey) {
          byKey = new Map();
          for (let i = 0; i < keys.length; i++) byKey.set(keys[i]!.key, i);
        }
        k = byKey.get(key) ?? -1;
        // Kept pods keep their order: one found before the cursor is taken as a new pod.
        if (k < cursor) k = -1;
      }
    }
    if (k < 0) {
      fresh.push(j);
      continue;
    }
    seen[k] = 1;
    previousAt[j] = k;
    cursor = k + 1;
    const was = before[k]!;
    if (was === pod || JSON.stringify(was) === JSON.stringify(pod)) out[j] = was;
    else fresh.push(j);
  }
  const removed: number[] = [];
  for (let k = 0; k < before.length; k++) if (!seen[k]) removed.push(k);
  return { pods: out, diagnostics: scheduled.diagnostics, previousAt, fresh, removed };
}

/** What the pods that appeared, went or changed reach. */
export interface MembershipAffected {
  /** Services (positions) whose EndpointSlices may change: those that selected or select such a pod. */
  services: Set<number>;
  /** The report's pod summaries, in the new pods' order. */
  summaries: PodSummary[];
  /** Clients whose routes are gone (a pod that went, or changed). */
  removedClients: Set<string>;
  /** Clients to route from scratch (a pod that appeared or changed), in pod order. */
  addedClients: Pod[];
}

/**
 * @example
 * const found = affectedByMembership(previous, cluster, again, servicePositions);
 * if (!('reason' in found)) found.services; // the Services selecting the replica that appeared
 */
export function affectedByMembership(
  previous: { pods: readonly Pod[]; report: { pods: readonly PodSummary[] }; options: { from?: string } },
  cluster: ClusterState,
  again: PodMembership,
  positions: ReadonlyMap<string, number>,
): MembershipAffected | { reason: string } {
  const old = previous.report.pods;
  const from = previous.options.from ? normalizeObjectKey(previous.options.from) : undefined;
  const services = new Set<number>();
  const removedClients = new Set<string>();
  const addedClients: Pod[] = [];
  const addSelecting = (selectedBy: readonly string[]) => {
    for (const key of selectedBy) services.add(positions.get(key)!);
  };
  for (const k of again.removed) {
    const summary = old[k]!;
    if (summary.key === from) return { reason: `Pod ${summary.key}, the one routes are reported from, is gone` };
    addSelecting(summary.selectedBy);
    if (summary.client) removedClients.add(summary.key);
  }
  const summaries = new Array<PodSummary>(again.pods.length);
  for (let j = 0; j < again.pods.length; j++) {
    const k = again.previousAt[j]!;
    if (k >= 0) summaries[j] = old[k]!;
  }
  let nodesByName: Map<string, ClusterState['nodes'][number]> | undefined;
  for (const j of again.fresh) {
    const pod = again.pods[j]!;
    const k = again.previousAt[j]!;
    const was = k >= 0 ? old[k] : undefined;
    const key = was?.key ?? keyOf(pod.metadata);
    if (!was && key === from) return { reason: `Pod ${key}, the one routes are reported from, appeared` };
    const selectedBy = selectingServices(cluster.services, pod);
    const client = key === from || (selectedBy.length === 0 && !isTerminal(pod));
    addSelecting(selectedBy);
    if (was) {
      addSelecting(was.selectedBy);
      if (was.client) removedClients.add(key);
    }
    if (client) addedClients.push(pod);
    nodesByName ??= new Map(cluster.nodes.map((node) => [node.metadata.name, node]));
    summaries[j] = summarizePod(pod, nodesByName, selectedBy, client);
  }
  return { services, summaries, removedClients, addedClients };
}
