/** Which pods become endpoints (k8s.io/endpointslice util/controller_utils.go). */
import type { Pod } from '../model';

/**
 * ShouldPodBeInEndpoints: terminal pods (Succeeded/Failed) and pods without an IP are left out;
 * terminating pods stay in (the EndpointSlice controller passes includeTerminating=true).
 *
 * @example
 * shouldPodBeInEndpoints(pod); // false for a pod in phase Succeeded
 */
export function shouldPodBeInEndpoints(pod: Pod, includeTerminating = true): boolean {
  return whyPodIsNotAnEndpoint(pod, includeTerminating) === undefined;
}

/**
 * The reason ShouldPodBeInEndpoints rejects a pod, in plain words, or undefined when it is kept.
 *
 * @example
 * whyPodIsNotAnEndpoint(pendingPod); // 'it has no pod IP yet'
 */
export function whyPodIsNotAnEndpoint(pod: Pod, includeTerminating = true): string | undefined {
  const phase = pod.status.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return `its phase is ${phase}`;
  if (pod.status.podIPs.length === 0) return pod.statusGiven ? 'its status has no podIP' : 'it has no pod IP yet';
  if (!includeTerminating && pod.metadata.deletionTimestamp !== undefined) return 'it is terminating';
  return undefined;
}
