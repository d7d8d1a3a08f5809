/**
 * Analysis that keeps its previous run, the way kube-proxy's partial syncs do: given the
 * workspace again after an edit, it finds the documents that changed and, when they are Services
 * edited in place, redoes only what depends on them — each Service's EndpointSlices (the
 * controller's sync of that Service), its kube-proxy views on every node and the routes of every
 * client to it. Anything it cannot scope that precisely is analysed from scratch. Either way the
 * report is the one a full analysis gives (a property test compares them edit after edit).
 */
import {
  addServiceViews,
  ipFamiliesOf,
  decodeOptions,
  runPipeline,
  sortDiagnostics,
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
import type { ClientRoute, RoutingReport, ServicePortViews } from '../report';
import { addGroupRoutes, type PlacedClient } from '../routes/computeClientRoutes';
import { changedDocuments } from './changedDocuments';
import { decodeServiceEdits, type ServiceEdit } from './serviceEdits';

/** Options of an incremental analysis: the workspace as written (the timeline's events are replayed by analyzeFiles). */
export type IncrementalOptions = Omit<AnalyzeOptions, 'timeline'>;

/** How the last analysis was done, and why. */
export interface IncrementalRun {
  kind: 'full' | 'incremental';
  /** Why a full analysis was needed; for an incremental one, what was redone. */
  reason: string;
  /** The Services redone (incremental runs). */
  services: string[];
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
  lastRun: IncrementalRun = { kind: 'full', reason: 'no analysis yet', services: [] };

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
          this.lastRun = { kind: 'incremental', reason: outcome.what, services: outcome.services };
          return outcome.report;
        }
        reason = outcome.reason;
      }
    }
    const record = newDecodeRecord();
    const decoded = decodeCluster(documents, decodeOptions(options), record);
    const { report, state } = runPipeline(decoded.cluster, options, [...parseDiagnostics, ...decoded.diagnostics]);
    this.#kept = { optionsKey, record, pipeline: state, servicePositions: positionsOf(state) };
    this.lastRun = { kind: 'full', reason, services: [] };
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

type Outcome = { report: RoutingReport; what: string; services: string[] } | { reason: string };

/** The next report from `kept` (updated in place), or why it needs a full analysis. */
function incremental(kept: Kept, documents: readonly ManifestDocument[], parseDiagnostics: readonly Diagnostic[]): Outcome {
  const diff = changedDocuments(kept.record.documents, documents);
  if ('reason' in diff) return diff;
  const previous = kept.pipeline;
  if (diff.changed.length === 0) {
    const report = withDiagnostics(previous, previous.report, parseDiagnostics, kept.record.diagnostics);
    kept.record.documents = documents;
    kept.pipeline = { ...previous, inputDiagnostics: [...parseDiagnostics, ...kept.record.diagnostics], report };
    return { report, what: 'no document changed', services: [] };
  }
  if (previous.report.secondaryFamily) return { reason: 'a dual-stack Service: its second IP family is analysed in full' };
  const decoded = decodeServiceEdits(kept.record, previous.cluster, documents, diff.changed, kept.servicePositions);
  if ('reason' in decoded) return decoded;
  const dualStack = decoded.edits.find((e) => ipFamiliesOf(e.service));
  if (dualStack) return { reason: `Service ${dualStack.key} is dual-stack: its second IP family is analysed in full` };
  kept.record.documents = documents;
  const outcome = redoServices(previous, decoded.cluster, decoded.edits, kept.servicePositions);
  if ('reason' in outcome) return outcome;
  const inputDiagnostics = [...parseDiagnostics, ...decoded.diagnostics];
  const report = withDiagnostics(outcome.state, outcome.report, parseDiagnostics, decoded.diagnostics);
  kept.pipeline = { ...outcome.state, inputDiagnostics, report };
  const services = decoded.edits.map((e) => e.key);
  return { report, what: `${services.length} Service(s) edited: their EndpointSlices, views and routes redone`, services };
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

/**
 * The pipeline from the EndpointSlice controller on, for edited Services whose selectors (hence
 * the pods, their scheduling and which pods are clients) did not change.
 */
function redoServices(
  previous: PipelineState,
  cluster: PipelineState['cluster'],
  edits: readonly ServiceEdit[],
  positions: ReadonlyMap<string, number>,
): { state: PipelineState; report: RoutingReport } | { reason: string } {
  const changedSelector = edits.find((e) => e.selectorChanged);
  if (changedSelector) return { reason: `Service ${changedSelector.key}: its selector changed` };
  const { controller, kubeProxy } = previous;
  const groupsOf = new Map<number, ServicePortViews[]>();
  for (const edit of edits) {
    const slices = controller.resyncService(edit.service);
    if (!slices) return { reason: `Service ${edit.key}: the names of its EndpointSlices changed` };
    const groups: ServicePortViews[] = [];
    addServiceViews(kubeProxy, edit.service, slices, groups, []);
    groupsOf.set(edit.index, groups);
  }

  // Views and slices, in Service order: the edited Services' in place of their old ones.
  const redone = [...edits].sort((a, b) => a.index - b.index);
  const groupCounts = previous.groupCounts.slice();
  const sliceCounts = previous.sliceCounts.slice();
  const current = controller.current();
  const serviceViews = replaceRuns(
    previous.report.serviceViews,
    groupCounts,
    redone.map((edit) => ({ index: edit.index, items: groupsOf.get(edit.index)! })),
  );
  const endpointSlices = replaceRuns(
    previous.report.endpointSlices,
    sliceCounts,
    redone.map((edit) => ({ index: edit.index, items: current.slices.get(edit.key) ?? [] })),
  );

  const services = previous.report.services.slice();
  for (const edit of edits) services[edit.index] = summarizeService(edit.service, cluster, current);

  const placed = rerouteClients(previous, cluster, edits, groupsOf, positions);
  const routes: ClientRoute[] = [];
  for (const client of placed) for (const route of client.routes) routes.push(route);

  const report: RoutingReport = { ...previous.report, services, endpointSlices, serviceViews, routes };
  return { state: { ...previous, cluster, groupCounts, sliceCounts, placed, report }, report };
}

/**
 * `list` is made of runs, `counts[i]` items for Service i in order; the runs of `replaced`
 * (sorted by index) are swapped for their new items, and `counts` updated.
 */
function replaceRuns<T>(list: readonly T[], counts: Int32Array, replaced: readonly { index: number; items: readonly T[] }[]): T[] {
  const out: T[] = [];
  let from = 0;
  let offset = 0;
  let service = 0;
  for (const { index, items } of replaced) {
    for (; service < index; service++) offset += counts[service]!;
    pushRange(out, list, from, offset);
    for (const item of items) out.push(item);
    from = offset + counts[index]!;
    counts[index] = items.length;
  }
  pushRange(out, list, from, list.length);
  return out;
}

function pushRange<T>(out: T[], list: readonly T[], from: number, to: number): void {
  for (let i = from; i < to; i++) out.push(list[i]!);
}

/** Every client's routes, the edited Services' redone in place (a client's routes follow the Services' order). */
function rerouteClients(
  previous: PipelineState,
  cluster: PipelineState['cluster'],
  edits: readonly ServiceEdit[],
  groupsOf: ReadonlyMap<number, ServicePortViews[]>,
  positions: ReadonlyMap<string, number>,
): PlacedClient[] {
  const routeInput = {
    services: cluster.services,
    kubeProxy: cluster.kubeProxy,
    requests: previous.requests,
    seed: previous.options.seed ?? 1,
  };
  let placed = previous.placed;
  // From the last edited Service to the first, so that earlier positions in each list stay put.
  for (const edit of [...edits].sort((a, b) => b.index - a.index)) {
    const own = placed.map((client) => ({ ...client, routes: [] as ClientRoute[] }));
    addGroupRoutes(own, groupsOf.get(edit.index)!, routeInput);
    placed = placed.map((client, c) => {
      const list = client.routes;
      const start = firstRouteAtOrAfter(list, edit.index, positions);
      const end = firstRouteAtOrAfter(list, edit.index + 1, positions);
      return { ...client, routes: list.slice(0, start).concat(own[c]!.routes, list.slice(end)) };
    });
  }
  return placed;
}

/** The first route (of a list in Service order) to a Service at `position` or later. */
function firstRouteAtOrAfter(routes: readonly ClientRoute[], position: number, positions: ReadonlyMap<string, number>): number {
  let lo = 0;
  let hi = routes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions.get(routes[mid]!.service)! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
