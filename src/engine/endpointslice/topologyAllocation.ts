/** A per-zone summary of topology-mode Auto for one Service, for the UI's Auto panel. */
import type { EndpointSlice, Node } from '../model';
import { getAllocations } from './topologycache/getAllocations';
import { setNodes } from './topologycache/setNodes';
import { isReady } from './traceWords';

export interface ZoneAllocation {
  zone: string;
  cpuMilli: number;
  /** zone CPU / total CPU of Ready worker nodes. */
  ratio: number;
  desired: number;
  minimum: number;
  maximum: number;
  /** Ready endpoints running in the zone. */
  endpoints: number;
  /** Ready endpoints hinted for the zone in the given slices. */
  allocated: number;
}

export interface TopologyAllocation {
  readyEndpoints: number;
  /** Empty when no allocation is possible; `problem` then says why, in the controller's words. */
  zones: ZoneAllocation[];
  problem?: string;
}

/**
 * The numbers behind Auto hints for one Service and address type: CPU ratio, desired,
 * minimum and maximum endpoints per zone, and how many endpoints the slices hint for each.
 *
 * @example
 * topologyAllocation(nodes, slices).zones[0]; // { zone: 'zone-a', ratio: 0.5, desired: 3, minimum: 3, maximum: 3, ... }
 */
export function topologyAllocation(nodes: readonly Node[], slices: readonly EndpointSlice[]): TopologyAllocation {
  const topology = setNodes(nodes);
  const inZone = new Map<string, number>();
  const hinted = new Map<string, number>();
  let readyEndpoints = 0;
  for (const slice of slices) {
    for (const endpoint of slice.endpoints) {
      if (!isReady(endpoint)) continue;
      readyEndpoints++;
      if (endpoint.zone) inZone.set(endpoint.zone, (inZone.get(endpoint.zone) ?? 0) + 1);
      for (const hint of endpoint.hints?.forZones ?? []) hinted.set(hint.name, (hinted.get(hint.name) ?? 0) + 1);
    }
  }
  const { allocations, event } = getAllocations(topology.cpuRatiosByZone, readyEndpoints);
  if (!allocations) {
    const detail = topology.insufficientReason ? ` (${topology.insufficientReason})` : '';
    return { readyEndpoints, zones: [], problem: `${event!.message}${detail}` };
  }
  const zones = [...allocations].map(([zone, a]) => ({
    zone,
    cpuMilli: topology.cpuByZone!.get(zone)!,
    ratio: topology.cpuRatiosByZone!.get(zone)!,
    desired: a.desired,
    minimum: a.minimum,
    maximum: a.maximum,
    endpoints: inZone.get(zone) ?? 0,
    allocated: hinted.get(zone) ?? 0,
  }));
  return { readyEndpoints, zones };
}
