/** Zone hints for topology-mode Auto (k8s.io/endpointslice topologycache.go AddHints). */
import type { EndpointSlice } from '../../model';
import type { TraceStep } from '../../report';
import { endpointLabel, isReady, listNames, plural, step } from '../traceWords';
import {
  disabledEvent,
  formatWithAddressType,
  NoAllocatedHintsForZones,
  NoZoneSpecified,
  TopologyAwareHintsEnabled,
  type TopologyEvent,
} from './events';
import { getAllocations, type Allocation } from './getAllocations';
import { getGivingAndReceivingZones, redistributeHints } from './redistribute';

export interface AddHintsResult {
  events: TopologyEvent[];
  trace: TraceStep[];
  /** Set when hints were written. */
  allocations?: Map<string, Allocation>;
  /** Ready endpoints hinted for each zone, when hints were written. */
  allocatedHintsByZone?: Map<string, number>;
}

/**
 * AddHints: every Ready endpoint first gets a hint for its own zone, then whole endpoints move
 * from zones above their desired share to zones below it. When the allocation cannot be made,
 * every hint is removed and a TopologyAwareHintsDisabled event says why.
 *
 * @example
 * addHints(cache.cpuRatiosByZone, slices, 'IPv4').events[0].reason; // 'TopologyAwareHintsEnabled'
 */
export function addHints(
  cpuRatiosByZone: ReadonlyMap<string, number> | undefined,
  slices: readonly EndpointSlice[],
  addressType: string,
): AddHintsResult {
  let total = 0;
  for (const slice of slices) for (const endpoint of slice.endpoints) if (isReady(endpoint)) total++;
  const { allocations, event } = getAllocations(cpuRatiosByZone, total);
  if (!allocations) return removeAll(slices, event!, addressType);

  const trace = [step('getAllocations', describeAllocations(allocations, total))];
  const allocated = new Map<string, number>();
  const zoneless: string[] = [];
  const notReady: string[] = [];
  for (const slice of slices) {
    for (const endpoint of slice.endpoints) {
      // NOTE: upstream "clears" hints of non-Ready endpoints on a loop copy, so they keep
      // whatever they had; fresh slices have none.
      if (!isReady(endpoint)) {
        notReady.push(endpointLabel(endpoint));
        continue;
      }
      if (!endpoint.zone) zoneless.push(endpointLabel(endpoint));
      else if (zoneless.length === 0) allocated.set(endpoint.zone, (allocated.get(endpoint.zone) ?? 0) + 1);
    }
  }
  if (zoneless.length) {
    const result = removeAll(slices, disabledEvent(NoZoneSpecified), addressType);
    result.trace.unshift(
      ...trace,
      step(
        'AddHints',
        `Ready ${plural(zoneless.length, 'endpoint', 'endpoints')} ${listNames(zoneless)} ${plural(zoneless.length, 'has', 'have')} no zone (${plural(zoneless.length, 'its node has', 'their nodes have')} no topology.kubernetes.io/zone label)`,
      ),
    );
    return result;
  }
  for (const slice of slices) {
    for (const endpoint of slice.endpoints) if (isReady(endpoint)) endpoint.hints = { forZones: [{ name: endpoint.zone! }] };
  }
  if (notReady.length) {
    trace.push(
      step(
        'AddHints',
        `${plural(notReady.length, 'endpoint', 'endpoints')} ${listNames(notReady)} ${plural(notReady.length, 'is', 'are')} not Ready, so ${plural(notReady.length, 'it gets', 'they get')} no hints and ${plural(notReady.length, 'is', 'are')} not counted`,
      ),
    );
  }
  trace.push(step('AddHints', `each Ready endpoint first gets a hint for its own zone: ${formatCounts(allocated)}`));
  const outside = [...allocated.keys()].filter((zone) => !allocations.has(zone));
  if (outside.length) {
    trace.push(
      step(
        'AddHints',
        `${listNames(outside)} ${plural(outside.length, 'has', 'have')} no Ready worker node counted by the topology cache; ${plural(outside.length, 'its', 'their')} endpoints keep their own-zone hints and take no part in the rebalancing`,
      ),
    );
  }

  const [giving, receiving] = getGivingAndReceivingZones(allocations, allocated);
  if (giving.size === 0) {
    trace.push(step('getGivingAndReceivingZones', 'every zone is within half an endpoint of its desired share, so no hint moves'));
  } else {
    trace.push(step('getGivingAndReceivingZones', `${formatCounts(giving)} to give; ${formatCounts(receiving)} to receive`));
  }
  const { redistributions, moves } = redistributeHints(slices, giving, receiving);
  for (const [zone, diff] of redistributions) allocated.set(zone, (allocated.get(zone) ?? 0) + diff);
  if (moves.length) {
    const moved = moves.map((m) => `${endpointLabel(slices[m.slice]!.endpoints[m.endpoint]!)} (${m.from} → ${m.to})`);
    trace.push(
      step(
        'redistributeHints',
        `${plural(moves.length, 'hint moved', 'hints moved')}: ${listNames(moved)}. Upstream donates the first endpoints it meets and picks the receiving zone in random (Go map) order; here the donors are the first endpoints in slice order and receiving zones are taken in name order`,
      ),
    );
  }
  if (allocated.size === 0) return removeAll(slices, disabledEvent(NoAllocatedHintsForZones), addressType);

  const empty = [...allocations.keys()].filter((zone) => !allocated.get(zone));
  trace.push(step('AddHints', `endpoints hinted per zone: ${formatCounts(allocated)}`));
  if (empty.length) {
    trace.push(
      step(
        'AddHints',
        `${listNames(empty)} ${plural(empty.length, 'gets', 'get')} no endpoint hinted for ${plural(empty.length, 'it', 'them')}: ${plural(empty.length, 'its', 'their')} deficit stayed below half an endpoint`,
      ),
    );
  }
  const enabled: TopologyEvent = { type: 'Normal', reason: 'TopologyAwareHintsEnabled', message: TopologyAwareHintsEnabled };
  trace.push(step('AddHints', `${enabled.reason}: ${formatWithAddressType(enabled.message, addressType)}`));
  return { events: [enabled], trace, allocations, allocatedHintsByZone: allocated };
}

/** RemoveHintsFromSlices, with the event that caused it. */
function removeAll(slices: readonly EndpointSlice[], event: TopologyEvent, addressType: string): AddHintsResult {
  for (const slice of slices) for (const endpoint of slice.endpoints) delete endpoint.hints;
  return {
    events: [event],
    trace: [
      step(
        'AddHints',
        `${event.reason}: ${formatWithAddressType(event.message, addressType)}; every hint is removed and trafficDistribution is not consulted`,
      ),
    ],
  };
}

function describeAllocations(allocations: ReadonlyMap<string, Allocation>, total: number): string {
  const zones = [...allocations].map(([zone, a]) => `${zone} desired ${round(a.desired)}, minimum ${a.minimum}, maximum ${a.maximum}`);
  return `${total} Ready ${plural(total, 'endpoint', 'endpoints')} (overload threshold 20%): ${zones.join('; ')}`;
}

function formatCounts(counts: ReadonlyMap<string, number>): string {
  return [...counts.keys()]
    .sort()
    .map((zone) => `${zone} ${counts.get(zone)}`)
    .join(', ');
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
