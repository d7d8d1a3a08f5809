/**
 * topology-mode Auto explained for one Service: each zone's CPU share, desired and minimum
 * endpoint counts under the 20% overload bound, the hints given and moved, or the controller's
 * reason for removing them (k8s.io/endpointslice topologycache).
 */
import type { EndpointSlice, Node } from '../model';
import type { FeatureGates } from '../version';
import { NoZoneSpecified, formatWithAddressType } from './topologycache/events';
import { getAllocations, overloadThreshold } from './topologycache/getAllocations';
import { setNodes } from './topologycache/setNodes';
import { isReady } from './traceWords';

export interface AutoZone {
  zone: string;
  /** Allocatable CPU of the zone's Ready worker nodes, in millicores. */
  cpuMilli: number;
  /** cpuMilli / total: the zone's share of the endpoints. */
  ratio: number;
  desired: number;
  minimum: number;
  maximum: number;
  /** Ready endpoints running in the zone. */
  endpoints: number;
  /** Ready endpoints hinted for the zone. */
  hinted: number;
  /** Endpoints of other zones hinted for this one (received), and of this zone hinted elsewhere (given). */
  received: number;
  given: number;
  /** hinted / desired − 1: how much more than its share each hinted endpoint gets (negative: less). */
  overload: number;
}

export interface AutoHintsReport {
  /** The controller allocates with its topology cache (else `inactiveReason`). */
  active: boolean;
  inactiveReason?: string;
  overloadThreshold: number;
  readyEndpoints: number;
  zones: AutoZone[];
  /** Nodes the topology cache does not count, and why. */
  excludedNodes: { node: string; reason: string }[];
  /** Why every hint was removed, as the TopologyAwareHintsDisabled event says it. */
  removedBecause?: string;
  /** Where upstream is not deterministic or the playground chose an order. */
  notes: string[];
}

/**
 * The Auto numbers for a Service's slices as the controller left them.
 *
 * @example
 * autoHintsReport(nodes, slices, { gates, userSlices: false }).zones[0];
 * // { zone: 'zone-a', ratio: 0.5, desired: 3, minimum: 3, hinted: 3, ... }
 */
export function autoHintsReport(
  nodes: readonly Node[],
  slices: readonly EndpointSlice[],
  options: { gates: FeatureGates; userSlices: boolean },
): AutoHintsReport {
  const topology = setNodes(nodes);
  const report: AutoHintsReport = {
    active: true,
    overloadThreshold,
    readyEndpoints: 0,
    zones: [],
    excludedNodes: topology.excluded,
    notes: [],
  };
  if (!options.gates.TopologyAwareHints) {
    report.active = false;
    report.inactiveReason =
      'the TopologyAwareHints feature gate is off, so the controller has no topology cache; while the annotation says Auto, trafficDistribution is not used either and no hints are written';
  } else if (options.userSlices) {
    report.active = false;
    report.inactiveReason =
      'the EndpointSlices come from the workspace, so the controller does not write them; the numbers below compare their hints with what it would allocate';
  }
  const inZone = new Map<string, number>();
  const hinted = new Map<string, number>();
  const received = new Map<string, number>();
  const given = new Map<string, number>();
  let addressType = 'IPv4';
  let zoneless = 0;
  for (const slice of slices) {
    if (slice.addressType !== 'FQDN') addressType = slice.addressType;
    for (const ep of slice.endpoints) {
      if (!isReady(ep)) continue;
      report.readyEndpoints++;
      if (ep.zone) inZone.set(ep.zone, (inZone.get(ep.zone) ?? 0) + 1);
      else zoneless++;
      for (const hint of ep.hints?.forZones ?? []) {
        hinted.set(hint.name, (hinted.get(hint.name) ?? 0) + 1);
        if (ep.zone && hint.name !== ep.zone) {
          received.set(hint.name, (received.get(hint.name) ?? 0) + 1);
          given.set(ep.zone, (given.get(ep.zone) ?? 0) + 1);
        }
      }
    }
  }
  const { allocations, event } = getAllocations(topology.cpuRatiosByZone, report.readyEndpoints);
  if (!allocations) {
    const detail = topology.insufficientReason ? ` (${topology.insufficientReason})` : '';
    report.removedBecause = `${formatWithAddressType(event!.message, addressType)}${detail}`;
    return report;
  }
  if (zoneless > 0)
    report.removedBecause = `${formatWithAddressType(NoZoneSpecified, addressType)} (${zoneless} Ready endpoint${zoneless === 1 ? '' : 's'} on nodes without a topology.kubernetes.io/zone label)`;
  report.zones = [...allocations].map(([zone, a]) => {
    const h = hinted.get(zone) ?? 0;
    return {
      zone,
      cpuMilli: topology.cpuByZone!.get(zone)!,
      ratio: topology.cpuRatiosByZone!.get(zone)!,
      desired: a.desired,
      minimum: a.minimum,
      maximum: a.maximum,
      endpoints: inZone.get(zone) ?? 0,
      hinted: h,
      received: received.get(zone) ?? 0,
      given: given.get(zone) ?? 0,
      overload: h > 0 ? a.desired / h - 1 : 0,
    };
  });
  if (report.zones.some((z) => z.received > 0)) {
    report.notes.push(
      'Which endpoint is donated is not deterministic upstream: redistributeHints takes the first endpoints of the giving zone in slice order and picks the receiving zone by Go map iteration (random). The playground takes receiving zones in name order, so the real cluster may move a different endpoint.',
    );
  }
  if (report.zones.some((z) => z.hinted === 0 && !report.removedBecause)) {
    report.notes.push(
      'A zone with no hinted endpoint makes kube-proxy on its nodes ignore zone hints ("no hints were provided for zone") and use every Ready endpoint.',
    );
  }
  return report;
}
