/** The warning for pods the scheduler could not place, at the spec field most nodes rejected. */
import { diagnosticAt, type Diagnostic, type SourceRef } from '../diagnostics';
import type { PodSpecTemplate } from '../model';
import { dominantCategory, type FilterStatus } from './fitError';

/**
 * A FailedScheduling warning. `specPath` is where the pod spec sits in the object (['spec'] for a
 * Pod, ['spec', 'template', 'spec'] for a Deployment).
 *
 * @example
 * pendingDiagnostic(pod.source, ['spec'], pod.spec, statuses, 'Pod default/client', 'Pod default/client is Pending', reason).path;
 * // "spec.nodeSelector"
 */
export function pendingDiagnostic(
  source: SourceRef,
  specPath: readonly (string | number)[],
  spec: PodSpecTemplate,
  statuses: readonly FilterStatus[],
  object: string,
  lead: string,
  reason: string,
): Diagnostic {
  return diagnosticAt(source, [...specPath, ...fieldOf(spec, statuses)], 'warning', `${lead} (FailedScheduling): ${reason}`, object);
}

function fieldOf(spec: PodSpecTemplate, statuses: readonly FilterStatus[]): string[] {
  switch (dominantCategory(statuses)) {
    case 'affinity':
      return Object.keys(spec.nodeSelector).length > 0 ? ['nodeSelector'] : ['affinity', 'nodeAffinity'];
    case 'taint':
      return ['tolerations'];
    case 'spread':
      return ['topologySpreadConstraints'];
    default:
      return [];
  }
}
