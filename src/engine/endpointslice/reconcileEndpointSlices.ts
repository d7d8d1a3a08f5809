/**
 * The EndpointSlice controller stage (k8s.io/endpointslice reconciler.go Reconcile): Services and
 * Pods in, EndpointSlices with hints out, with the reasons for every hint decision.
 */
import type { Diagnostic } from '../diagnostics';
import { keyOf, SERVICE_NAME_LABEL, type ClusterState, type EndpointSlice, type Node, type Pod, type Service } from '../model';
import type { TraceStep } from '../report';
import { PodIndex } from '../selectors';
import type { FeatureGates, KubeVersion } from '../version';
import { applyHints } from './applyHints';
import { buildEndpointSlices } from './buildEndpointSlices';
import { eligiblePods } from './eligiblePods';
import { getAddressTypesForService } from './getAddressTypesForService';
import { chooseHintsRule } from './hintsPrecedence';
import { TopologyCache } from './topologycache/topologyCache';
import { listNames, step } from './traceWords';
import { groupUserSlices, orphanSliceDiagnostics } from './userSlices';

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
  const podIndex = PodIndex.of(input.pods);
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
      const hintTrace = applyHints(rule, typed, addressType, service, input.version, topologyCache, diagnostics);
      trace.push(...(addressTypes.length > 1 ? hintTrace.map((s) => ({ ...s, message: `${addressType}: ${s.message}` })) : hintTrace));
      serviceSlices.push(...typed);
    }
    slices.set(key, serviceSlices);
  }

  diagnostics.push(...orphanSliceDiagnostics(userSlicesByService, input.userSlices));
  return { slices, hintsTrace, diagnostics };
}
