/** Taints and tolerations (k8s.io/api core/v1 toleration.go, component-helpers scheduling/corev1). */
import type { Node, Taint, Toleration } from '../model';

export const TAINT_NODE_NOT_READY = 'node.kubernetes.io/not-ready';
export const TAINT_NODE_UNREACHABLE = 'node.kubernetes.io/unreachable';
export const TAINT_NODE_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';

/**
 * NOTE: the DefaultTolerationSeconds admission plugin gives every pod
 * `not-ready:NoExecute` and `unreachable:NoExecute` tolerations (300 s), so those taints never keep
 * a pod off a node at scheduling time (plugin/pkg/admission/defaulttolerationseconds).
 */
export const DEFAULT_TOLERATIONS: readonly Toleration[] = [
  { key: TAINT_NODE_NOT_READY, operator: 'Exists', effect: 'NoExecute' },
  { key: TAINT_NODE_UNREACHABLE, operator: 'Exists', effect: 'NoExecute' },
];

/**
 * Toleration.ToleratesTaint: an empty effect matches every effect, an empty key (with Exists)
 * matches every key; Equal compares values.
 *
 * @example
 * toleratesTaint({ operator: 'Exists' }, { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }); // true
 */
export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  if (toleration.operator === 'Exists') return true;
  return (toleration.value ?? '') === (taint.value ?? '');
}

/**
 * True when any of the tolerations tolerates the taint.
 *
 * @example
 * tolerationsTolerateTaint(pod.spec.tolerations, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' });
 */
export function tolerationsTolerateTaint(tolerations: readonly Toleration[], taint: Taint): boolean {
  for (const toleration of tolerations) if (toleratesTaint(toleration, taint)) return true;
  return false;
}

/**
 * FindMatchingUntoleratedTaint for the scheduler's filter: the first NoSchedule or NoExecute
 * taint, in the node's order, that no toleration (nor a default one) tolerates.
 *
 * @example
 * firstUntoleratedTaint(effectiveTaints(node), pod.spec.tolerations)?.key; // "node-role.kubernetes.io/control-plane"
 */
export function firstUntoleratedTaint(taints: readonly Taint[], tolerations: readonly Toleration[]): Taint | undefined {
  for (const taint of taints) {
    if (taint.effect !== 'NoSchedule' && taint.effect !== 'NoExecute') continue;
    if (!tolerationsTolerateTaint(tolerations, taint) && !tolerationsTolerateTaint(DEFAULT_TOLERATIONS, taint)) return taint;
  }
  return undefined;
}

/**
 * countIntolerableTaintsPreferNoSchedule: PreferNoSchedule taints not tolerated by a toleration
 * whose effect is PreferNoSchedule or empty (the TaintToleration score).
 *
 * @example
 * countIntolerablePreferNoSchedule([{ key: 'spot', effect: 'PreferNoSchedule' }], []); // 1
 */
export function countIntolerablePreferNoSchedule(taints: readonly Taint[], tolerations: readonly Toleration[]): number {
  let count = 0;
  for (const taint of taints) {
    if (taint.effect !== 'PreferNoSchedule') continue;
    let tolerated = false;
    for (const toleration of tolerations) {
      if ((!toleration.effect || toleration.effect === 'PreferNoSchedule') && toleratesTaint(toleration, taint)) {
        tolerated = true;
        break;
      }
    }
    if (!tolerated) count++;
  }
  return count;
}

/**
 * The node's taints as the scheduler sees them: its own, plus `node.kubernetes.io/not-ready:NoSchedule`
 * on a NotReady node (the node lifecycle controller's TaintNodesByCondition).
 *
 * @example
 * effectiveTaints({ ...node, ready: false }).at(-1); // { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }
 */
export function effectiveTaints(node: Node): readonly Taint[] {
  if (node.ready) return node.taints;
  if (node.taints.some((t) => t.key === TAINT_NODE_NOT_READY && t.effect === 'NoSchedule')) return node.taints;
  return [...node.taints, { key: TAINT_NODE_NOT_READY, effect: 'NoSchedule' }];
}
