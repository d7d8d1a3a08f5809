/** Small helpers that keep the controller's trace readable for large Services. */
import type { SliceEndpoint } from '../model';
import type { TraceStep } from '../report';

/**
 * A TraceStep of the EndpointSlice controller.
 *
 * @example
 * step('AddHints', 'endpoints hinted per zone: zone-a 2, zone-b 2');
 */
export function step(rule: string, message: string): TraceStep {
  return { stage: 'endpointslice-controller', rule, message };
}

/**
 * The name a person knows an endpoint by: its pod, else its first address.
 *
 * @example
 * endpointLabel({ addresses: ['10.0.0.1'], conditions: {} }); // '10.0.0.1'
 */
export function endpointLabel(endpoint: SliceEndpoint): string {
  return endpoint.targetRef?.name ?? endpoint.addresses[0] ?? '(no address)';
}

/**
 * "a, b and c", cut to `max` names with "and N more".
 *
 * @example
 * listNames(['a', 'b', 'c'], 2); // 'a, b and 1 more'
 */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length <= max) {
    if (names.length <= 1) return names.join('');
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/**
 * The singular or plural wording for a count.
 *
 * @example
 * plural(2, 'endpoint', 'endpoints'); // 'endpoints'
 */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * conditions.ready is true (the controller's EndpointReady; unset counts as not ready).
 *
 * @example
 * isReady({ addresses: [], conditions: {} }); // false
 */
export function isReady(endpoint: SliceEndpoint): boolean {
  return endpoint.conditions.ready === true;
}
