/**
 * What the timeline's step changed for client routes: a pure function of the cluster just before
 * the step's event and just after it, both at the event's moment. However the step is reached
 * (played, stepped to with ←/→, undone, redone, reloaded from a link), the answer is the same,
 * because it depends on nothing but the files and the events up to the step.
 */
import type { ClusterState } from '../model';
import type { RoutingReport } from '../report';
import { diffReports } from './diffReports';
import { simulateCluster } from './simulateCluster';
import type { LiveStep, SimulationLogEntry, TimelineEvent } from './types';

/**
 * The route changes of the last of `events` (the step at the timeline's cursor), and, when time
 * has flowed past the event's moment to `now`, the changes since. `current` is the report of the
 * cluster at `now` after every one of `events`, `currentLog` the controllers' log up to then;
 * `analyze` runs the routing pipeline on a cluster. The step's log is what the controllers did
 * at the event's moment because of it: the replay with the event, less the replay without it.
 *
 * @example
 * stepChanges(files, [drain], 0, analyze, report).changes[0]?.message;
 * // "default/client → default/echo-svc:80: moved from … to …"
 */
export function stepChanges(
  files: ClusterState,
  events: readonly TimelineEvent[],
  now: number,
  analyze: (cluster: ClusterState) => RoutingReport,
  current: RoutingReport,
  currentLog: readonly SimulationLogEntry[],
): LiveStep | undefined {
  const last = events[events.length - 1];
  if (!last) return undefined;
  const without = simulateCluster(files, events.slice(0, -1), last.at);
  const before = analyze(without.cluster);
  let after = current;
  let log = currentLog;
  if (now !== last.at) {
    const withIt = simulateCluster(files, events, last.at);
    after = analyze(withIt.cluster);
    log = withIt.log;
  }
  const step: LiveStep = {
    index: events.length,
    label: last.label,
    at: last.at,
    changes: diffReports(before, after),
    // The replay is deterministic: up to the event, both logs are the same lines.
    log: log.slice(without.log.length).filter((entry) => entry.at === last.at),
  };
  if (now > last.at) step.since = { now, changes: diffReports(after, current) };
  return step;
}
