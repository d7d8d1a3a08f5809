/**
 * Where a DaemonSet runs (pkg/controller/daemon NodeShouldRunDaemonPod): its pod template's
 * nodeSelector and required node affinity, and the node's taints against the template's
 * tolerations plus the ones the DaemonSet controller adds itself (AddOrUpdateDaemonPodTolerations).
 */
import type { Node, Taint, Toleration } from '../model';
import type { DaemonSet } from '../workloads';
import { podMatchesNodeAffinity } from './nodeAffinity';
import { TAINT_NODE_NOT_READY, TAINT_NODE_UNREACHABLE, TAINT_NODE_UNSCHEDULABLE, effectiveTaints, toleratesTaint } from './tolerations';

/** The tolerations every daemon pod gets (util.AddOrUpdateDaemonPodTolerations). */
export const DAEMON_POD_TOLERATIONS: readonly Toleration[] = [
  { key: TAINT_NODE_NOT_READY, operator: 'Exists', effect: 'NoExecute' },
  { key: TAINT_NODE_UNREACHABLE, operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: TAINT_NODE_UNSCHEDULABLE, operator: 'Exists', effect: 'NoSchedule' },
];

/** Added for hostNetwork daemon pods only. */
export const NETWORK_UNAVAILABLE_TOLERATION: Toleration = {
  key: 'node.kubernetes.io/network-unavailable',
  operator: 'Exists',
  effect: 'NoSchedule',
};

/**
 * The template's tolerations plus the controller's, each added unless one with the same key and effect is there.
 *
 * @example
 * daemonPodTolerations(ds).map((t) => t.key); // [..., "node.kubernetes.io/unschedulable"]
 */
export function daemonPodTolerations(ds: Pick<DaemonSet, 'template' | 'hostNetwork'>): Toleration[] {
  const out = [...ds.template.tolerations];
  const added = ds.hostNetwork ? [...DAEMON_POD_TOLERATIONS, NETWORK_UNAVAILABLE_TOLERATION] : DAEMON_POD_TOLERATIONS;
  for (const toleration of added) {
    const index = out.findIndex((t) => t.key === toleration.key && t.effect === toleration.effect);
    if (index >= 0) out[index] = toleration;
    else out.push(toleration);
  }
  return out;
}

export interface DaemonNodeFit {
  /** A daemon pod should be created on the node if it has none. */
  shouldRun: boolean;
  /** A daemon pod already on the node may stay (it tolerates every NoExecute taint). */
  shouldContinueRunning: boolean;
  /** Why it should not run, in the controller's terms. */
  reason?: string;
}

/**
 * NodeShouldRunDaemonPod: node affinity first (no pod, and any pod there is deleted), then the
 * NoSchedule and NoExecute taints (no new pod; a running one stays unless a NoExecute taint is
 * not tolerated). spec.unschedulable is tolerated: a cordoned node keeps and gets daemon pods.
 *
 * @example
 * nodeShouldRunDaemonPod(controlPlaneNode, ds); // { shouldRun: false, shouldContinueRunning: true, reason: "untolerated taint {node-role.kubernetes.io/control-plane: }" }
 */
export function nodeShouldRunDaemonPod(node: Node, ds: Pick<DaemonSet, 'template' | 'hostNetwork'>): DaemonNodeFit {
  if (!podMatchesNodeAffinity(ds.template, node.metadata.labels, node.metadata.name))
    return { shouldRun: false, shouldContinueRunning: false, reason: "node(s) didn't match Pod's node affinity/selector" };
  const tolerations = daemonPodTolerations(ds);
  const taints = effectiveTaints(node);
  const untolerated = firstUntolerated(taints, tolerations, (t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
  if (!untolerated) return { shouldRun: true, shouldContinueRunning: true };
  const noExecute = firstUntolerated(taints, tolerations, (t) => t.effect === 'NoExecute');
  const reason = `untolerated taint {${untolerated.key}: ${untolerated.value ?? ''}}`;
  return { shouldRun: false, shouldContinueRunning: noExecute === undefined, reason };
}

/** v1helper.FindMatchingUntoleratedTaint: only the controller's and the template's tolerations count. */
function firstUntolerated(taints: readonly Taint[], tolerations: readonly Toleration[], filter: (t: Taint) => boolean): Taint | undefined {
  for (const taint of taints) {
    if (!filter(taint)) continue;
    if (!tolerations.some((t) => toleratesTaint(t, taint))) return taint;
  }
  return undefined;
}
