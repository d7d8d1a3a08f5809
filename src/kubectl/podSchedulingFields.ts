/** A pod's scheduling fields as `kubectl get pod -o yaml` prints them (empty lists and maps left out). */
import type { ClusterPod } from '../engine';

type Obj = Record<string, unknown>;

/**
 * nodeSelector, affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution and
 * tolerations of a live pod; a DaemonSet's pod shows the controller's `matchFields` term and
 * tolerations.
 *
 * @example
 * podSchedulingFields(daemonPod.spec).affinity; // { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [...] }] } } }
 */
export function podSchedulingFields(spec: ClusterPod['spec']): Obj {
  const terms = spec.requiredNodeAffinity.map((term) => ({
    ...(term.matchExpressions.length ? { matchExpressions: term.matchExpressions } : {}),
    ...(term.matchFields?.length ? { matchFields: term.matchFields } : {}),
  }));
  return {
    ...(Object.keys(spec.nodeSelector).length ? { nodeSelector: spec.nodeSelector } : {}),
    ...(terms.length
      ? { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } } }
      : {}),
    ...(spec.tolerations.length ? { tolerations: spec.tolerations } : {}),
  };
}
