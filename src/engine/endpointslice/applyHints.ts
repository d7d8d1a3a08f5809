/** Runs the chosen hint rule on one address type's slices (reconciler.go, after the slices are built). */
import { diagnosticAt, type Diagnostic } from '../diagnostics';
import { keyOf, type EndpointSlice, type Service } from '../model';
import type { TraceStep } from '../report';
import type { KubeVersion } from '../version';
import type { HintsRule } from './hintsPrecedence';
import type { IPAddressType } from './podToEndpoint';
import { formatWithAddressType, InsufficientNodeInfo, NoZoneSpecified } from './topologycache/events';
import type { TopologyCache } from './topologycache/topologyCache';
import { reconcileHints, type SharedHints } from './trafficdist/reconcileHints';

/**
 * Writes or removes hints (in place) by `rule`; a TopologyAwareHintsDisabled event becomes a
 * warning at the Service's topology annotation.
 *
 * @example
 * applyHints({ kind: 'trafficdist', trafficDistribution: 'PreferClose' }, slices, 'IPv4', service, '1.34', cache, diagnostics);
 */
export function applyHints(
  rule: HintsRule,
  slices: EndpointSlice[],
  addressType: IPAddressType,
  service: Service,
  version: KubeVersion,
  topologyCache: TopologyCache | undefined,
  diagnostics: Diagnostic[],
  sharedHints?: SharedHints,
): TraceStep[] {
  if (rule.kind === 'trafficdist') return reconcileHints(rule.trafficDistribution, slices, version, sharedHints);
  if (rule.kind === 'none' || !topologyCache) {
    for (const slice of slices) for (const endpoint of slice.endpoints) delete endpoint.hints;
    return [];
  }
  const result = topologyCache.addHints(slices, addressType);
  for (const event of result.events) {
    if (event.type !== 'Warning') continue;
    let detail = '';
    if (event.message === InsufficientNodeInfo) detail = ` (${topologyCache.nodeTopology.insufficientReason})`;
    if (event.message === NoZoneSpecified)
      detail = ` (${formatWithAddressType('a Ready endpoint runs on a node without topology.kubernetes.io/zone', addressType)})`;
    diagnostics.push(
      diagnosticAt(
        service.source,
        ['metadata', 'annotations', rule.annotation.key],
        'warning',
        `${event.reason}: ${event.message}, removing hints${detail}`,
        `Service ${keyOf(service.metadata)}`,
      ),
    );
  }
  return result.trace;
}
