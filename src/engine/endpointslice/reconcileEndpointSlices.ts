/**
 * The EndpointSlice controller stage (k8s.io/endpointslice reconciler.go Reconcile): Services and
 * Pods in, EndpointSlices with hints out, with the reasons for every hint decision.
 */
import type { Diagnostic } from '../diagnostics';
import {
  keyOf,
  SERVICE_NAME_LABEL,
  type ClusterState,
  type EndpointSlice,
  type Endpoints,
  type Node,
  type Pod,
  type Service,
} from '../model';
import type { TraceStep } from '../report';
import { PodIndex } from '../selectors';
import type { FeatureGates, KubeVersion } from '../version';
import { applyHints } from './applyHints';
import { buildEndpointSlices } from './buildEndpointSlices';
import { eligiblePods } from './eligiblePods';
import { getAddressTypesForService } from './getAddressTypesForService';
import { chooseHintsRule } from './hintsPrecedence';
import { TopologyCache } from './topologycache/topologyCache';
import { SharedHints } from './trafficdist/reconcileHints';
import { listNames, step } from './traceWords';
import { mirrorEndpoints } from './mirroring/mirrorEndpoints';
import { groupUserSlices, orphanSliceDiagnostics } from './userSlices';

export interface ReconcileInput {
  services: readonly Service[];
  pods: readonly Pod[];
  nodes: readonly Node[];
  userSlices: ClusterState['endpointSlices'];
  /** v1 Endpoints, mirrored for Services without a selector. */
  endpoints?: readonly Endpoints[];
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
  const reconciler = new EndpointSliceReconciler(input);
  for (const service of input.services) reconciler.syncService(service);
  return reconciler.finish();
}

/**
 * The controller one Service at a time (its syncService), so that a caller can hand each
 * Service's slices on while they are fresh; finish() reports the slices no Service claimed.
 *
 * @example
 * const reconciler = new EndpointSliceReconciler(input);
 * for (const service of input.services) kubeProxy.add(service, reconciler.syncService(service));
 * const { slices, hintsTrace, diagnostics } = reconciler.finish();
 */
export class EndpointSliceReconciler {
  private readonly slices = new Map<string, EndpointSlice[]>();
  private readonly hintsTrace = new Map<string, TraceStep[]>();
  private readonly diagnostics: Diagnostic[] = [];
  private readonly podIndex: PodIndex;
  private readonly nodesByName: Map<string, Node>;
  private readonly userSlicesByService: ReturnType<typeof groupUserSlices>;
  private readonly topologyCache: TopologyCache | undefined;
  private readonly takenNames = new Set<string>();
  /** trafficDistribution's hints, shared by the endpoints of a zone (or node) across Services. */
  private readonly sharedHints = new SharedHints();
  private readonly endpointsByKey = new Map<string, Endpoints>();

  constructor(private readonly input: Omit<ReconcileInput, 'services'>) {
    this.podIndex = PodIndex.of(input.pods);
    this.nodesByName = new Map(input.nodes.map((node) => [node.metadata.name, node]));
    this.userSlicesByService = groupUserSlices(input.userSlices);
    this.topologyCache = input.gates.TopologyAwareHints ? new TopologyCache(input.nodes) : undefined;
    for (const { slice } of input.userSlices) this.takenNames.add(slice.metadata.name);
    for (const endpoints of input.endpoints ?? []) this.endpointsByKey.set(keyOf(endpoints.metadata), endpoints);
  }

  /** The Service's EndpointSlices (also kept for finish()), with its trace recorded. */
  syncService(service: Service): EndpointSlice[] {
    const key = keyOf(service.metadata);
    const serviceSlices = this.sync(service, key);
    this.slices.set(key, serviceSlices);
    return serviceSlices;
  }

  finish(): ReconcileOutput {
    this.diagnostics.push(...orphanSliceDiagnostics(this.userSlicesByService, this.input.userSlices));
    return { slices: this.slices, hintsTrace: this.hintsTrace, diagnostics: this.diagnostics };
  }

  private sync(service: Service, key: string): EndpointSlice[] {
    const { input, diagnostics } = this;
    const trace: TraceStep[] = [];
    this.hintsTrace.set(key, trace);
    const given = this.userSlicesByService.get(key);
    this.userSlicesByService.delete(key);

    if (service.type === 'ExternalName') {
      trace.push(step('syncService', 'ExternalName Services get no EndpointSlices from the controller'));
      return [];
    }
    const mirrored = mirrorEndpoints(service, this.endpointsByKey.get(key), this.takenNames);
    trace.push(...mirrored.trace);
    if (given) {
      const names = given.map((s) => s.metadata.name);
      trace.push(
        step(
          'syncService',
          `EndpointSlices ${listNames(names)} come from the input (label ${SERVICE_NAME_LABEL}: ${service.metadata.name}); they are used as given, hints as written, and the controller's own slices are not computed`,
        ),
      );
      return given;
    }
    // NOTE: an empty selector arrives at the controller as nil (protobuf drops empty maps), so
    // `selector: {}` is treated like no selector.
    if (mirrored.slices) return mirrored.slices;
    if (!service.selector || Object.keys(service.selector).length === 0) {
      trace.push(
        step(
          'syncService',
          'the Service has no selector, so the controller manages no EndpointSlices for it; supply an Endpoints object of the same name (mirrored into EndpointSlices) or EndpointSlices to give it endpoints',
        ),
      );
      return [];
    }

    const eligible = eligiblePods(
      service,
      this.podIndex.select(service.metadata.namespace, service.selector),
      this.nodesByName,
      trace,
      diagnostics,
    );
    const serviceSlices: EndpointSlice[] = [];
    const { rule, trace: ruleTrace } = chooseHintsRule(service, {
      topologyCache: this.topologyCache !== undefined,
      version: input.version,
      gates: input.gates,
    });
    trace.push(...ruleTrace);
    const addressTypes = getAddressTypesForService(service, eligible);
    for (const addressType of addressTypes) {
      const typed = buildEndpointSlices(service, eligible, addressType, this.takenNames);
      const hintTrace = applyHints(rule, typed, addressType, service, input.version, this.topologyCache, diagnostics, this.sharedHints);
      trace.push(...(addressTypes.length > 1 ? hintTrace.map((s) => ({ ...s, message: `${addressType}: ${s.message}` })) : hintTrace));
      serviceSlices.push(...typed);
    }
    return serviceSlices;
  }
}
