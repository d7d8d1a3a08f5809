/**
 * The pipeline, in Kubernetes' own order:
 * manifests → objects (API server defaults and validation) → pods on nodes (scheduler)
 * → EndpointSlices with hints (EndpointSlice controller) → per-node endpoint sets (kube-proxy)
 * → routes for client pods (data plane), with a seeded request simulation.
 * The timeline's events (engine/events) are replayed by analyze.ts, which this module does not
 * need: a page that has no event yet does not load them.
 */
import { type Diagnostic, syntheticSource } from './diagnostics';
import { decodeCluster, type DecodeOptions } from './decode/decodeCluster';
import { serviceDNS } from './dns/serviceDNS';
import { autoHintsReport } from './endpointslice/autoHintsReport';
import { hintsEnabled } from './endpointslice/hintsEnabled';
import { EndpointSliceReconciler, type ReconcileOutput } from './endpointslice/reconcileEndpointSlices';
import type { TimelineInput } from './events/types';
import {
  keyOf,
  normalizeObjectKey,
  type ClusterState,
  type EndpointSlice,
  type Pod,
  type Service,
  TOPOLOGY_HINTS_ANNOTATION,
  TOPOLOGY_MODE_ANNOTATION,
} from './model';
import type { SourceFile } from './parse/manifestDocument';
import { parseManifests } from './parse/parseManifests';
import type { ParsedDocumentCache } from './parse/parsedDocuments';
import { ServiceViewBuilder } from './proxy/computeServiceViews';
import type { ClientRoute, IPFamilyName, NodeSummary, PodSummary, RoutingReport, ServicePortViews, ServiceSummary } from './report';
import { addGroupRoutes, computeClientRoutes, placeClients, type PlacedClient } from './routes/computeClientRoutes';
import { schedulePods } from './scheduler/schedulePods';
import { boundedRequests } from './limits';
import { type StageCallback, tick } from './progress';
import { PodIndex } from './selectors';
import { DEFAULT_VERSION, type KubeVersion } from './version';

export interface AnalyzeOptions {
  /** Kubernetes minor version, "1.30" … "1.36"; default the newest. */
  kubernetesVersion?: KubeVersion;
  /** Control-plane feature gate overrides (API server and EndpointSlice controller). */
  featureGates?: Record<string, boolean>;
  /** kube-proxy's minor version when it differs from the control plane's (at most 3 older, never newer). */
  kubeProxyVersion?: KubeVersion;
  /** "namespace/pod": report routes from this pod (as well as from pods no Service selects). */
  from?: string;
  /** Simulate this many requests per client route. */
  requests?: number;
  /** Seed of every random choice (placement names, simulated requests). */
  seed?: number;
  /** Cluster events to replay on the files' cluster before routing (see engine/events). */
  timeline?: TimelineInput;
  /** Files from this length on are read the fast way, where it reads the same (default 256 KiB; see parse/fastDocument.ts). */
  fastParseMinBytes?: number;
  /**
   * Told how far the analysis is, stage by stage (see engine/progress). Not data: it never
   * changes the report, and it stays on the side of the caller that gives it (a function does not
   * cross to a Web Worker).
   */
  onStage?: StageCallback;
}

/**
 * The files parsed and decoded as one cluster (the API server's part), with every diagnostic so
 * far. `cache` keeps the YAML documents from one call to the next (see ParsedDocumentCache).
 */
export function decodeFiles(
  files: readonly SourceFile[],
  options: AnalyzeOptions = {},
  cache?: ParsedDocumentCache,
): { cluster: ClusterState; diagnostics: Diagnostic[] } {
  const parsed = parseManifests(files, cache, {
    fastParseMinBytes: options.fastParseMinBytes,
    ...(options.onStage ? { onStage: options.onStage } : {}),
  });
  const decoded = decodeCluster(parsed.documents, decodeOptions(options));
  return { cluster: decoded.cluster, diagnostics: [...parsed.diagnostics, ...decoded.diagnostics] };
}

/** What the API server's stage takes from the analysis options. */
export function decodeOptions(options: AnalyzeOptions): DecodeOptions {
  return {
    version: options.kubernetesVersion ?? DEFAULT_VERSION,
    featureGates: options.featureGates,
    ...(options.kubeProxyVersion ? { kubeProxyVersion: options.kubeProxyVersion } : {}),
    ...(options.onStage ? { onStage: options.onStage } : {}),
  };
}

/**
 * The files' cluster as written, analysed without the timeline (what analyzeFiles gives while no
 * event has happened by the timeline's moment). `cache`: as for decodeFiles.
 *
 * @example
 * analyzeWrittenFiles([{ name: 'svc.yaml', text }], { kubernetesVersion: '1.34' }).serviceViews;
 */
export function analyzeWrittenFiles(
  files: readonly SourceFile[],
  options: AnalyzeOptions = {},
  cache?: ParsedDocumentCache,
): RoutingReport {
  const { cluster, diagnostics } = decodeFiles(files, options, cache);
  return analyzeCluster(cluster, options, diagnostics);
}

/** Runs the pipeline from scheduling on, for a cluster state that events may have changed. */
export function analyzeCluster(
  cluster: ClusterState,
  options: AnalyzeOptions = {},
  inputDiagnostics: readonly Diagnostic[] = [],
): RoutingReport {
  return runPipeline(cluster, options, inputDiagnostics).report;
}

/**
 * What one run of the pipeline keeps besides its report, so that a later run after an edit of a
 * few objects can redo only what depends on them (engine/incremental). The report's arrays are
 * built from these; nothing here is changed once the report is out.
 */
export interface PipelineState {
  cluster: ClusterState;
  options: AnalyzeOptions;
  inputDiagnostics: readonly Diagnostic[];
  /** The scheduler's pods and diagnostics. */
  pods: Pod[];
  schedulerDiagnostics: readonly Diagnostic[];
  controller: EndpointSliceReconciler;
  kubeProxy: ServiceViewBuilder;
  /** Per Service (cluster.services order): how many groups of serviceViews are its. */
  groupCounts: Int32Array;
  /** Per Service: how many of endpointSlices are its. */
  sliceCounts: Int32Array;
  /** The clients with routes, each with its routes in view order. */
  placed: PlacedClient[];
  /** The diagnostics after the controller's: `--from` and `--requests`. */
  tailDiagnostics: readonly Diagnostic[];
  requests: number | undefined;
  report: RoutingReport;
}

/**
 * The pipeline, with what it keeps for a later incremental run (see PipelineState).
 *
 * @example
 * const { report, state } = runPipeline(cluster, { kubernetesVersion: '1.34' });
 */
export function runPipeline(
  cluster: ClusterState,
  options: AnalyzeOptions = {},
  inputDiagnostics: readonly Diagnostic[] = [],
): { report: RoutingReport; state: PipelineState } {
  const diagnostics: Diagnostic[] = [...inputDiagnostics];
  const seed = options.seed ?? 1;
  const onStage = options.onStage;

  onStage?.('schedule', 0, 0);
  const scheduled = schedulePods(cluster);
  diagnostics.push(...scheduled.diagnostics);
  const pods = scheduled.pods;

  // The EndpointSlice controller and kube-proxy take one Service after the other, as their
  // watches would: kube-proxy reads each Service's slices while they are fresh in memory.
  const controller = new EndpointSliceReconciler({
    pods,
    nodes: cluster.nodes,
    userSlices: cluster.endpointSlices,
    ...(cluster.endpoints ? { endpoints: cluster.endpoints } : {}),
    version: cluster.version,
    gates: cluster.controlPlaneGates,
  });
  const kubeProxy = kubeProxyOf(cluster);
  const serviceViews: ServicePortViews[] = [];
  const secondaryViews: ServicePortViews[] = [];
  const slices: EndpointSlice[] = [];
  const groupCounts = new Int32Array(cluster.services.length);
  const sliceCounts = new Int32Array(cluster.services.length);
  const serviceCount = cluster.services.length;
  onStage?.('services', 0, serviceCount);
  for (let s = 0; s < serviceCount; s++) {
    tick(onStage, 'services', s, serviceCount);
    const service = cluster.services[s]!;
    const serviceSlices = controller.syncService(service);
    for (const slice of serviceSlices) slices.push(slice);
    sliceCounts[s] = serviceSlices.length;
    const before = serviceViews.length;
    addServiceViews(kubeProxy, service, serviceSlices, serviceViews, secondaryViews);
    groupCounts[s] = serviceViews.length - before;
  }
  onStage?.('services', serviceCount, serviceCount);
  const reconciled = controller.finish();
  diagnostics.push(...reconciled.diagnostics);

  const podIndex = PodIndex.of(pods);
  // By position in `pods`: the Services selecting each pod.
  const selectedBy: (string[] | undefined)[] = new Array(pods.length);
  for (const service of cluster.services) {
    if (!service.selector) continue;
    const key = keyOf(service.metadata);
    // Pods selected by this Service alone share one list; a second Service gives a pod its own.
    const only = [key];
    for (const i of podIndex.selectPositions(service.metadata.namespace, service.selector)) {
      const list = selectedBy[i];
      if (!list) selectedBy[i] = only;
      else if (list.length === 1) selectedBy[i] = [list[0]!, key];
      else list.push(key);
    }
  }

  const tailDiagnostics: Diagnostic[] = [];
  const fromPod = options.from ? pods.find((pod) => keyOf(pod.metadata) === normalizeObjectKey(options.from!)) : undefined;
  if (options.from && !fromPod) {
    tailDiagnostics.push({
      ...syntheticSource('(options)').range,
      severity: 'error',
      message: `--from: pods "${normalizeObjectKey(options.from)}" not found`,
    });
  }
  const isClient = (pod: Pod, i: number) =>
    pod === fromPod || (selectedBy[i] === undefined && pod.status.phase !== 'Succeeded' && pod.status.phase !== 'Failed');
  const clients = pods.filter(isClient);

  const requests = boundedRequests(options.requests, tailDiagnostics);
  const placed = placeClients(clients, cluster.nodes);
  const routeInput = { services: cluster.services, kubeProxy: cluster.kubeProxy, requests, seed, ...(onStage ? { onStage } : {}) };
  addGroupRoutes(placed, serviceViews, routeInput);
  const routes: ClientRoute[] = [];
  for (const client of placed) for (const route of client.routes) routes.push(route);
  const secondaryRoutes =
    secondaryViews.length > 0 ? computeClientRoutes({ ...routeInput, clients, serviceViews: secondaryViews, nodes: cluster.nodes }) : [];
  diagnostics.push(...tailDiagnostics);

  const nodesByName = new Map(cluster.nodes.map((node) => [node.metadata.name, node]));
  const report: RoutingReport = {
    kubernetesVersion: cluster.version,
    ...(cluster.kubeProxyVersion ? { kubeProxyVersion: cluster.kubeProxyVersion } : {}),
    proxyMode: cluster.kubeProxy.mode,
    ...(cluster.kubeProxy.mode === 'ipvs' ? { ipvsScheduler: cluster.kubeProxy.ipvsScheduler } : {}),
    featureGates: { controlPlane: cluster.controlPlaneGates, kubeProxy: cluster.kubeProxyGates },
    ...(cluster.kubeProxy.traffic.written ? { kubeProxyTraffic: cluster.kubeProxy.traffic } : {}),
    ...(cluster.serviceIPRanges ? { serviceCIDRs: cluster.serviceIPRanges } : {}),
    diagnostics: sortDiagnostics(diagnostics),
    nodes: cluster.nodes.map(summarizeNode),
    pods: summarizePods(pods, nodesByName, selectedBy, isClient),
    services: cluster.services.map((service) => summarizeService(service, cluster, reconciled)),
    endpointSlices: slices,
    serviceViews,
    routes,
    ...(secondaryViews.length > 0 ? { secondaryFamily: { serviceViews: secondaryViews, routes: secondaryRoutes } } : {}),
  };
  const state: PipelineState = {
    cluster,
    options,
    inputDiagnostics,
    pods,
    schedulerDiagnostics: scheduled.diagnostics,
    controller,
    kubeProxy,
    groupCounts,
    sliceCounts,
    placed,
    tailDiagnostics,
    requests,
    report,
  };
  return { report, state };
}

/** kube-proxy on every node of the cluster, ready to take one Service after the other. */
export function kubeProxyOf(cluster: ClusterState): ServiceViewBuilder {
  return new ServiceViewBuilder({
    nodes: cluster.nodes,
    version: cluster.kubeProxyVersion ?? cluster.version,
    gates: cluster.kubeProxyGates,
    kubeProxy: cluster.kubeProxy,
    ...(cluster.kubeProxyVersion ? { controlPlaneVersion: cluster.version } : {}),
  });
}

/**
 * kube-proxy's views of one Service, given its EndpointSlices. kube-proxy runs one proxier per IP
 * family: each serves the Service's cluster IP of its family from the EndpointSlices of that
 * address type only (an IPv6 ClusterIP never reaches an IPv4 pod). The first family's views go to
 * `out`, a dual-stack Service's second family's to `secondary`.
 */
export function addServiceViews(
  kubeProxy: ServiceViewBuilder,
  service: Service,
  serviceSlices: readonly EndpointSlice[],
  out: ServicePortViews[],
  secondary: ServicePortViews[],
): void {
  const families = ipFamiliesOf(service);
  if (!families) {
    // A single-stack Service's one proxier reads only slices of its family (given ones may hold others).
    const family = service.clusterIPs && service.clusterIP ? familyOf(service.clusterIP) : undefined;
    kubeProxy.addService(service, family ? serviceSlices.filter((s) => s.addressType === family) : serviceSlices, out);
    return;
  }
  for (const [i, { family, clusterIP }] of families.entries()) {
    const views = i === 0 ? out : secondary;
    const from = views.length;
    kubeProxy.addService(
      i === 0 ? service : { ...service, clusterIP },
      serviceSlices.filter((s) => s.addressType === family),
      views,
    );
    for (let g = from; g < views.length; g++) views[g]!.ipFamily = family;
  }
}

/**
 * A Service as the report lists it, with what the controller did for it.
 *
 * @example
 * summarizeService(service, cluster, reconciled).hintsTrace; // the controller's hint decisions
 */
export function summarizeService(
  service: Service,
  cluster: ClusterState,
  reconciled: Pick<ReconcileOutput, 'slices' | 'hintsTrace'>,
): ServiceSummary {
  const key = keyOf(service.metadata);
  const annotations = service.metadata.annotations;
  const summary: ServiceSummary = {
    key,
    namespace: service.metadata.namespace,
    name: service.metadata.name,
    type: service.type,
    ports: service.ports.map(summarizePort),
    internalTrafficPolicy: service.internalTrafficPolicy,
    sessionAffinity: service.sessionAffinity,
    userSlices: cluster.endpointSlices.some(
      (s) =>
        s.slice.metadata.namespace === service.metadata.namespace &&
        s.slice.metadata.labels['kubernetes.io/service-name'] === service.metadata.name,
    ),
    hintsTrace: reconciled.hintsTrace.get(key) ?? [],
  };
  if (service.clusterIP && service.clusterIP !== 'None') summary.clusterIP = service.clusterIP;
  if (service.clusterIPs) summary.clusterIPs = service.clusterIPs;
  if (service.ipFamilyPolicy) summary.ipFamilyPolicy = service.ipFamilyPolicy;
  if (service.ipFamilies) summary.ipFamilies = service.ipFamilies;
  if (service.externalIPs.length) summary.externalIPs = service.externalIPs;
  if (service.loadBalancerIPs.length) summary.loadBalancerIPs = service.loadBalancerIPs;
  if (service.loadBalancerHostnames?.length) summary.loadBalancerHostnames = service.loadBalancerHostnames;
  if (service.trafficDistribution !== undefined) summary.trafficDistribution = service.trafficDistribution;
  if (service.externalTrafficPolicy) summary.externalTrafficPolicy = service.externalTrafficPolicy;
  if (service.sessionAffinityTimeoutSeconds !== undefined) summary.sessionAffinityTimeoutSeconds = service.sessionAffinityTimeoutSeconds;
  if (service.healthCheckNodePort) summary.healthCheckNodePort = service.healthCheckNodePort;
  if (service.loadBalancerSourceRanges) summary.loadBalancerSourceRanges = service.loadBalancerSourceRanges;
  if (service.loadBalancerProxyIPs) summary.loadBalancerProxyIPs = service.loadBalancerProxyIPs;
  const dns = serviceDNS(service, reconciled.slices.get(key) ?? []);
  if (dns) summary.dns = dns;
  const mode = annotations[TOPOLOGY_HINTS_ANNOTATION] ?? annotations[TOPOLOGY_MODE_ANNOTATION];
  if (mode !== undefined) summary.topologyMode = mode;
  if (hintsEnabled(annotations)) {
    summary.topologyAuto = autoHintsReport(cluster.nodes, reconciled.slices.get(key) ?? [], {
      gates: cluster.controlPlaneGates,
      userSlices: summary.userSlices,
    });
  }
  return summary;
}

/**
 * A dual-stack Service's families in `ipFamilies` order, each with its cluster IP; undefined for a
 * single-stack one (its views stay untagged, as before dual stack was modelled).
 */
export function ipFamiliesOf(service: Service): { family: IPFamilyName; clusterIP: string }[] | undefined {
  const ips = service.clusterIPs;
  if (!ips || ips.length < 2 || service.clusterIP === 'None') return undefined;
  return ips.map((ip) => ({ family: familyOf(ip), clusterIP: ip }));
}

const familyOf = (ip: string): IPFamilyName => (ip.includes(':') ? 'IPv6' : 'IPv4');

/** A Service port as the report lists it (name and nodePort only when set), in one literal per shape. */
function summarizePort(p: Service['ports'][number]): ServiceSummary['ports'][number] {
  if (p.name)
    return p.nodePort
      ? { name: p.name, port: p.port, protocol: p.protocol, targetPort: p.targetPort, nodePort: p.nodePort }
      : { name: p.name, port: p.port, protocol: p.protocol, targetPort: p.targetPort };
  return p.nodePort
    ? { port: p.port, protocol: p.protocol, targetPort: p.targetPort, nodePort: p.nodePort }
    : { port: p.port, protocol: p.protocol, targetPort: p.targetPort };
}

export function summarizeNode(node: ClusterState['nodes'][number]): NodeSummary {
  const summary: NodeSummary = {
    name: node.metadata.name,
    ready: node.ready,
    schedulable: !node.unschedulable,
    controlPlane: node.controlPlane,
    allocatableCpuMilli: node.allocatableCpuMilli,
    taints: node.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`),
  };
  if (node.zone) summary.zone = node.zone;
  if (node.generated) summary.generated = true;
  if (node.podCIDRs) summary.podCIDRs = node.podCIDRs;
  if (node.internalIPs) summary.internalIPs = node.internalIPs;
  if (node.addresses?.length) summary.addresses = node.addresses.map((a) => ({ type: a.type, address: a.address }));
  return summary;
}

/** The report's pod summaries, by position in `pods` (`selectedBy` and `isClient` likewise). */
function summarizePods(
  pods: readonly Pod[],
  nodesByName: ReadonlyMap<string, ClusterState['nodes'][number]>,
  selectedBy: readonly (string[] | undefined)[],
  isClient: (pod: Pod, i: number) => boolean,
): PodSummary[] {
  const keys = new KeyJoiner();
  const out = new Array<PodSummary>(pods.length);
  for (let i = 0; i < pods.length; i++) out[i] = summarizePod(pods[i]!, nodesByName, selectedBy[i] ?? [], isClient(pods[i]!, i), keys);
  return out;
}

/**
 * "namespace/name" with "namespace/" joined once per namespace: each key is then one joined
 * string instead of two (the report keeps 150,000 of them in a large cluster).
 */
export class KeyJoiner {
  private readonly prefixes = new Map<string, string>();

  key(meta: { namespace: string; name: string }): string {
    let prefix = this.prefixes.get(meta.namespace);
    if (prefix === undefined) this.prefixes.set(meta.namespace, (prefix = `${meta.namespace}/`));
    return prefix + meta.name;
  }
}

export function summarizePod(
  pod: Pod,
  nodesByName: ReadonlyMap<string, ClusterState['nodes'][number]>,
  selectedBy: string[],
  client: boolean,
  keys?: KeyJoiner,
): PodSummary {
  const node = pod.spec.nodeName ? nodesByName.get(pod.spec.nodeName) : undefined;
  const key = keys ? keys.key(pod.metadata) : keyOf(pod.metadata);
  const ip = pod.status.podIPs[0];
  if (
    node?.zone &&
    ip &&
    pod.status.podIPs.length === 1 &&
    pod.owner === undefined &&
    pod.controllerRef === undefined &&
    !pod.pendingReason
  )
    return boundPodSummary(pod, key, pod.spec.nodeName!, node.zone, ip, selectedBy, client);
  const summary: PodSummary = {
    key,
    namespace: pod.metadata.namespace,
    name: pod.metadata.name,
    phase: pod.status.phase,
    ready: pod.status.ready,
    terminating: pod.metadata.deletionTimestamp !== undefined,
    labels: pod.metadata.labels,
    generated: pod.owner !== undefined,
    selectedBy,
    client,
  };
  if (pod.spec.nodeName) summary.node = pod.spec.nodeName;
  if (node?.zone) summary.zone = node.zone;
  if (pod.status.podIPs[0]) summary.ip = pod.status.podIPs[0];
  if (pod.status.podIPs.length > 1) summary.ips = pod.status.podIPs;
  const owner = pod.owner ?? pod.controllerRef;
  if (owner) summary.owner = `${owner.kind} ${owner.name}`;
  if (pod.pendingReason) summary.pendingReason = pod.pendingReason;
  return summary;
}

/**
 * The usual pod's summary (bound, in a zone, with an IP, no owner), written in one literal of the
 * summary's key order: V8 gives 150,000 summaries one shape and no property is added after
 * creation. Measured with the same form in podToEndpoint and weighted(): see the README's Benchmarks.
 */
function boundPodSummary(pod: Pod, key: string, node: string, zone: string, ip: string, selectedBy: string[], client: boolean): PodSummary {
  return {
    key,
    namespace: pod.metadata.namespace,
    name: pod.metadata.name,
    phase: pod.status.phase,
    ready: pod.status.ready,
    terminating: pod.metadata.deletionTimestamp !== undefined,
    labels: pod.metadata.labels,
    generated: false,
    selectedBy,
    client,
    node,
    zone,
    ip,
  };
}

/** Files in the order they first appear (argument order), then by position. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const fileOrder = new Map<string, number>();
  for (const d of diagnostics) if (!fileOrder.has(d.file)) fileOrder.set(d.file, fileOrder.size);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => fileOrder.get(a.d.file)! - fileOrder.get(b.d.file)! || a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i)
    .map(({ d }) => d);
}
