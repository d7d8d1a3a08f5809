/**
 * Cluster events, simulated time, drift from the files and route diffs.
 *
 * - `simulateCluster(base, timeline, now): SimulationResult` replays the timeline's events on the
 *   cluster decoded from the files, with the controllers' behaviour (ReplicaSet, Deployment rolling
 *   update, node lifecycle, kubelet grace periods) and time flowing up to `now`.
 * - `describeDrift(files, current): DriftEntry[]` lists what differs from the YAML.
 * - `diffReports(before, after): RouteChange[]` says which clients moved, or started or stopped
 *   being dropped or rejected.
 * - `stepChanges(files, events, now, analyze, current)`: the route changes of the timeline's step,
 *   from the cluster just before its event to just after it (report.live.step).
 */
export type {
  ClusterEvent,
  ClusterEventType,
  DriftEntry,
  DriftKind,
  EndpointShare,
  LiveCluster,
  LiveStep,
  PodLifecycle,
  RouteChange,
  SimulationLogEntry,
  SimulationResult,
  TimelineEvent,
  TimelineInput,
} from './types';
export { simulateCluster } from './simulateCluster';
export { describeDrift } from './describeDrift';
export { diffReports } from './diffReports';
export { stepChanges } from './stepChanges';
export { STARTUP_SECONDS, NOT_READY_EVICTION_SECONDS, formatSeconds, timestampAt } from './clock';
export { mergePatch } from './encodeObjects';
export { describeEvent } from './describeEvent';
export { analyzeLive } from './analyzeLive';
