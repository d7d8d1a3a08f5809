/** Small helpers that keep the controller's trace readable for large Services. */
import type { SliceEndpoint } from '../model';
import type { TraceStep } from '../report';

/** A TraceStep of the EndpointSlice controller. */
export function step(rule: string, message: string): TraceStep {
  return { stage: 'endpointslice-controller', rule, message };
}

/** The name a person knows an endpoint by: its pod, else its first address. */
export function endpointLabel(endpoint: SliceEndpoint): string {
  return endpoint.targetRef?.name ?? endpoint.addresses[0] ?? '(no address)';
}

/** "a, b and c", cut to `max` names with "and N more". */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length <= max) {
    if (names.length <= 1) return names.join('');
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** "endpoint" or "endpoints", with the verb agreeing. */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

export function isReady(endpoint: SliceEndpoint): boolean {
  return endpoint.conditions.ready === true;
}
