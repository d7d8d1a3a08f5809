/** Which hint rule the controller applies to a Service (k8s.io/endpointslice reconciler.go). */
import type { Service } from '../model';
import type { TraceStep } from '../report';
import { minorOf, type FeatureGates, type KubeVersion } from '../version';
import { hintsEnabled, topologyAnnotation, type TopologyAnnotation } from './hintsEnabled';
import { step } from './traceWords';
import { closeTrafficDistributions } from './trafficdist/reconcileHints';

export type HintsRule =
  | { kind: 'topology-cache'; annotation: TopologyAnnotation }
  | { kind: 'trafficdist'; trafficDistribution: string }
  | { kind: 'none'; annotation?: TopologyAnnotation };

const RULE = 'reconcileByAddressType';

/**
 * validTrafficDistribution: whether the controller acts on spec.trafficDistribution.
 * 1.30–1.32: PreferClose with the ServiceTrafficDistribution gate on. 1.33+: PreferClose, and
 * PreferSameZone/PreferSameNode when PreferSameTrafficDistribution is on.
 *
 * @example
 * validTrafficDistribution('PreferSameNode', '1.33', defaultGates('1.33')); // false: the gate is alpha, off
 */
export function validTrafficDistribution(value: string | undefined, version: KubeVersion, gates: FeatureGates): boolean {
  if (value === undefined) return false;
  if (minorOf(version) <= 32) return gates.ServiceTrafficDistribution && closeTrafficDistributions(version).includes(value);
  if (value === 'PreferClose') return true;
  return gates.PreferSameTrafficDistribution && (value === 'PreferSameZone' || value === 'PreferSameNode');
}

/**
 * The precedence in reconciler.go: topology annotation Auto (with a topology cache) → the
 * topology cache; else a valid trafficDistribution → trafficdist; else no hints.
 *
 * @example
 * chooseHintsRule(service, { topologyCache: true, version: '1.34', gates }).rule.kind; // 'topology-cache'
 */
export function chooseHintsRule(
  service: Service,
  options: { topologyCache: boolean; version: KubeVersion; gates: FeatureGates },
): { rule: HintsRule; trace: TraceStep[] } {
  const annotation = topologyAnnotation(service.metadata.annotations);
  const auto = hintsEnabled(service.metadata.annotations);
  const td = service.trafficDistribution;
  const trace: TraceStep[] = [];
  const shown = annotation ? `annotation ${annotation.key}: "${annotation.value}"` : '';

  if (auto && options.topologyCache) {
    const over =
      td !== undefined ? ` and takes precedence over trafficDistribution ${td}, which is ignored even if every hint ends up removed` : '';
    trace.push(step(RULE, `${shown} enables topology aware routing (topology cache)${over}`));
    return { rule: { kind: 'topology-cache', annotation: annotation! }, trace };
  }
  if (auto) {
    // NOTE: reconciler.go computes canUseTrafficDistribution as valid && !hintsEnabled, so an
    // Auto annotation blocks trafficDistribution even when there is no topology cache.
    trace.push(
      step(
        RULE,
        `${shown} asks for topology aware routing, but the TopologyAwareHints feature gate is off, so the controller has no topology cache; while the annotation says Auto, trafficDistribution is not used either, so no hints are written`,
      ),
    );
    return { rule: { kind: 'none', annotation: annotation! }, trace };
  }
  if (annotation) {
    trace.push(step(RULE, `${shown} is not "Auto" or "auto", so it does not enable topology aware routing`));
  }
  if (validTrafficDistribution(td, options.version, options.gates)) {
    trace.push(step(RULE, `trafficDistribution ${td} applies (no topology annotation Auto)`));
    return { rule: { kind: 'trafficdist', trafficDistribution: td! }, trace };
  }
  if (td !== undefined) trace.push(step(RULE, `trafficDistribution ${td} is not used: ${whyInvalid(td, options.version, options.gates)}`));
  trace.push(step(RULE, 'no topology annotation Auto and no usable trafficDistribution, so the EndpointSlices get no hints'));
  return { rule: annotation ? { kind: 'none', annotation } : { kind: 'none' }, trace };
}

function whyInvalid(value: string, version: KubeVersion, gates: FeatureGates): string {
  const known = ['PreferClose', 'PreferSameZone', 'PreferSameNode'].includes(value);
  if (minorOf(version) <= 32) {
    if (!gates.ServiceTrafficDistribution) return `the ServiceTrafficDistribution feature gate is off in ${version}`;
    return `Kubernetes ${version} only knows PreferClose`;
  }
  if (known && !gates.PreferSameTrafficDistribution) return `the PreferSameTrafficDistribution feature gate is off in ${version}`;
  return 'it is not a recognised value';
}
