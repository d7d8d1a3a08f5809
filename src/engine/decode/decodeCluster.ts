/**
 * Stage 1 of the pipeline, the API server's part: every document is typed, decoded, defaulted
 * and validated; invalid objects are refused, the rest applied in order (later duplicates win).
 */
import { diagnosticAt, syntheticSource, type Diagnostic, type SourceRef } from '../diagnostics';
import { keyOf } from '../model';
import type { ClusterState, Deployment, EndpointSlice, Endpoints, KubeProxyConfiguration, Node, Pod, PodDisruptionBudget } from '../model';
import { NOT_AN_OBJECT } from '../parse/documentsFromObjects';
import { isListKind, itemKindOf } from '../parse/listKinds';
import { inheritListTypes } from '../parse/parseManifests';
import type { ManifestDocument } from '../parse/manifestDocument';
import { type StageCallback, tick } from '../progress';
import { formatValue } from '../validation/fieldErrors';
import { validateService } from '../validation/validateService';
import { applyGateOverrides, DEFAULT_VERSION, isKubeVersion, minorOf, type FeatureGates, type KubeVersion } from '../version';
import { kubeProxySkewProblem } from '../versionSkew';
import { allocateServices, type PendingService } from './allocateServices';
import { decodeDeployment } from './decodeDeployment';
import { decodeEndpoints, ENDPOINTS_DEPRECATION } from './decodeEndpoints';
import { defaultClusterDiagnostic, defaultNodes } from './defaultCluster';
import { decodeEndpointSlice } from './decodeEndpointSlice';
import { decodeKubeProxyConfiguration, defaultKubeProxyConfiguration } from './decodeKubeProxyConfiguration';
import { decodeNode } from './decodeNode';
import { decodePod } from './decodePod';
import { decodePodDisruptionBudget } from './decodePodDisruptionBudget';
import { decodeService } from './decodeService';
import { withinLimits, workloadsWithinLimits } from './enforceLimits';
import { addWorkload, emptyWorkloads, governingServiceDiagnostics, isWorkloadKind, workloadsIfAny } from './collectWorkloads';
import { decodeServiceCIDR, gatedServiceCIDRNote, serviceCIDRApiVersion, type ServiceCIDR } from './decodeServiceCIDR';
import { serviceRanges } from './serviceRanges';
import { ignoredKindNote } from './ignoredKinds';
import { isModelledKind, MODELLED_KINDS } from './kinds';
import { NamespacedList } from './namespacedList';
import { DecodeMemo, ObjectContext } from './objectContext';
import { isObj } from './read';
import type { Workload, Workloads } from '../workloads';
import { serviceToModel } from './serviceToModel';

export interface DecodeOptions {
  version: KubeVersion;
  /** Control-plane (API server, controller manager) feature gate overrides. */
  featureGates?: Record<string, boolean>;
  /** kube-proxy's version (version skew); default the control plane's. */
  kubeProxyVersion?: KubeVersion;
  /**
   * Supply the default cluster when the input has no Node objects (default true). Off for a
   * partial input such as one applied file or one patched object.
   */
  defaultCluster?: boolean;
  /** Told the documents decoded so far (stage "decode"). */
  onStage?: StageCallback;
}

interface Collected {
  nodes: Map<string, Node>;
  pods: NamespacedList<Pod>;
  deployments: Map<string, Deployment>;
  services: Map<string, PendingService & { source: SourceRef }>;
  slices: Map<string, { slice: EndpointSlice; source: SourceRef }>;
  budgets: Map<string, PodDisruptionBudget>;
  serviceCIDRs: Map<string, ServiceCIDR>;
  endpoints: Map<string, Endpoints>;
  kubeProxy?: KubeProxyConfiguration;
  workloads: Workloads;
  /** A document of kind Node was given (even one the API server refused). */
  sawNode?: boolean;
  /** The context Pods and Nodes are decoded with, one object after the other (their decoders keep none). */
  reusable: ObjectContext;
  /** Set when the caller asked for a DecodeRecord: the document being decoded. */
  record?: DecodeRecord;
  index?: number;
}

/**
 * How one decode went, for a later decode of an edited workspace that redoes only the edited
 * Services (engine/incremental): where each document's diagnostics are, which document wrote
 * which Service, and the Services as allocated.
 */
export interface DecodeRecord {
  documents: readonly ManifestDocument[];
  diagnostics: Diagnostic[];
  /** documentStarts[i]..documentStarts[i + 1]: the diagnostics decoding document i gave. */
  documentStarts: Int32Array;
  /** The allocation step's diagnostics, and the objects ("Service ns/name") they are about. */
  allocation: { start: number; end: number; objects: Set<string> };
  /** governingServiceDiagnostics' part, right after the allocation's. */
  governing: { start: number; end: number };
  /** Accepted Service documents (before allocation): document index → Service key. */
  serviceDocuments: Map<number, string>;
  /** How many accepted documents wrote each Service key. */
  serviceWrites: Map<string, number>;
  /** The accepted Services as allocated, by key. */
  services: Map<string, PendingService & { source: SourceRef }>;
  /** A document of kind Node was given (no default cluster). */
  sawNode: boolean;
  /** The simulation limits refused a Deployment or another workload (engine/limits). */
  limitsRefused: boolean;
  version: KubeVersion;
  gates: FeatureGates;
}

/**
 * Decodes documents into the cluster state, with diagnostics in the API server's words.
 * Never throws: any input gives a (possibly empty) cluster and diagnostics.
 *
 * @example
 * const { documents } = parseManifests(files);
 * const { cluster, diagnostics } = decodeCluster(documents, { version: '1.34' });
 * cluster.services[0].clusterIP; // deterministic, from 10.96.0.0/12
 */
export function decodeCluster(
  documents: readonly ManifestDocument[] | PlainObjects,
  options: DecodeOptions,
  record?: DecodeRecord,
): { cluster: ClusterState; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const version = isKubeVersion(options?.version) ? options.version : DEFAULT_VERSION;
  if (options?.version !== undefined && !isKubeVersion(options.version)) {
    diagnostics.push(optionsDiagnostic('warning', `Kubernetes version ${String(options.version)} is not modelled; using ${version}`));
  }
  const controlPlane = applyGateOverrides(version, isObj(options?.featureGates) ? options.featureGates : undefined);
  for (const problem of controlPlane.problems) {
    diagnostics.push(
      optionsDiagnostic(
        'error',
        `featureGates.${problem.gate}: kube-apiserver refuses to start: ${problem.message}; the gate keeps its default`,
      ),
    );
  }

  const collected = emptyCollected(diagnostics);
  if (isPlainObjects(documents)) {
    const count = Array.isArray(documents.objects) ? documents.objects.length : 0;
    options?.onStage?.('decode', 0, count);
    const firstSource = decodeObjects(documents, version, controlPlane.gates, collected, diagnostics);
    options?.onStage?.('decode', count, count);
    return finishDecode(firstSource, collected, version, controlPlane.gates, options, diagnostics, record);
  }
  const list = Array.isArray(documents) ? documents : [];
  if (record) {
    Object.assign(record, { documents: list, diagnostics, documentStarts: new Int32Array(list.length + 1), version });
    record.gates = controlPlane.gates;
    collected.record = record;
  }
  const onStage = options?.onStage;
  onStage?.('decode', 0, list.length);
  for (let i = 0; i < list.length; i++) {
    tick(onStage, 'decode', i, list.length);
    if (record) {
      record.documentStarts[i] = diagnostics.length;
      collected.index = i;
    }
    const document = list[i];
    decodeDocument(document?.object, document?.source ?? syntheticSource('(objects)'), version, controlPlane.gates, collected, diagnostics);
  }
  if (record) record.documentStarts[list.length] = diagnostics.length;
  onStage?.('decode', list.length, list.length);
  return finishDecode(list[0]?.source, collected, version, controlPlane.gates, options, diagnostics, record);
}

/** Plain objects (JSON.parse output) that share one synthetic source: decoded without a document per object. */
export interface PlainObjects {
  objects: readonly unknown[];
  /** The file the diagnostics name, e.g. "(objects)". */
  file: string;
}

function isPlainObjects(input: readonly ManifestDocument[] | PlainObjects): input is PlainObjects {
  return !Array.isArray(input) && isObj(input) && 'objects' in input;
}

/**
 * Decodes each object as documentsFromObjects would give it (Lists expanded into their items),
 * without the document wrappers: a dump of 165,000 objects needs none. Returns the first
 * document's source, undefined when there is none.
 */
function decodeObjects(
  input: PlainObjects,
  version: KubeVersion,
  gates: FeatureGates,
  collected: Collected,
  diagnostics: Diagnostic[],
): SourceRef | undefined {
  const source = syntheticSource(input.file);
  const objects = Array.isArray(input.objects) ? input.objects : [];
  let first: SourceRef | undefined;
  for (let i = 0; i < objects.length; i++) {
    const object = objects[i];
    if (isObj(object) && isListKind(object.kind) && Array.isArray(object.items)) {
      const itemKind = itemKindOf(object.kind as string);
      for (const item of object.items as unknown[]) {
        first = source;
        decodeDocument(isObj(item) ? inheritListTypes(item, object, itemKind) : item, source, version, gates, collected, diagnostics);
      }
      continue;
    }
    first = source;
    decodeDocument(object, source, version, gates, collected, diagnostics);
  }
  return first;
}

/** Allocation, the default cluster, kube-proxy's configuration and the limits, after every document was decoded. */
function finishDecode(
  firstSource: SourceRef | undefined,
  collected: Collected,
  version: KubeVersion,
  controlPlaneGates: FeatureGates,
  options: DecodeOptions,
  diagnostics: Diagnostic[],
  record?: DecodeRecord,
): { cluster: ClusterState; diagnostics: Diagnostic[] } {
  const controlPlane = { gates: controlPlaneGates };

  const allocation = {
    ranges: serviceRanges([...collected.serviceCIDRs.values()]),
    multiCIDR: minorOf(version) >= 33 || collected.serviceCIDRs.size > 0,
  };
  const allocationStart = diagnostics.length;
  const services = allocateServices([...collected.services.values()], allocation).map((p) => {
    const { source } = collected.services.get(`${p.written.metadata.namespace}/${p.written.metadata.name}`)!;
    return serviceToModel(p.written, source);
  });
  const allocationEnd = diagnostics.length;

  diagnostics.push(...governingServiceDiagnostics(collected.workloads, services));
  if (record) {
    const objects = new Set<string>();
    for (let i = allocationStart; i < allocationEnd; i++) objects.add(diagnostics[i]!.object ?? '');
    record.allocation = { start: allocationStart, end: allocationEnd, objects };
    record.governing = { start: allocationEnd, end: diagnostics.length };
    record.services = collected.services;
    record.sawNode = collected.sawNode === true;
  }
  if (options?.defaultCluster !== false && !collected.sawNode) {
    // Pods get an IPv6 address too only where a Service of the input asks for both families.
    const dualStack = services.find((s) => s.selector && s.ipFamilies?.length === 2);
    supplyDefaultCluster(collected, firstSource, diagnostics, dualStack ? keyOf(dualStack.metadata) : undefined);
  }

  const kubeProxy = collected.kubeProxy ?? defaultKubeProxyConfiguration();
  const kubeProxyVersion = resolveKubeProxyVersion(version, options?.kubeProxyVersion, diagnostics);
  const proxyGates = applyGateOverrides(kubeProxyVersion, kubeProxy.featureGates);
  for (const problem of proxyGates.problems) {
    const source = kubeProxy.source ?? syntheticSource('(kube-proxy)');
    diagnostics.push(
      diagnosticAt(
        source,
        ['featureGates', problem.gate],
        'error',
        `featureGates.${problem.gate}: kube-proxy refuses to start: ${problem.message}; the gate keeps its default`,
        'KubeProxyConfiguration',
      ),
    );
  }

  const simulated = withinLimits(collected.pods.values(), [...collected.deployments.values()], diagnostics);
  const workloads = workloadsWithinLimits(collected.workloads, simulated.total, diagnostics);
  if (record)
    record.limitsRefused =
      simulated.deployments.length !== collected.deployments.size ||
      workloads.statefulSets.length !== collected.workloads.statefulSets.length ||
      workloads.replicaSets.length !== collected.workloads.replicaSets.length;
  return {
    cluster: {
      version,
      nodes: [...collected.nodes.values()],
      pods: simulated.pods,
      deployments: simulated.deployments,
      services,
      podDisruptionBudgets: [...collected.budgets.values()],
      endpointSlices: [...collected.slices.values()],
      ...(collected.endpoints.size > 0 ? { endpoints: [...collected.endpoints.values()] } : {}),
      kubeProxy,
      ...(collected.serviceCIDRs.size > 0 ? { serviceIPRanges: allocation.ranges.map((r) => r.prefix.text) } : {}),
      controlPlaneGates: controlPlane.gates,
      kubeProxyGates: proxyGates.gates,
      ...(kubeProxyVersion !== version ? { kubeProxyVersion } : {}),
      ...workloadsIfAny(workloads),
      ...(collected.serviceCIDRs.size > 0
        ? { serviceCIDRs: [...collected.serviceCIDRs.values()].map((c) => ({ name: c.name, cidrs: c.prefixes.map((p) => p.text) })) }
        : {}),
    },
    diagnostics,
  };
}

function decodeDocument(
  object: unknown,
  source: SourceRef,
  version: KubeVersion,
  gates: FeatureGates,
  into: Collected,
  diagnostics: Diagnostic[],
): void {
  if (!isObj(object) || NOT_AN_OBJECT in object) {
    const value = isObj(object) ? (object as Record<symbol, unknown>)[NOT_AN_OBJECT] : object;
    diagnostics.push(
      diagnosticAt(
        source,
        [],
        'error',
        `error decoding object: ${describe(value)} is not a Kubernetes object (a mapping with apiVersion and kind)`,
      ),
    );
    return;
  }
  const kind = object.kind;
  const apiVersion = object.apiVersion;
  if (typeof kind !== 'string' || kind === '') {
    diagnostics.push(diagnosticAt(source, ['kind'], 'error', `Object 'Kind' is missing in '${preview(object)}'`));
    return;
  }
  if (typeof apiVersion !== 'string' || apiVersion === '') {
    diagnostics.push(diagnosticAt(source, ['apiVersion'], 'error', `Object 'apiVersion' is missing in '${preview(object)}'`));
    return;
  }
  if (!isModelledKind(kind)) {
    const name = isObj(object.metadata) && typeof object.metadata.name === 'string' ? ` "${object.metadata.name}"` : '';
    const note = ignoredKindNote(kind, apiVersion, name);
    diagnostics.push(diagnosticAt(source, ['kind'], note.severity, note.message));
    return;
  }
  if (kind === 'ServiceCIDR') {
    const served = serviceCIDRApiVersion(apiVersion, version);
    if (served === 'gated') diagnostics.push(diagnosticAt(source, ['apiVersion'], 'info', gatedServiceCIDRNote(apiVersion, version)));
    if (served === 'unknown') {
      const message = `no matches for kind "ServiceCIDR" in version "${apiVersion}" (Kubernetes ${version} ${minorOf(version) >= 33 ? 'serves networking.k8s.io/v1' : 'serves no ServiceCIDR API by default; networking.k8s.io/v1 is GA in 1.33'}); ignored`;
      diagnostics.push(diagnosticAt(source, ['apiVersion'], 'error', message));
      return;
    }
  } else if (MODELLED_KINDS[kind] !== apiVersion) {
    diagnostics.push(
      diagnosticAt(
        source,
        ['apiVersion'],
        'error',
        `no matches for kind "${kind}" in version "${apiVersion}" (the playground models ${MODELLED_KINDS[kind]} ${kind}); ignored`,
      ),
    );
    return;
  }

  if (kind === 'Node') into.sawNode = true;
  // A Service keeps its context (validation finishes after allocation): only Pods and Nodes share one.
  const ctx =
    kind === 'Pod' || kind === 'Node'
      ? into.reusable.reuse(kind, source)
      : new ObjectContext(kind, source, diagnostics, into.reusable.memo);
  if (isWorkloadKind(kind)) return addWorkload(into.workloads, kind, object, ctx, source, { version, gates });
  switch (kind) {
    case 'Node': {
      const node = decodeNode(object, ctx, source);
      if (ctx.errorCount === 0) apply(into.nodes, node.metadata.name, node, ctx);
      return;
    }
    case 'Pod': {
      const pod = decodePod(object, ctx, source);
      if (ctx.errorCount === 0 && into.pods.set(pod.metadata.namespace, pod.metadata.name, pod)) warnReplaced(ctx);
      return;
    }
    case 'Deployment': {
      const deployment = decodeDeployment(object, ctx, source);
      if (ctx.errorCount === 0) apply(into.deployments, `${deployment.metadata.namespace}/${deployment.metadata.name}`, deployment, ctx);
      return;
    }
    case 'Service': {
      const written = decodeService(object, ctx);
      if (ctx.errorCount === 0) validateService(written, ctx, { version, gates });
      if (ctx.errorCount === 0) {
        const key = `${written.metadata.namespace}/${written.metadata.name}`;
        apply(into.services, key, { written, ctx, source }, ctx);
        if (into.record) {
          into.record.serviceDocuments.set(into.index!, key);
          into.record.serviceWrites.set(key, (into.record.serviceWrites.get(key) ?? 0) + 1);
        }
      }
      return;
    }
    case 'EndpointSlice': {
      const slice = decodeEndpointSlice(object, ctx, gates);
      if (ctx.errorCount === 0 && slice.metadata.labels['kubernetes.io/service-name']) {
        apply(into.slices, `${slice.metadata.namespace}/${slice.metadata.name}`, { slice, source }, ctx);
      }
      return;
    }
    case 'PodDisruptionBudget': {
      const budget = decodePodDisruptionBudget(object, ctx, source);
      if (ctx.errorCount === 0) apply(into.budgets, `${budget.metadata.namespace}/${budget.metadata.name}`, budget, ctx);
      return;
    }
    case 'ServiceCIDR': {
      const cidr = decodeServiceCIDR(object, ctx, source);
      if (ctx.errorCount === 0) apply(into.serviceCIDRs, cidr.name, cidr, ctx);
      return;
    }
    case 'Endpoints': {
      const endpoints = decodeEndpoints(object, ctx, source);
      if (minorOf(version) >= 33) ctx.warning(['kind'], ENDPOINTS_DEPRECATION);
      if (ctx.errorCount === 0) apply(into.endpoints, `${endpoints.metadata.namespace}/${endpoints.metadata.name}`, endpoints, ctx);
      return;
    }
    case 'KubeProxyConfiguration': {
      const config = decodeKubeProxyConfiguration(object, ctx, source);
      if (ctx.errorCount > 0) return;
      if (into.kubeProxy) ctx.warning(['kind'], 'KubeProxyConfiguration is given more than once; kube-proxy uses the later one');
      into.kubeProxy = config;
      return;
    }
  }
}

/**
 * The default cluster, when the input has workloads or Services but no Node objects; dual-stack
 * (IPv4 and IPv6 pod CIDRs) when `dualStackService` names a dual-stack Service of the input.
 */
function supplyDefaultCluster(
  into: Collected,
  firstSource: SourceRef | undefined,
  diagnostics: Diagnostic[],
  dualStackService: string | undefined,
): void {
  const pods = into.pods.values();
  if (pods.length === 0 && into.deployments.size === 0 && into.services.size === 0 && into.endpoints.size === 0) return;
  const named: string[] = [];
  for (const pod of pods) if (pod.spec.nodeName && !named.includes(pod.spec.nodeName)) named.push(pod.spec.nodeName);
  const nodes = defaultNodes(named, dualStackService !== undefined);
  for (const node of nodes) into.nodes.set(node.metadata.name, node);
  diagnostics.push(defaultClusterDiagnostic(nodes, named.length > 0, firstSource, dualStackService));
}

/** Like successive `kubectl apply`s: a later object with the same key replaces the earlier one. */
function apply<T>(map: Map<string, T>, key: string, value: T, ctx: ObjectContext): void {
  if (map.has(key)) warnReplaced(ctx);
  map.set(key, value);
}

function warnReplaced(ctx: ObjectContext): void {
  ctx.warning(
    ['metadata', 'name'],
    `${ctx.label} is defined more than once; this later definition replaces the earlier one (as a second kubectl apply would)`,
  );
}

/** kube-proxy's version: the control plane's unless another one inside the skew policy is asked for. */
function resolveKubeProxyVersion(controlPlane: KubeVersion, asked: unknown, diagnostics: Diagnostic[]): KubeVersion {
  if (asked === undefined) return controlPlane;
  if (!isKubeVersion(asked)) {
    diagnostics.push(
      optionsDiagnostic(
        'error',
        `kube-proxy version ${String(asked)} is not modelled; kube-proxy runs v${controlPlane} like the control plane`,
      ),
    );
    return controlPlane;
  }
  const problem = kubeProxySkewProblem(controlPlane, asked);
  if (!problem) return asked;
  diagnostics.push(optionsDiagnostic('error', `${problem}; kube-proxy runs v${controlPlane} like the control plane`));
  return controlPlane;
}

function optionsDiagnostic(severity: Diagnostic['severity'], message: string): Diagnostic {
  return { ...syntheticSource('(options)').range, severity, message };
}

function preview(object: Record<string, unknown>): string {
  let text: string;
  try {
    text = JSON.stringify(object) ?? '';
  } catch {
    text = '{...}';
  }
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'null';
  return `${typeof value} ${formatValue(value)}`;
}

/**
 * An empty DecodeRecord for decodeCluster to fill.
 *
 * @example
 * const record = newDecodeRecord();
 * decodeCluster(documents, { version: '1.34' }, record);
 */
export function newDecodeRecord(): DecodeRecord {
  return {
    documents: [],
    diagnostics: [],
    documentStarts: new Int32Array(1),
    allocation: { start: 0, end: 0, objects: new Set() },
    governing: { start: 0, end: 0 },
    serviceDocuments: new Map(),
    serviceWrites: new Map(),
    services: new Map(),
    sawNode: false,
    limitsRefused: false,
    version: DEFAULT_VERSION,
    gates: applyGateOverrides(DEFAULT_VERSION, undefined).gates,
  };
}

/**
 * One Service document decoded on its own, as decodeCluster decodes it (defaults, validation),
 * before allocation: the written Service when the API server accepts it, and the diagnostics.
 *
 * @example
 * decodeServiceDocument(document, '1.34', gates).service?.written.trafficDistribution;
 */
export function decodeServiceDocument(
  document: ManifestDocument,
  version: KubeVersion,
  gates: FeatureGates,
): { service?: PendingService & { source: SourceRef }; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const collected = emptyCollected(diagnostics);
  if (isObj(document?.object) && document.object.kind === 'Service')
    decodeDocument(document.object, document.source ?? syntheticSource('(objects)'), version, gates, collected, diagnostics);
  const [service] = collected.services.values();
  return service ? { service, diagnostics } : { diagnostics };
}

/**
 * One Node or Pod document decoded on its own, as decodeCluster decodes it (defaults,
 * validation): the object when the API server accepts it, and the diagnostics.
 *
 * @example
 * decodeNodeOrPodDocument(document, '1.34', gates).node?.zone;
 */
export function decodeNodeOrPodDocument(
  document: ManifestDocument,
  version: KubeVersion,
  gates: FeatureGates,
): { node?: Node; pod?: Pod; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const collected = emptyCollected(diagnostics);
  const kind = isObj(document?.object) ? document.object.kind : undefined;
  if (kind === 'Node' || kind === 'Pod') decodeDocument(document.object, document.source, version, gates, collected, diagnostics);
  const [node] = collected.nodes.values();
  const [pod] = collected.pods.values();
  return { ...(node ? { node } : {}), ...(pod ? { pod } : {}), diagnostics };
}

/**
 * One Deployment, DaemonSet, StatefulSet, ReplicaSet or ReplicationController document decoded on
 * its own, as decodeCluster decodes it: the object when the API server accepts it and the
 * playground runs its pods (a ReplicaSet managed by a Deployment is not run), and the diagnostics.
 *
 * @example
 * decodeWorkloadDocument(document, '1.34', gates).deployment?.replicas; // 3
 */
export function decodeWorkloadDocument(
  document: ManifestDocument,
  version: KubeVersion,
  gates: FeatureGates,
): { deployment?: Deployment; workload?: Workload; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const collected = emptyCollected(diagnostics);
  const kind = isObj(document?.object) ? document.object.kind : undefined;
  if (typeof kind === 'string' && (kind === 'Deployment' || isWorkloadKind(kind)))
    decodeDocument(document.object, document.source, version, gates, collected, diagnostics);
  const [deployment] = collected.deployments.values();
  const { daemonSets, statefulSets, replicaSets } = collected.workloads;
  const workload: Workload | undefined = daemonSets[0] ?? statefulSets[0] ?? replicaSets[0];
  return { ...(deployment ? { deployment } : {}), ...(workload ? { workload } : {}), diagnostics };
}

/** Nothing collected yet; problems go to `diagnostics`. */
function emptyCollected(diagnostics: Diagnostic[]): Collected {
  return {
    nodes: new Map(),
    pods: new NamespacedList(),
    deployments: new Map(),
    services: new Map(),
    slices: new Map(),
    budgets: new Map(),
    workloads: emptyWorkloads(),
    serviceCIDRs: new Map(),
    endpoints: new Map(),
    reusable: new ObjectContext('', syntheticSource('(objects)'), diagnostics, new DecodeMemo()),
  };
}
