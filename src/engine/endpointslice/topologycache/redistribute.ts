/** Moving zone hints between zones (k8s.io/endpointslice topologycache/utils.go). */
import type { EndpointSlice } from '../../model';
import { isReady } from '../traceWords';
import type { Allocation } from './getAllocations';

/**
 * getMost: the zone with the largest positive value.
 * NOTE: upstream iterates a Go map, so ties go to a random zone; here the first in name order.
 *
 * @example
 * getMost(new Map([['b', 2], ['a', 2]])); // ['a', 2]
 */
export function getMost(zones: ReadonlyMap<string, number>): [zone: string, value: number] {
  let zone = '';
  let value = 0;
  for (const name of [...zones.keys()].sort()) {
    const n = zones.get(name)!;
    if (n > value) {
      zone = name;
      value = n;
    }
  }
  return [zone, value];
}

/**
 * getGivingAndReceivingZones: how many whole endpoints each zone should give away or receive,
 * moving from the largest surplus to the largest deficit while both are ≥ 0.5 and not both < 1.
 *
 * @example
 * getGivingAndReceivingZones(new Map([['a', { desired: 3.5 }], ['b', { desired: 3.5 }]]), new Map([['a', 5], ['b', 2]]));
 * // [Map { 'a' => 1 }, Map { 'b' => 1 }]
 */
export function getGivingAndReceivingZones(
  allocations: ReadonlyMap<string, Pick<Allocation, 'desired'>>,
  allocatedHintsByZone: ReadonlyMap<string, number>,
): [giving: Map<string, number>, receiving: Map<string, number>] {
  const givingDesired = new Map<string, number>();
  const receivingDesired = new Map<string, number>();
  for (const [zone, allocation] of allocations) {
    const allocated = allocatedHintsByZone.get(zone) ?? 0;
    if (allocated > allocation.desired) givingDesired.set(zone, allocated - allocation.desired);
    else if (allocated < allocation.desired) receivingDesired.set(zone, allocation.desired - allocated);
  }
  const giving = new Map<string, number>();
  const receiving = new Map<string, number>();
  for (;;) {
    const [givingZone, toGive] = getMost(givingDesired);
    const [receivingZone, toReceive] = getMost(receivingDesired);
    if (givingZone === '' || receivingZone === '' || (toGive < 1 && toReceive < 1) || toGive < 0.5 || toReceive < 0.5) break;
    giving.set(givingZone, (giving.get(givingZone) ?? 0) + 1);
    givingDesired.set(givingZone, toGive - 1);
    receiving.set(receivingZone, (receiving.get(receivingZone) ?? 0) + 1);
    receivingDesired.set(receivingZone, toReceive - 1);
  }
  return [giving, receiving];
}

export interface HintMove {
  /** Index of the slice and of the endpoint within it. */
  slice: number;
  endpoint: number;
  from: string;
  to: string;
}

/**
 * redistributeHints: re-labels Ready endpoints of giving zones with a receiving zone's hint,
 * in slice order (in place). Returns the change per zone and the moves made.
 * NOTE: upstream takes the receiving zone in Go map order (random); here in name order.
 *
 * @example
 * redistributeHints(slices, new Map([['zone-a', 1]]), new Map([['zone-b', 1]])).redistributions;
 * // Map { 'zone-b' => 1, 'zone-a' => -1 }
 */
export function redistributeHints(
  slices: readonly EndpointSlice[],
  givingZones: Map<string, number>,
  receivingZones: Map<string, number>,
): { redistributions: Map<string, number>; moves: HintMove[] } {
  const redistributions = new Map<string, number>();
  const moves: HintMove[] = [];
  const receivingOrder = [...receivingZones.keys()].sort();
  for (let s = 0; s < slices.length; s++) {
    const endpoints = slices[s]!.endpoints;
    for (let e = 0; e < endpoints.length; e++) {
      const endpoint = endpoints[e]!;
      if (!isReady(endpoint)) continue;
      if (givingZones.size === 0 || receivingZones.size === 0) return { redistributions, moves };
      if (!endpoint.zone) continue;
      const givingZone = endpoint.zone;
      const toGive = givingZones.get(givingZone) ?? 0;
      if (toGive <= 0) continue;
      const receivingZone = receivingOrder.find((zone) => (receivingZones.get(zone) ?? 0) > 0);
      if (receivingZone === undefined) continue;
      endpoint.hints = { forZones: [{ name: receivingZone }] };
      decrement(givingZones, givingZone);
      decrement(receivingZones, receivingZone);
      redistributions.set(receivingZone, (redistributions.get(receivingZone) ?? 0) + 1);
      redistributions.set(givingZone, (redistributions.get(givingZone) ?? 0) - 1);
      moves.push({ slice: s, endpoint: e, from: givingZone, to: receivingZone });
    }
  }
  return { redistributions, moves };
}

function decrement(zones: Map<string, number>, zone: string): void {
  const n = zones.get(zone)!;
  if (n <= 1) zones.delete(zone);
  else zones.set(zone, n - 1);
}
