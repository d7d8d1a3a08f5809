/** Which Service routing choices the modelled version allows, and how a choice rewrites a Service. */
import { hintsEnabled } from '../endpointslice/hintsEnabled';
import { type ClusterState, type Service, TOPOLOGY_HINTS_ANNOTATION, TOPOLOGY_MODE_ANNOTATION } from '../model';
import { PREFER_CLOSE, PREFER_SAME_NODE, PREFER_SAME_ZONE, supportedTrafficDistributions } from '../validation/trafficDistribution';
import type { PolicyChoice, PolicySpec, UnavailableChoice } from './types';

/** The routing fields of a Service as written: trafficDistribution, topology-mode Auto, internalTrafficPolicy. */
export function policySpecOf(service: Service): PolicySpec {
  const spec: PolicySpec = { internalTrafficPolicy: service.internalTrafficPolicy };
  if (service.trafficDistribution !== undefined) spec.trafficDistribution = service.trafficDistribution;
  if (hintsEnabled(service.metadata.annotations)) spec.topologyMode = 'Auto';
  return spec;
}

/** The spec in YAML words, e.g. "trafficDistribution: PreferSameNode". */
export function describePolicySpec(spec: PolicySpec): string {
  const parts: string[] = [];
  if (spec.trafficDistribution !== undefined) parts.push(`trafficDistribution: ${spec.trafficDistribution}`);
  if (spec.topologyMode) parts.push(`topology-mode: ${spec.topologyMode}`);
  if (spec.internalTrafficPolicy === 'Local') parts.push('internalTrafficPolicy: Local');
  return parts.length ? parts.join(', ') : 'nothing set (internalTrafficPolicy: Cluster)';
}

function sameSpec(a: PolicySpec, b: PolicySpec): boolean {
  return (
    a.trafficDistribution === b.trafficDistribution &&
    a.topologyMode === b.topologyMode &&
    a.internalTrafficPolicy === b.internalTrafficPolicy
  );
}

/**
 * The columns of the comparison for `service` on `cluster`'s version and gates: unset,
 * PreferSameZone (or PreferClose where that is the only value), PreferSameNode, topology-mode
 * Auto and internalTrafficPolicy Local, each when the version allows it; the Service's own spec
 * is marked, or added as its own column when it is none of them.
 *
 * @example
 * policyChoices(cluster, service).choices.map((c) => c.label);
 * // ['unset', 'PreferSameZone', 'PreferSameNode', 'topology-mode: Auto', 'internalTrafficPolicy: Local']
 */
export function policyChoices(cluster: ClusterState, service: Service): { choices: PolicyChoice[]; unavailable: UnavailableChoice[] } {
  const gates = cluster.controlPlaneGates;
  const supported = supportedTrafficDistributions(cluster.version, gates) ?? [];
  const current = policySpecOf(service);
  const unavailable: UnavailableChoice[] = [];
  const choices: Omit<PolicyChoice, 'current' | 'yaml'>[] = [{ id: 'unset', label: 'unset', spec: { internalTrafficPolicy: 'Cluster' } }];

  if (supported.includes(PREFER_SAME_ZONE)) {
    // PreferClose is the older name of the same behaviour: keep the user's word when it is theirs.
    const value = current.trafficDistribution === PREFER_CLOSE ? PREFER_CLOSE : PREFER_SAME_ZONE;
    choices.push({
      id: 'prefer-same-zone',
      label: value,
      spec: { trafficDistribution: value, internalTrafficPolicy: 'Cluster' },
      note: `${value === PREFER_CLOSE ? PREFER_SAME_ZONE : PREFER_CLOSE} behaves the same (KEP-3015: PreferClose is the older name of PreferSameZone)`,
    });
  } else if (supported.includes(PREFER_CLOSE)) {
    choices.push({
      id: 'prefer-same-zone',
      label: PREFER_CLOSE,
      spec: { trafficDistribution: PREFER_CLOSE, internalTrafficPolicy: 'Cluster' },
    });
    unavailable.push({
      label: PREFER_SAME_ZONE,
      reason: `v${cluster.version} accepts only PreferClose (PreferSameZone needs the PreferSameTrafficDistribution gate, 1.33+)`,
    });
  } else {
    unavailable.push({
      label: 'trafficDistribution',
      reason: `the ServiceTrafficDistribution gate is off in v${cluster.version}: the API server drops the field`,
    });
  }
  if (supported.includes(PREFER_SAME_NODE)) {
    choices.push({
      id: 'prefer-same-node',
      label: PREFER_SAME_NODE,
      spec: { trafficDistribution: PREFER_SAME_NODE, internalTrafficPolicy: 'Cluster' },
    });
  } else if (supported.length > 0) {
    unavailable.push({
      label: PREFER_SAME_NODE,
      reason: `v${cluster.version} does not accept it (needs the PreferSameTrafficDistribution gate, 1.33+)`,
    });
  }
  if (gates.TopologyAwareHints) {
    choices.push({ id: 'topology-auto', label: 'topology-mode: Auto', spec: { topologyMode: 'Auto', internalTrafficPolicy: 'Cluster' } });
  } else {
    unavailable.push({
      label: 'topology-mode: Auto',
      reason: 'the TopologyAwareHints gate is off: the EndpointSlice controller writes no hints for the annotation',
    });
  }
  choices.push({ id: 'local', label: 'internalTrafficPolicy: Local', spec: { internalTrafficPolicy: 'Local' } });

  const out: PolicyChoice[] = choices.map((c) => ({ ...c, yaml: describePolicySpec(c.spec), current: sameSpec(c.spec, current) }));
  if (!out.some((c) => c.current)) {
    out.push({ id: 'current', label: 'as written', yaml: describePolicySpec(current), spec: current, current: true });
  }
  return { choices: out, unavailable };
}

/**
 * The Service with a choice's three fields in place of its own; both topology annotations are
 * removed unless the choice is Auto. Every other field stays as written.
 *
 * @example
 * withPolicy(service, { trafficDistribution: 'PreferSameNode', internalTrafficPolicy: 'Cluster' }).trafficDistribution; // 'PreferSameNode'
 */
export function withPolicy(service: Service, spec: PolicySpec): Service {
  const annotations = { ...service.metadata.annotations };
  delete annotations[TOPOLOGY_HINTS_ANNOTATION];
  delete annotations[TOPOLOGY_MODE_ANNOTATION];
  if (spec.topologyMode) annotations[TOPOLOGY_MODE_ANNOTATION] = spec.topologyMode;
  const next: Service = {
    ...service,
    metadata: { ...service.metadata, annotations },
    internalTrafficPolicy: spec.internalTrafficPolicy,
  };
  if (spec.trafficDistribution === undefined) delete next.trafficDistribution;
  else next.trafficDistribution = spec.trafficDistribution;
  return next;
}
