/**
 * Every routing choice side by side: the selected Service's spec replaced by each choice the
 * version allows, and the engine's own pipeline run on the changed cluster (and again after a
 * failure, replayed as a timeline event). No figure comes from anywhere but those reports.
 */
import { analyzeCluster, decodeFiles, type AnalyzeOptions } from '../analyzeCluster';
import type { Diagnostic } from '../diagnostics';
import { simulateCluster } from '../events/simulateCluster';
import { eventsByNow, type TimelineEvent } from '../events/types';
import { keyOf, normalizeObjectKey, type ClusterState, type Service } from '../model';
import type { SourceFile } from '../parse/manifestDocument';
import { reportForFamily, serviceFamilies } from '../familyReport';
import type { IPFamilyName, RoutingReport } from '../report';
import { policyChoices, withPolicy } from './choices';
import { estimateOf, sanitizeEstimateInputs } from './estimate';
import { failureEvent } from './failure';
import { scenarioFigures } from './figures';
import type {
  ChoiceColumn,
  CompareTopology,
  EstimateInputs,
  FailureSpec,
  PolicyComparison,
  ResolvedFailure,
  ScenarioFigures,
} from './types';

export interface CompareOptions {
  /** "ns/name" (or a bare name in default); default the first Service that has clients. */
  service?: string;
  /** Service port; default the Service's first port. */
  port?: number;
  failure?: FailureSpec;
  estimate?: Partial<EstimateInputs>;
  /**
   * The IP family of a dual-stack Service to compare (kube-proxy's proxier of that family, its
   * EndpointSlices and the clients with an address of it); default the Service's primary family.
   */
  ipFamily?: IPFamilyName;
}

export type CompareResult =
  | {
      comparison: PolicyComparison;
      /** The nodes and pods of the state compared and of the state right after the failure (for pictures, not for the JSON). */
      topology: { compared: CompareTopology; failure?: CompareTopology };
    }
  | { problem: string };

/** A cluster to analyse under each choice, with the diagnostics of getting there. */
interface State {
  cluster: ClusterState;
  diagnostics: readonly Diagnostic[];
}

function topologyOf(report: RoutingReport): CompareTopology {
  return {
    nodes: report.nodes.map(({ name, zone, ready }) => ({ name, ready, ...(zone !== undefined ? { zone } : {}) })),
    pods: report.pods.map(({ key, node, client, ready, terminating, phase, selectedBy }) => ({
      key,
      client,
      ready,
      terminating,
      phase,
      selectedBy,
      ...(node !== undefined ? { node } : {}),
    })),
  };
}

/** The Service to compare: the one asked for, else the first with a selector and clients, else the first with a selector. */
function pickService(cluster: ClusterState, report: RoutingReport, wanted: string | undefined): Service | string {
  if (wanted) {
    const key = normalizeObjectKey(wanted);
    return cluster.services.find((s) => keyOf(s.metadata) === key) ?? `services "${key}" not found`;
  }
  const withSelector = cluster.services.filter((s) => s.selector && s.type !== 'ExternalName');
  const routed = new Set(report.routes.map((r) => r.service));
  return withSelector.find((s) => routed.has(keyOf(s.metadata))) ?? withSelector[0] ?? 'no Service with a selector to compare';
}

/**
 * Compares the routing choices for one Service of `files` (one cluster, as `kubectl apply -f`).
 * Each column is the pipeline's report with the Service's trafficDistribution, topology-mode
 * annotation and internalTrafficPolicy set to the choice. With `options.timeline`, the state
 * compared is the live cluster at the timeline's moment (its events replayed as the canvas
 * replays them), and the choice is set on the live Service; without events, the files as written.
 * With `failure`, the event is replayed at that moment (second 0 without a timeline) and the
 * figures read right after it, before replacement pods are Ready.
 *
 * @example
 * const result = compareChoices(files, { kubernetesVersion: '1.34' }, { failure: { kind: 'zone', zone: 'zone-a' } });
 * if ('comparison' in result) result.comparison.columns.map((c) => c.figures.overall.crossZone);
 */
export function compareChoices(files: readonly SourceFile[], options: AnalyzeOptions = {}, compare: CompareOptions = {}): CompareResult {
  const analyzeOptions: AnalyzeOptions = { ...options };
  delete analyzeOptions.timeline;
  delete analyzeOptions.requests;
  const { cluster: written, diagnostics } = decodeFiles(files, analyzeOptions);
  const events = options.timeline ? eventsByNow(options.timeline) : [];
  const now = events.length > 0 ? (options.timeline?.now ?? 0) : 0;
  // The timeline's moment, replayed once: the simulation does not read the three fields a choice sets.
  const simulate = (timeline: readonly TimelineEvent[]): State & { log: string[] } => {
    if (timeline.length === 0) return { cluster: written, diagnostics, log: [] };
    const live = simulateCluster(written, timeline, now);
    return { cluster: live.cluster, diagnostics: [...diagnostics, ...live.diagnostics], log: live.log.map((entry) => entry.message) };
  };
  const compared = simulate(events);
  const cluster = compared.cluster;
  const asCompared = analyzeCluster(cluster, analyzeOptions, compared.diagnostics);
  const service = pickService(cluster, asCompared, compare.service);
  if (typeof service === 'string') return { problem: service };
  const key = keyOf(service.metadata);
  const port = compare.port === undefined ? service.ports[0] : service.ports.find((p) => p.port === compare.port);
  if (!port) return { problem: compare.port === undefined ? `${key} has no port` : `${key} has no port ${compare.port}` };
  const inputs = sanitizeEstimateInputs(compare.estimate ?? {});
  const family = familyToCompare(asCompared, service, compare.ipFamily);
  if (typeof family === 'object') return family;
  const ofFamily = (report: RoutingReport) => reportForFamily(report, key, family);

  let failure: ResolvedFailure | undefined;
  let failed: State | undefined;
  let failedReport: RoutingReport | undefined;
  if (compare.failure) {
    const resolved = failureEvent(compare.failure, cluster, asCompared, key);
    if ('problem' in resolved) failure = { spec: compare.failure, label: '', log: [], problem: resolved.problem };
    else {
      const after = simulate([...events, { id: 'compare-failure', at: now, event: resolved.event, label: resolved.label }]);
      // The log of the timeline up to its moment is the same in both replays: what follows is the failure's.
      failure = { spec: compare.failure, label: resolved.label, log: after.log.slice(compared.log.length) };
      failed = after;
    }
  }

  const { choices, unavailable } = policyChoices(cluster, service);
  const figuresAndEstimate = (figures: ScenarioFigures) => ({
    figures,
    estimate: estimateOf(figures.overall, figures.clients.length, inputs),
  });
  const analyzeWith = (state: State, choice: (typeof choices)[number]): RoutingReport => {
    const changed: ClusterState = {
      ...state.cluster,
      services: state.cluster.services.map((s) => (keyOf(s.metadata) === key ? withPolicy(s, choice.spec) : s)),
    };
    return analyzeCluster(changed, analyzeOptions, state.diagnostics);
  };
  const columns: ChoiceColumn[] = choices.map((choice) => {
    const column: ChoiceColumn = {
      choice,
      ...figuresAndEstimate(scenarioFigures(ofFamily(analyzeWith(compared, choice)), key, port.port, family)),
    };
    if (failed) {
      const after = analyzeWith(failed, choice);
      failedReport ??= after;
      column.underFailure = figuresAndEstimate(scenarioFigures(ofFamily(after), key, port.port, family));
    }
    return column;
  });

  const clients = [
    ...new Set(
      ofFamily(asCompared)
        .routes.filter((r) => r.service === key && r.port === port.port && r.traffic === 'internal')
        .map((r) => r.from),
    ),
  ];
  return {
    comparison: {
      service: key,
      port: port.port,
      protocol: port.protocol,
      ...(family ? { ipFamily: family } : {}),
      kubernetesVersion: cluster.version,
      columns,
      unavailable,
      ...(failure ? { failure } : {}),
      estimateInputs: inputs,
      clients,
      ...(events.length > 0 ? { moment: { now, events: events.length } } : {}),
    },
    topology: { compared: topologyOf(asCompared), ...(failedReport ? { failure: topologyOf(failedReport) } : {}) },
  };
}

/**
 * The family to compare: undefined for a single-stack Service (its one family, when it is the one
 * asked for), else the asked one or the primary; a problem when the Service has no such family.
 */
function familyToCompare(
  report: RoutingReport,
  service: Service,
  asked: IPFamilyName | undefined,
): IPFamilyName | undefined | { problem: string } {
  const key = keyOf(service.metadata);
  const families = serviceFamilies(report, key);
  if (families) return asked ?? families[0];
  if (asked === undefined) return undefined;
  const own = service.ipFamilies ?? [];
  if (own.length === 1 && own[0] === asked) return undefined;
  const what = own.length === 0 ? 'has no cluster IP' : `is single-stack (${own.join(', ')})`;
  return { problem: `${key} ${what}: it has no ${asked} routes to compare` };
}
