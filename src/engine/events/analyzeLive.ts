/** The analysis of the live cluster: the files' cluster, the timeline replayed on it, then the routing pipeline. */
import type { Diagnostic } from '../diagnostics';
import type { ClusterState } from '../model';
import type { StageCallback } from '../progress';
import type { RoutingReport } from '../report';
import { describeDrift } from './describeDrift';
import { simulateCluster } from './simulateCluster';
import { stepChanges } from './stepChanges';
import { eventsByNow, type TimelineInput } from './types';

/**
 * Replays `timeline` on `files` and analyses the result with `analyze` (the pipeline from
 * scheduling on); the report gains `live` with the moment, the controllers' log, the drift and
 * the route changes of the last event's step.
 * Without events up to `now` the files' cluster is analysed as it is.
 *
 * @example
 * analyzeLive(cluster, { events, now: 30 }, diagnostics, (c, d) => analyzeCluster(c, options, d)).live?.drift;
 */
export function analyzeLive(
  files: ClusterState,
  timeline: TimelineInput,
  diagnostics: readonly Diagnostic[],
  analyze: (cluster: ClusterState, diagnostics: readonly Diagnostic[]) => RoutingReport,
  onStage?: StageCallback,
): RoutingReport {
  const events = eventsByNow(timeline);
  if (events.length === 0) return analyze(files, diagnostics);
  onStage?.('events', 0, events.length);
  const live = simulateCluster(files, events, timeline.now);
  onStage?.('events', events.length, events.length);
  const report = analyze(live.cluster, [...diagnostics, ...live.diagnostics]);
  const step = stepChanges(files, events, timeline.now, (cluster) => analyze(cluster, []), report, live.log);
  report.live = {
    now: timeline.now,
    events: events.length,
    log: live.log,
    pods: live.pods,
    drift: describeDrift(files, live.cluster),
    ...(live.nextChangeAt !== undefined ? { nextChangeAt: live.nextChangeAt } : {}),
    ...(step ? { step } : {}),
  };
  return report;
}
