/**
 * Every routing choice side by side: the selected Service's spec replaced by each choice the
 * version allows, and the engine's own pipeline run on the changed cluster (and again after a
 * failure, replayed as a timeline event). No figure comes from anywhere but those reports.
 */
import { analyzeCluster, decodeFiles, type AnalyzeOptions } from '../analyzeCluster';
import { analyzeLive } from '../events/analyzeLive';
import type { TimelineEvent } from '../events/types';
import { keyOf, normalizeObjectKey, type ClusterState, type Service } from '../model';
import type { SourceFile } from '../parse/manifestDocument';
import type { RoutingReport } from '../report';
import { policyChoices, withPolicy } from './choices';
import { estimateOf, sanitizeEstimateInputs } from './estimate';
import { failureEvent } from './failure';
import { scenarioFigures } from './figures';
import type { ChoiceColumn, EstimateInputs, FailureSpec, PolicyComparison, ResolvedFailure, ScenarioFigures } from './types';

export interface CompareOptions {
  /** "ns/name" (or a bare name in default); default the first Service that has clients. */
  service?: string;
  /** Service port; default the Service's first port. */
  port?: number;
  failure?: FailureSpec;
  estimate?: Partial<EstimateInputs>;
}

export type CompareResult = { comparison: PolicyComparison } | { problem: string };

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
 * annotation and internalTrafficPolicy set to the choice; with `failure`, the event is replayed
 * at second 0 and the figures read right after it, before replacement pods are Ready.
 *
 * @example
 * const result = compareChoices(files, { kubernetesVersion: '1.34' }, { failure: { kind: 'zone', zone: 'zone-a' } });
 * if ('comparison' in result) result.comparison.columns.map((c) => c.figures.overall.crossZone);
 */
export function compareChoices(files: readonly SourceFile[], options: AnalyzeOptions = {}, compare: CompareOptions = {}): CompareResult {
  const analyzeOptions: AnalyzeOptions = { ...options };
  delete analyzeOptions.timeline;
  delete analyzeOptions.requests;
  const { cluster, diagnostics } = decodeFiles(files, analyzeOptions);
  const asWritten = analyzeCluster(cluster, analyzeOptions, diagnostics);
  const service = pickService(cluster, asWritten, compare.service);
  if (typeof service === 'string') return { problem: service };
  const key = keyOf(service.metadata);
  const port = compare.port === undefined ? service.ports[0] : service.ports.find((p) => p.port === compare.port);
  if (!port) return { problem: compare.port === undefined ? `${key} has no port` : `${key} has no port ${compare.port}` };
  const inputs = sanitizeEstimateInputs(compare.estimate ?? {});

  let failure: ResolvedFailure | undefined;
  let timeline: TimelineEvent[] | undefined;
  if (compare.failure) {
    const resolved = failureEvent(compare.failure, cluster, asWritten, key);
    if ('problem' in resolved) failure = { spec: compare.failure, label: '', log: [], problem: resolved.problem };
    else {
      failure = { spec: compare.failure, label: resolved.label, log: [] };
      timeline = [{ id: 'compare-failure', at: 0, event: resolved.event, label: resolved.label }];
    }
  }

  const { choices, unavailable } = policyChoices(cluster, service);
  const figuresAndEstimate = (figures: ScenarioFigures) => ({
    figures,
    estimate: estimateOf(figures.overall, figures.clients.length, inputs),
  });
  const columns: ChoiceColumn[] = choices.map((choice) => {
    const changed: ClusterState = { ...cluster, services: cluster.services.map((s) => (s === service ? withPolicy(s, choice.spec) : s)) };
    const report = analyzeCluster(changed, analyzeOptions, diagnostics);
    const column: ChoiceColumn = { choice, ...figuresAndEstimate(scenarioFigures(report, key, port.port)) };
    if (timeline && failure) {
      const after = analyzeLive(changed, { events: timeline, now: 0 }, diagnostics, (c, d) => analyzeCluster(c, analyzeOptions, d));
      if (failure.log.length === 0) failure.log = (after.live?.log ?? []).map((entry) => entry.message);
      column.underFailure = figuresAndEstimate(scenarioFigures(after, key, port.port));
    }
    return column;
  });

  const clients = [
    ...new Set(asWritten.routes.filter((r) => r.service === key && r.port === port.port && r.traffic === 'internal').map((r) => r.from)),
  ];
  return {
    comparison: {
      service: key,
      port: port.port,
      protocol: port.protocol,
      kubernetesVersion: cluster.version,
      columns,
      unavailable,
      ...(failure ? { failure } : {}),
      estimateInputs: inputs,
      clients,
    },
  };
}
