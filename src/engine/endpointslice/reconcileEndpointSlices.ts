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
  private podIndex: PodIndex;
  private nodesByName: Map<string, Node>;
  private readonly userSlicesByService: ReturnType<typeof groupUserSlices>;
  private readonly topologyCache: TopologyCache | undefined;
  private readonly takenNames = new Set<string>();
  /** trafficDistribution's hints, shared by the endpoints of a zone (or node) across Services. */
  private readonly sharedHints = new SharedHints();
  private readonly endpointsByKey = new Map<string, Endpoints>();
  /** The diagnostics each Service's sync gave, for the Services that gave any (in sync order). */
  private readonly diagnosticsByService = new Map<string, Diagnostic[]>();

  constructor(private input: Omit<ReconcileInput, 'services'>) {
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
    const before = this.diagnostics.length;
    const serviceSlices = this.sync(service, key, this.diagnostics);
    if (this.diagnostics.length > before) this.diagnosticsByService.set(key, this.diagnostics.slice(before));
    this.slices.set(key, serviceSlices);
    return serviceSlices;
  }

  finish(): ReconcileOutput {
    this.diagnostics.push(...this.orphanDiagnostics());
    return { slices: this.slices, hintsTrace: this.hintsTrace, diagnostics: this.diagnostics };
  }

  /**
   * Syncs a Service again after an edit of it alone (every other object as before), as the
   * controller's next sync of that Service would. Undefined when the edit changes the names of the
   * Service's generated slices: other Services' names may then depend on it, and only a sync of
   * every Service in order gives them (the reconciler is then spent).
   *
   * @example
   * reconciler.resyncService(editedService); // its new EndpointSlices, hints and trace
   */
  resyncService(service: Service): EndpointSlice[] | undefined {
    const key = keyOf(service.metadata);
    const previous = this.slices.get(key) ?? [];
    const generated = !this.userSlicesByService.has(key);
    if (generated) for (const slice of previous) this.takenNames.delete(slice.metadata.name);
    const diagnostics: Diagnostic[] = [];
    const taken = this.takenNames.size;
    const serviceSlices = this.sync(service, key, diagnostics);
    // Slices from the input: only mirroring (of v1 Endpoints it then does not use) could have taken names.
    if (generated ? !sameNames(previous, serviceSlices) : this.takenNames.size !== taken) return undefined;
    if (diagnostics.length > 0) this.diagnosticsByService.set(key, diagnostics);
    else this.diagnosticsByService.delete(key);
    this.slices.set(key, serviceSlices);
    return serviceSlices;
  }

  /**
   * The pods and nodes of the syncs from now on, after an edit of some of them in place (same
   * names, same positions): the caller then syncs again (resyncService) every Service whose slices
   * they change, as the controller's pod and node handlers queue them.
   *
   * @example
   * reconciler.replaceObjects(podsNow, nodesNow);
   * reconciler.resyncService(serviceOfTheEditedPod);
   */
  replaceObjects(pods: readonly Pod[], nodes: readonly Node[]): void {
    if (pods !== this.input.pods) this.podIndex = PodIndex.of(pods);
    if (nodes !== this.input.nodes) {
      this.nodesByName = new Map(nodes.map((node) => [node.metadata.name, node]));
      this.topologyCache?.setNodes(nodes);
    }
    this.input = { ...this.input, pods, nodes };
  }

  /** Each synced Service's slices and trace so far, by key (in sync order). */
  current(): Pick<ReconcileOutput, 'slices' | 'hintsTrace'> {
    return { slices: this.slices, hintsTrace: this.hintsTrace };
  }

  /** What finish() gives, for the Services as they are now (in `services` order), after resyncService. */
  output(services: readonly Service[]): ReconcileOutput {
    const diagnostics: Diagnostic[] = [];
    if (this.diagnosticsByService.size > 0) {
      for (const service of services) {
        const own = this.diagnosticsByService.get(keyOf(service.metadata));
        if (own) for (const d of own) diagnostics.push(d);
      }
    }
    diagnostics.push(...this.orphanDiagnostics());
    return { slices: this.slices, hintsTrace: this.hintsTrace, diagnostics };
  }

  /** Input slices whose Service was never synced. */
  private orphanDiagnostics(): Diagnostic[] {
    if (this.userSlicesByService.size === 0) return [];
    const orphans = new Map<string, EndpointSlice[]>();
    for (const [key, slices] of this.userSlicesByService) if (!this.slices.has(key)) orphans.set(key, slices);
    return orphanSliceDiagnostics(orphans, this.input.userSlices);
  }

  private sync(service: Service, key: string, diagnostics: Diagnostic[]): EndpointSlice[] {
    const { input } = this;
    const trace: TraceStep[] = [];
    this.hintsTrace.set(key, trace);
    const given = this.userSlicesByService.get(key);

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

function sameNames(a: readonly EndpointSlice[], b: readonly EndpointSlice[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.metadata.name !== b[i]!.metadata.name) return false;
  return true;
}
