/**
 * Analysis that keeps its previous run, the way kube-proxy's partial syncs do: given the
 * workspace again after an edit, it finds the documents that changed and, when they are
 * Services, Nodes, Pods or workloads edited in place, redoes only what depends on them — the
 * scheduler's stage for Nodes and Pods when no placement can change, for a workload with its pods
 * paired with the previous ones (see podMembership), the EndpointSlice controller's sync of
 * each Service they reach, its kube-proxy views on every node and the routes of every client to
 * it. Anything it cannot scope that precisely is analysed from scratch, with the reason. Either
 * way the report is the one a full analysis gives (a property test compares them edit after edit).
 */
import {
  addServiceViews,
  decodeOptions,
  kubeProxyOf,
  runPipeline,
  sortDiagnostics,
  summarizeNode,
  summarizePod,
  summarizeService,
  type AnalyzeOptions,
  type PipelineState,
} from '../analyzeCluster';
import { decodeCluster, newDecodeRecord, type DecodeRecord } from '../decode/decodeCluster';
import type { Diagnostic } from '../diagnostics';
import { keyOf } from '../model';
import { documentsFromObjects } from '../parse/documentsFromObjects';
import type { ManifestDocument, SourceFile } from '../parse/manifestDocument';
import { parseManifests } from '../parse/parseManifests';
import type { ParsedDocumentCache } from '../parse/parsedDocuments';
import type { ClientRoute, PodSummary, RoutingReport, ServicePortViews } from '../report';
import { addGroupRoutes, computeClientRoutes, placeClients, type PlacedClient } from '../routes/computeClientRoutes';
import { PodIndex } from '../selectors';
import { affectedByObjects, type Affected } from './affected';
import { changedDocuments } from './changedDocuments';
import { decodeObjectEdits, type DecodedObjects } from './objectEdits';
import { affectedByMembership, rescheduleWorkloads, type MembershipAffected } from './podMembership';
import { reschedule } from './reschedule';
import { decodeServiceEdits, type ServiceEdit } from './serviceEdits';
import { countsByService, flatRoutes, replaceRuns, rerouteClients, routeAgain, withRoutes, type RouteInput } from './serviceOrder';

/** Options of an incremental analysis: the workspace as written (the timeline's events are replayed by analyzeFiles). */
export type IncrementalOptions = Omit<AnalyzeOptions, 'timeline'>;

/** How the last analysis was done, and why. */
export interface IncrementalRun {
  kind: 'full' | 'incremental';
  /** Why a full analysis was needed; for an incremental one, what was redone. */
  reason: string;
  /** The Services whose EndpointSlices were redone (incremental runs). */
  services: string[];
  /** The Nodes, Pods and workloads edited in place ("Node name", "Pod namespace/name", "Deployment namespace/name"; incremental runs). */
  objects: string[];
}

interface Kept {
  optionsKey: string;
  record: DecodeRecord;
  pipeline: PipelineState;
  /** Position of each Service key in cluster.services. */
  servicePositions: Map<string, number>;
}

/**
 * One workspace's analyses, each reusing the one before.
 *
 * @example
 * const analysis = new IncrementalAnalysis();
 * analysis.analyzeFiles(files, {}, cache); // full
 * analysis.analyzeFiles(editedFiles, {}, cache); // only the edited Service's slices, views and routes
 * analysis.lastRun.kind; // 'incremental'
 */
export class IncrementalAnalysis {
  #kept: Kept | undefined;
  /** The objects analyzeObjects was last given, and their documents (one each: no List among them). */
  #objects: { objects: readonly unknown[]; documents: ManifestDocument[] } | undefined;
  lastRun: IncrementalRun = { kind: 'full', reason: 'no analysis yet', services: [], objects: [] };

  /** Workspace files, parsed with the caller's cache (unchanged documents keep their objects). */
  analyzeFiles(files: readonly SourceFile[], options: IncrementalOptions = {}, cache?: ParsedDocumentCache): RoutingReport {
    const parsed = parseManifests(files, cache, options.onStage ? { onStage: options.onStage } : {});
    return this.analyzeDocuments(parsed.documents, options, parsed.diagnostics);
  }

  /** Plain objects, as analyzeObjects takes them: an object the caller did not replace counts as unchanged. */
  analyzeObjects(objects: readonly unknown[], options: IncrementalOptions = {}): RoutingReport {
    const documents = this.documentsOf(objects);
    this.#objects = documents.length === objects.length ? { objects, documents } : undefined;
    return this.analyzeDocuments(documents, options, []);
  }

  /** documentsFromObjects, keeping the previous call's document of every object given again at the same place. */
  private documentsOf(objects: readonly unknown[]): ManifestDocument[] {
    const last = this.#objects;
    if (!last || !Array.isArray(objects) || last.objects.length !== objects.length) return documentsFromObjects(objects);
    const documents = last.documents.slice();
    for (let i = 0; i < objects.length; i++) {
      if (objects[i] === last.objects[i]) continue;
      const fresh = documentsFromObjects([objects[i]]);
      if (fresh.length !== 1) return documentsFromObjects(objects);
      documents[i] = fresh[0]!;
    }
    return documents;
  }

  analyzeDocuments(
    documents: readonly ManifestDocument[],
    options: IncrementalOptions = {},
    parseDiagnostics: readonly Diagnostic[] = [],
  ): RoutingReport {
    const kept = this.#kept;
    const optionsKey = JSON.stringify(options);
    let reason = 'no analysis yet';
    if (kept) {
      if (kept.optionsKey !== optionsKey) reason = 'the analysis options changed';
      else {
        // Whatever goes wrong part-way, the full analysis below replaces all that was kept.
        this.#kept = undefined;
        const outcome = incremental(kept, documents, parseDiagnostics);
        if ('report' in outcome) {
          this.#kept = kept;
          this.lastRun = { kind: 'incremental', reason: outcome.what, services: outcome.services, objects: outcome.objects };
          return outcome.report;
        }
        reason = outcome.reason;
      }
    }
    const record = newDecodeRecord();
    const decoded = decodeCluster(documents, decodeOptions(options), record);
    const { report, state } = runPipeline(decoded.cluster, options, [...parseDiagnostics, ...decoded.diagnostics]);
    this.#kept = { optionsKey, record, pipeline: state, servicePositions: positionsOf(state) };
    this.lastRun = { kind: 'full', reason, services: [], objects: [] };
    return report;
  }

  /** Forgets the previous analysis: the next one is full. */
  reset(): void {
    this.#kept = undefined;
    this.#objects = undefined;
  }
}

function positionsOf(state: PipelineState): Map<string, number> {
  const positions = new Map<string, number>();
  state.cluster.services.forEach((service, i) => positions.set(keyOf(service.metadata), i));
  return positions;
}

type Outcome = { report: RoutingReport; what: string; services: string[]; objects: string[] } | { reason: string };

/** The next report from `kept` (updated in place), or why it needs a full analysis. */
function incremental(kept: Kept, documents: readonly ManifestDocument[], parseDiagnostics: readonly Diagnostic[]): Outcome {
  const diff = changedDocuments(kept.record.documents, documents);
  if ('reason' in diff) return diff;
  const previous = kept.pipeline;
  if (diff.changed.length === 0) {
    const report = withDiagnostics(previous, previous.report, parseDiagnostics, kept.record.diagnostics);
    kept.record.documents = documents;
    kept.pipeline = { ...previous, inputDiagnostics: [...parseDiagnostics, ...kept.record.diagnostics], report };
    return { report, what: 'no document changed', services: [], objects: [] };
  }
  const record = kept.record;
  if (!record.sawNode) return { reason: 'the cluster is the default one (no Node objects): its nodes depend on the Services' };
  const serviceDocuments = diff.changed.filter((i) => record.serviceDocuments.has(i));
  const otherDocuments = diff.changed.filter((i) => !record.serviceDocuments.has(i));
  let objects: DecodedObjects | undefined;
  if (otherDocuments.length > 0) {
    const decodedObjects = decodeObjectEdits(record, previous.cluster, documents, otherDocuments);
    if ('reason' in decodedObjects) return decodedObjects;
    objects = decodedObjects;
  }
  const decoded = decodeServiceEdits(
    record,
    objects?.cluster ?? previous.cluster,
    documents,
    serviceDocuments,
    kept.servicePositions,
    objects?.segments,
  );
  if ('reason' in decoded) return decoded;
  kept.record.documents = documents;
  const outcome = redo(previous, decoded.cluster, decoded.edits, objects, kept.servicePositions);
  if ('reason' in outcome) return outcome;
  const inputDiagnostics = [...parseDiagnostics, ...decoded.diagnostics];
  const report = withDiagnostics(outcome.state, outcome.report, parseDiagnostics, decoded.diagnostics);
  kept.pipeline = { ...outcome.state, inputDiagnostics, report };
  return { report, what: outcome.what, services: outcome.services, objects: outcome.objects };
}

/** The report with its diagnostics gathered again, as runPipeline gathers them. */
function withDiagnostics(
  state: PipelineState,
  report: RoutingReport,
  parseDiagnostics: readonly Diagnostic[],
  decodeDiagnostics: readonly Diagnostic[],
): RoutingReport {
  const all: Diagnostic[] = [];
  for (const list of [
    parseDiagnostics,
    decodeDiagnostics,
    state.schedulerDiagnostics,
    state.controller.output(state.cluster.services).diagnostics,
    state.tailDiagnostics,
  ])
    for (const d of list) all.push(d);
  return { ...report, diagnostics: sortDiagnostics(all) };
}

type Redone = { state: PipelineState; report: RoutingReport; what: string; services: string[]; objects: string[] };

/**
 * The pipeline from the scheduler on, for what the edits reach: the scheduler's stage when Nodes or
 * Pods were edited (see reschedule), then the EndpointSlice controller's sync of every Service
 * whose slices may change (see affectedByObjects), kube-proxy's views of those Services (of every
 * Service when a node changed zone: node classes follow zones), and the routes to them — all of a
 * client's routes when its own pod or node changed.
 */
function redo(
  previous: PipelineState,
  cluster: PipelineState['cluster'],
  edits: readonly ServiceEdit[],
  objects: DecodedObjects | undefined,
  positions: ReadonlyMap<string, number>,
): Redone | { reason: string } {
  const changedSelector = edits.find((e) => e.selectorChanged);
  if (changedSelector) return { reason: `Service ${changedSelector.key}: its selector changed` };
  const redoIndexes = new Set<number>(edits.map((e) => e.index));
  let pods = previous.pods;
  let schedulerDiagnostics = previous.schedulerDiagnostics;
  let affected: Affected | undefined;
  let membership: MembershipAffected | undefined;
  if (objects && objects.workloads.length > 0) {
    if (objects.nodes.length > 0 || objects.pods.length > 0) return { reason: 'workloads were edited together with Nodes or Pods' };
    const again = rescheduleWorkloads(previous, cluster);
    const found = affectedByMembership(previous, cluster, again, positions);
    if ('reason' in found) return found;
    membership = found;
    pods = again.pods;
    schedulerDiagnostics = again.diagnostics;
    for (const index of found.services) redoIndexes.add(index);
    if (pods.length !== previous.pods.length || again.fresh.length > 0) previous.controller.replaceObjects(pods, cluster.nodes);
  } else if (objects && (objects.nodes.length > 0 || objects.pods.length > 0)) {
    const again = reschedule(previous, cluster, objects.nodes, objects.pods);
    if ('reason' in again) return again;
    const found = affectedByObjects(previous, cluster, again, objects, positions);
    if ('reason' in found) return found;
    affected = found;
    pods = again.pods;
    schedulerDiagnostics = again.diagnostics;
    for (const index of found.services) redoIndexes.add(index);
    if (pods !== previous.pods) {
      // The controller's pod index: the label maps stay when no changed pod's labels did.
      if (!found.labelsChanged) PodIndex.sharingLabels(PodIndex.of(previous.pods), pods);
    }
    previous.controller.replaceObjects(pods, cluster.nodes);
  }

  const { controller } = previous;
  const redone = [...redoIndexes].sort((a, b) => a - b);
  const allViews = affected?.zoneChanged === true;
  let kubeProxy = previous.kubeProxy;
  if (allViews) kubeProxy = kubeProxyOf(cluster);
  const groupsOf = new Map<number, { primary: ServicePortViews[]; secondary: ServicePortViews[] }>();
  for (const index of redone) {
    const service = cluster.services[index]!;
    const slices = controller.resyncService(service);
    if (!slices) return { reason: `Service ${keyOf(service.metadata)}: the names of its EndpointSlices changed` };
    if (allViews) continue;
    const groups = { primary: [] as ServicePortViews[], secondary: [] as ServicePortViews[] };
    addServiceViews(kubeProxy, service, slices, groups.primary, groups.secondary);
    groupsOf.set(index, groups);
  }
  const current = controller.current();

  // Views and slices, in Service order: the redone Services' in place of their old ones.
  const sliceCounts = previous.sliceCounts.slice();
  const endpointSlices = replaceRuns(
    previous.report.endpointSlices,
    sliceCounts,
    redone.map((index) => ({ index, items: current.slices.get(keyOf(cluster.services[index]!.metadata)) ?? [] })),
  );
  let groupCounts: Int32Array;
  let serviceViews: ServicePortViews[];
  let secondaryViews: ServicePortViews[];
  if (allViews) {
    groupCounts = new Int32Array(cluster.services.length);
    serviceViews = [];
    secondaryViews = [];
    cluster.services.forEach((service, s) => {
      const before = serviceViews.length;
      addServiceViews(kubeProxy, service, current.slices.get(keyOf(service.metadata)) ?? [], serviceViews, secondaryViews);
      groupCounts[s] = serviceViews.length - before;
    });
  } else {
    groupCounts = previous.groupCounts.slice();
    serviceViews = replaceRuns(
      previous.report.serviceViews,
      groupCounts,
      redone.map((index) => ({ index, items: groupsOf.get(index)!.primary })),
    );
    const previousSecondary = previous.report.secondaryFamily?.serviceViews ?? [];
    secondaryViews = replaceRuns(
      previousSecondary,
      countsByService(previousSecondary, cluster.services.length, positions),
      redone.map((index) => ({ index, items: groupsOf.get(index)!.secondary })),
    );
  }

  const services = previous.report.services.slice();
  for (const index of redone) services[index] = summarizeService(cluster.services[index]!, cluster, current);
  const nodes = previous.report.nodes.slice();
  for (const edit of objects?.nodes ?? []) nodes[edit.index] = summarizeNode(edit.after);
  let podSummaries = membership?.summaries ?? previous.report.pods;
  if (affected && affected.pods.size > 0) {
    podSummaries = podSummaries.slice();
    const nodesByName = new Map(cluster.nodes.map((node) => [node.metadata.name, node]));
    for (const i of affected.pods) {
      const was = podSummaries[i]!;
      podSummaries[i] = summarizePod(pods[i]!, nodesByName, was.selectedBy, was.client);
    }
  }

  const routeInput = {
    services: cluster.services,
    kubeProxy: cluster.kubeProxy,
    requests: previous.requests,
    seed: previous.options.seed ?? 1,
  };
  let placed: PlacedClient[];
  let secondaryRoutes: ClientRoute[];
  if (allViews) {
    const clients = pods.filter((_, i) => podSummaries[i]!.client);
    placed = placeClients(clients, cluster.nodes);
    addGroupRoutes(placed, serviceViews, routeInput);
    secondaryRoutes =
      secondaryViews.length > 0 ? computeClientRoutes({ clients, serviceViews: secondaryViews, nodes: cluster.nodes, ...routeInput }) : [];
  } else {
    const moved = affected?.clients ?? new Map<string, PlacedClient>();
    // A client that is gone (or changed, after a workload edit) leaves; a moved one is placed anew.
    const gone = membership?.removedClients;
    const kept = (list: PlacedClient[]) => (gone && gone.size > 0 ? list.filter((client) => !gone.has(client.from)) : list);
    const base = moved.size > 0 ? previous.placed.map((client) => moved.get(client.from) ?? client) : previous.placed;
    const primaryOf = new Map([...groupsOf].map(([index, groups]) => [index, groups.primary]));
    placed = rerouteClients(kept(base), redone, primaryOf, routeInput, positions);
    placed = routeAgain(placed, moved, serviceViews, routeInput);
    const added = membership && membership.addedClients.length > 0 ? placeClients(membership.addedClients, cluster.nodes) : [];
    placed = withClients(placed, added, serviceViews, routeInput, podSummaries);
    if (secondaryViews.length > 0 || previous.report.secondaryFamily) {
      const secondaryOf = new Map([...groupsOf].map(([index, groups]) => [index, groups.secondary]));
      let secondary = kept(withRoutes(base, previous.report.secondaryFamily?.routes ?? []));
      secondary = rerouteClients(secondary, redone, secondaryOf, routeInput, positions);
      secondary = routeAgain(secondary, moved, secondaryViews, routeInput);
      secondary = withClients(secondary, added, secondaryViews, routeInput, podSummaries);
      secondaryRoutes = flatRoutes(secondary);
    } else secondaryRoutes = [];
  }
  const routes = flatRoutes(placed);

  const report: RoutingReport = {
    ...previous.report,
    nodes,
    pods: podSummaries,
    services,
    endpointSlices,
    serviceViews,
    routes,
  };
  if (secondaryViews.length > 0) report.secondaryFamily = { serviceViews: secondaryViews, routes: secondaryRoutes };
  else delete report.secondaryFamily;
  const state: PipelineState = {
    ...previous,
    cluster,
    pods,
    schedulerDiagnostics,
    kubeProxy,
    groupCounts,
    sliceCounts,
    placed,
    report,
  };
  const serviceKeys = redone.map((index) => keyOf(cluster.services[index]!.metadata));
  const objectNames = [
    ...(objects?.nodes ?? []).map((e) => `Node ${e.after.metadata.name}`),
    ...(objects?.pods ?? []).map((e) => `Pod ${e.key}`),
    ...(objects?.workloads ?? []).map((e) => e.label),
  ];
  return {
    state,
    report,
    what: describeRedo(edits.length, objectNames, serviceKeys.length, affected, membership),
    services: serviceKeys,
    objects: objectNames,
  };
}

/**
 * `placed` with the `added` clients (routed here through every group of `views`) among them, all
 * in the pods' order as the report lists them (`summaries`), as a full analysis places its clients.
 */
function withClients(
  placed: PlacedClient[],
  added: readonly PlacedClient[],
  views: readonly ServicePortViews[],
  input: RouteInput,
  summaries: readonly PodSummary[],
): PlacedClient[] {
  if (added.length === 0) return placed;
  const fresh = added.map((client) => ({ ...client, routes: [] as ClientRoute[] }));
  addGroupRoutes(fresh, views, input);
  const byKey = new Map<string, PlacedClient>();
  for (const client of placed) byKey.set(client.from, client);
  for (const client of fresh) byKey.set(client.from, client);
  const out: PlacedClient[] = [];
  for (const summary of summaries) {
    if (!summary.client) continue;
    const client = byKey.get(summary.key);
    if (client) out.push(client);
  }
  return out;
}

function describeRedo(
  editedServices: number,
  objects: readonly string[],
  redone: number,
  affected: Affected | undefined,
  membership?: MembershipAffected,
): string {
  const edited: string[] = [];
  if (editedServices > 0) edited.push(`${editedServices} Service(s)`);
  if (objects.length > 0) edited.push(objects.join(', '));
  let text = `${edited.join(' and ')} edited in place: ${redone} Service(s)' EndpointSlices, views and routes redone`;
  if (affected?.zoneChanged)
    text += "; a Node's zone changed, so kube-proxy's views of every Service (node classes follow zones) and every route were redone";
  else if (affected && affected.clients.size > 0) text += `; every route of ${affected.clients.size} client(s) redone`;
  if (membership && membership.addedClients.length > 0) text += `; every route of ${membership.addedClients.length} client pod(s) redone`;
  return text;
}
