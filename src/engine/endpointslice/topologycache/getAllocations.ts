/** Per-zone endpoint allocation (k8s.io/endpointslice topologycache.go getAllocations). */
import {
  disabledEvent,
  InsufficientNodeInfo,
  InsufficientNumberOfEndpoints,
  MinAllocationExceedsOverloadThreshold,
  NodesReadyInOneZoneOnly,
  type TopologyEvent,
} from './events';

/** The maximum overload any one endpoint should be exposed to. */
export const overloadThreshold = 0.2;

export interface Allocation {
  minimum: number;
  maximum: number;
  desired: number;
}

/**
 * getAllocations: desired = ratio × N; minimum = ceil(desired / 1.2);
 * maximum = minimum + N − Σminimum. Fails (with the controller's event) when node info is
 * missing, there are more zones than Ready endpoints, or the minimums do not fit in N.
 *
 * @example
 * getAllocations(new Map([['zone-a', 0.5], ['zone-b', 0.5]]), 4).allocations?.get('zone-a');
 * // { minimum: 2, maximum: 2, desired: 2 }
 */
export function getAllocations(
  cpuRatiosByZone: ReadonlyMap<string, number> | undefined,
  numEndpoints: number,
): { allocations?: Map<string, Allocation>; event?: TopologyEvent } {
  if (!cpuRatiosByZone) return { event: disabledEvent(InsufficientNodeInfo) };
  const zones = cpuRatiosByZone.size;
  if (zones < 2) return { event: disabledEvent(NodesReadyInOneZoneOnly) };
  if (zones > numEndpoints) {
    return { event: disabledEvent(`${InsufficientNumberOfEndpoints} (${numEndpoints} endpoints, ${zones} zones)`) };
  }
  const allocations = new Map<string, Allocation>();
  let minTotal = 0;
  for (const [zone, ratio] of cpuRatiosByZone) {
    const desired = ratio * numEndpoints;
    const minimum = Math.ceil(desired * (1 / (1 + overloadThreshold)));
    allocations.set(zone, { minimum, maximum: 0, desired: Math.max(desired, minimum) });
    minTotal += minimum;
    if (minTotal > numEndpoints) {
      return { event: disabledEvent(`${MinAllocationExceedsOverloadThreshold} (${numEndpoints} endpoints, ${zones} zones)`) };
    }
  }
  for (const allocation of allocations.values()) allocation.maximum = allocation.minimum + numEndpoints - minTotal;
  return { allocations };
}
