/**
 * The EndpointSlice controller stage (k8s.io/endpointslice reconciler.go Reconcile): Services and
 * Pods in, EndpointSlices with hints out, with the reasons for every hint decision.
 */
import { diagnosticAt, type Diagnostic } from '../diagnostics';
import { keyOf, SERVICE_NAME_LABEL, type ClusterState, type EndpointSlice, type Node, type Pod, type Service } from '../model';
import type { TraceStep } from '../report';
import { PodIndex } from '../selectors';
import type { FeatureGates, KubeVersion } from '../version';
import { buildEndpointSlices, type EligiblePod } from './buildEndpointSlices';
import { findPort, getEndpointPorts } from './getEndpointPorts';
import { chooseHintsRule, type HintsRule } from './hintsPrecedence';
import { ipFamilyOf, type IPAddressType } from './podToEndpoint';
import { whyPodIsNotAnEndpoint } from './shouldPodBeInEndpoints';
import { formatWithAddressType, InsufficientNodeInfo, NoZoneSpecified } from './topologycache/events';
import { TopologyCache } from './topologycache/topologyCache';
import { listNames, plural, step } from './traceWords';
import { reconcileHints } from './trafficdist/reconcileHints';

export interface ReconcileInput {
  services: readonly Service[];
  pods: readonly Pod[];
  nodes: readonly Node[];
  userSlices: ClusterState['endpointSlices'];
  version: KubeVersion;
  /** Control-plane gates. */
  gates: FeatureGates;
}

export interface ReconcileOutput {
  /** Per Service key "namespace/name": its EndpointSlices (empty when it has none). */
  slices: Map<string, EndpointSlice[]>;
  /** Per Service key: what the controller did about endpoints and hints, and why. */
  hintsTrace: Map<string, TraceStep[]>;
  diagnostics: Diagnostic[];
}

/**
 * Writes the EndpointSlices the controller would write for every Service: endpoints from the
 * selected pods, then hints by the precedence of reconciler.go (topology annotation Auto →
 * topology cache; else a valid trafficDistribution; else none). Services that come with
 * EndpointSlices in the input keep those as given.
 *
 * @example
 * const { slices, hintsTrace } = reconcileEndpointSlices({ services, pods, nodes, userSlices: [], version: '1.34', gates });
 * slices.get('default/echo-svc')?.[0].endpoints[0].hints; // { forZones: [{ name: 'zone-a' }], forNodes: [...] }
 */
export function reconcileEndpointSlices(input: ReconcileInput): ReconcileOutput {
  const slices = new Map<string, EndpointSlice[]>();
  const hintsTrace = new Map<string, TraceStep[]>();
  const diagnostics: Diagnostic[] = [];
  const podIndex = new PodIndex(input.pods);
  const nodesByName = new Map(input.nodes.map((node) => [node.metadata.name, node]));
  const userSlicesByService = groupUserSlices(input.userSlices);
  const topologyCache = input.gates.TopologyAwareHints ? new TopologyCache(input.nodes) : undefined;
  const takenNames = new Set<string>();
  for (const { slice } of input.userSlices) takenNames.add(slice.metadata.name);

  for (const service of input.services) {
    const key = keyOf(service.metadata);
    const trace: TraceStep[] = [];
    hintsTrace.set(key, trace);
    const given = userSlicesByService.get(key);
    userSlicesByService.delete(key);

    if (service.type === 'ExternalName') {
      slices.set(key, []);
      trace.push(step('syncService', 'ExternalName Services get no EndpointSlices from the controller'));
      continue;
    }
    if (given) {
      slices.set(key, given);
      const names = given.map((s) => s.metadata.name);
      trace.push(step('syncService', `EndpointSlices ${listNames(names)} come from the input (label ${SERVICE_NAME_LABEL}: ${service.metadata.name}); they are used as given, hints as written, and the controller's own slices are not computed`));
      continue;
    }
    // NOTE: an empty selector arrives at the controller as nil (protobuf drops empty maps), so
    // `selector: {}` is treated like no selector.
    if (!service.selector || Object.keys(service.selector).length === 0) {
      slices.set(key, []);
      trace.push(step('syncService', 'the Service has no selector, so the controller manages no EndpointSlices for it; supply EndpointSlices to give it endpoints'));
      continue;
    }

    const eligible = eligiblePods(service, podIndex.select(service.metadata.namespace, service.selector), nodesByName, trace, diagnostics);
    const serviceSlices: EndpointSlice[] = [];
    const { rule, trace: ruleTrace } = chooseHintsRule(service, { topologyCache: topologyCache !== undefined, version: input.version, gates: input.gates });
    trace.push(...ruleTrace);
    const addressTypes = getAddressTypesForService(service, eligible);
    for (const addressType of addressTypes) {
      const typed = buildEndpointSlices(service, eligible, addressType, takenNames);
      const hintTrace = applyHints(rule, typed, addressType, service, input, topologyCache, diagnostics);
      trace.push(...(addressTypes.length > 1 ? hintTrace.map((s) => ({ ...s, message: `${addressType}: ${s.message}` })) : hintTrace));
      serviceSlices.push(...typed);
    }
    slices.set(key, serviceSlices);
  }

  const sourceOf = new Map(input.userSlices.map((s) => [s.slice, s.source]));
  for (const [key, orphans] of userSlicesByService) {
    for (const slice of orphans) {
      const source = sourceOf.get(slice)!;
      diagnostics.push(diagnosticAt(source, ['metadata', 'labels', SERVICE_NAME_LABEL], 'warning', `EndpointSlice ${slice.metadata.name} belongs to Service ${key}, which is not in the input; kube-proxy ignores it`, `EndpointSlice ${slice.metadata.namespace}/${slice.metadata.name}`));
    }
  }
  return { slices, hintsTrace, diagnostics };
}

function groupUserSlices(userSlices: ClusterState['endpointSlices']): Map<string, EndpointSlice[]> {
  const byService = new Map<string, EndpointSlice[]>();
  for (const { slice } of userSlices) {
    const serviceName = slice.metadata.labels[SERVICE_NAME_LABEL];
    if (!serviceName) continue;
    const key = `${slice.metadata.namespace}/${serviceName}`;
    const list = byService.get(key);
    if (list) list.push(slice);
    else byService.set(key, [slice]);
  }
  return byService;
}

/** ShouldPodBeInEndpoints, the Node lookup and getEndpointPorts, with what was left out and why. */
function eligiblePods(
  service: Service,
  selected: readonly Pod[],
  nodesByName: ReadonlyMap<string, Node>,
  trace: TraceStep[],
  diagnostics: Diagnostic[],
): EligiblePod[] {
  const eligible: EligiblePod[] = [];
  const excluded: string[] = [];
  const portless: string[] = [];
  for (const pod of selected) {
    const reason = whyPodIsNotAnEndpoint(pod);
    if (reason) {
      excluded.push(`${pod.metadata.name} (${reason})`);
      continue;
    }
    const nodeName = pod.spec.nodeName ?? '';
    const node = nodesByName.get(nodeName);
    if (!node && !service.publishNotReadyAddresses) {
      const message = `skipping Pod ${pod.metadata.name} for Service ${keyOf(service.metadata)}: Node ${nodeName} Not Found`;
      diagnostics.push(diagnosticAt(pod.source, ['spec', 'nodeName'], 'warning', message, `Pod ${keyOf(pod.metadata)}`));
      excluded.push(`${pod.metadata.name} (its Node "${nodeName}" does not exist)`);
      continue;
    }
    const ports = getEndpointPorts(service, pod);
    if (ports.length < service.ports.length) {
      const missing = service.ports.filter((p) => findPort(pod, p) === undefined).map((p) => `"${p.targetPort}"/${p.protocol}`);
      portless.push(`${pod.metadata.name} (no container port ${missing.join(', ')})`);
    }
    eligible.push({ pod, node, ports });
  }
  trace.push(step('ShouldPodBeInEndpoints', `${selected.length} ${plural(selected.length, 'pod matches', 'pods match')} the selector; ${eligible.length} ${plural(eligible.length, 'becomes an endpoint', 'become endpoints')}`));
  if (excluded.length) trace.push(step('ShouldPodBeInEndpoints', `left out: ${listNames(excluded)}`));
  if (portless.length) {
    trace.push(step('getEndpointPorts', `a named targetPort the pod does not declare is left out of its port set, so these pods go to slices with fewer ports: ${listNames(portless)}`));
  }
  if (service.publishNotReadyAddresses) {
    trace.push(step('podToEndpoint', 'publishNotReadyAddresses is true, so every endpoint is ready, even not-ready and terminating ones'));
  }
  return eligible;
}

/**
 * Address types of the Service's slices.
 * NOTE: upstream reads spec.ipFamilies, which the model does not carry: the ClusterIP's family
 * stands in for it, and without a ClusterIP the families of the pods' IPs (upstream assumes both).
 */
function getAddressTypesForService(service: Service, eligible: readonly EligiblePod[]): IPAddressType[] {
  if (service.clusterIP && service.clusterIP !== 'None') return [ipFamilyOf(service.clusterIP)];
  const families = new Set<IPAddressType>();
  for (const { pod } of eligible) for (const ip of pod.status.podIPs) families.add(ipFamilyOf(ip));
  if (families.size === 0) return ['IPv4'];
  return (['IPv4', 'IPv6'] as const).filter((family) => families.has(family));
}

function applyHints(
  rule: HintsRule,
  slices: EndpointSlice[],
  addressType: IPAddressType,
  service: Service,
  input: ReconcileInput,
  topologyCache: TopologyCache | undefined,
  diagnostics: Diagnostic[],
): TraceStep[] {
  if (rule.kind === 'trafficdist') return reconcileHints(rule.trafficDistribution, slices, input.version);
  if (rule.kind === 'none' || !topologyCache) {
    for (const slice of slices) for (const endpoint of slice.endpoints) delete endpoint.hints;
    return [];
  }
  const result = topologyCache.addHints(slices, addressType);
  for (const event of result.events) {
    if (event.type !== 'Warning') continue;
    let detail = '';
    if (event.message === InsufficientNodeInfo) detail = ` (${topologyCache.nodeTopology.insufficientReason})`;
    if (event.message === NoZoneSpecified) detail = ` (${formatWithAddressType('a Ready endpoint runs on a node without topology.kubernetes.io/zone', addressType)})`;
    diagnostics.push(
      diagnosticAt(service.source, ['metadata', 'annotations', rule.annotation.key], 'warning', `${event.reason}: ${event.message}, removing hints${detail}`, `Service ${keyOf(service.metadata)}`),
    );
  }
  return result.trace;
}
