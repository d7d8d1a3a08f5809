/** Which topology annotation the EndpointSlice controller reads (k8s.io/endpointslice reconciler.go). */
import { TOPOLOGY_HINTS_ANNOTATION, TOPOLOGY_MODE_ANNOTATION, type Labels } from '../model';

export interface TopologyAnnotation {
  key: typeof TOPOLOGY_HINTS_ANNOTATION | typeof TOPOLOGY_MODE_ANNOTATION;
  value: string;
}

/**
 * The annotation the controller looks at: the deprecated `topology-aware-hints` when it is
 * present (whatever its value), otherwise `topology-mode`.
 *
 * @example
 * topologyAnnotation({ 'service.kubernetes.io/topology-mode': 'Auto' }); // { key: '…/topology-mode', value: 'Auto' }
 */
export function topologyAnnotation(annotations: Labels): TopologyAnnotation | undefined {
  // NOTE: presence, not value, decides: topology-aware-hints: "" hides topology-mode: Auto
  // (reconciler.go hintsEnabled).
  if (Object.prototype.hasOwnProperty.call(annotations, TOPOLOGY_HINTS_ANNOTATION)) {
    return { key: TOPOLOGY_HINTS_ANNOTATION, value: annotations[TOPOLOGY_HINTS_ANNOTATION]! };
  }
  if (Object.prototype.hasOwnProperty.call(annotations, TOPOLOGY_MODE_ANNOTATION)) {
    return { key: TOPOLOGY_MODE_ANNOTATION, value: annotations[TOPOLOGY_MODE_ANNOTATION]! };
  }
  return undefined;
}

/**
 * True when the annotation the controller reads is exactly `Auto` or `auto`.
 *
 * @example
 * hintsEnabled({ 'service.kubernetes.io/topology-mode': 'AUTO' }); // false
 */
export function hintsEnabled(annotations: Labels): boolean {
  const value = topologyAnnotation(annotations)?.value;
  return value === 'Auto' || value === 'auto';
}
