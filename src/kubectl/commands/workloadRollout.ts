/** `kubectl rollout status|restart ds|sts`: kubectl's DaemonSetStatusViewer and StatefulSetStatusViewer lines. */
import { workloadRevision, type WorkloadKind } from '../../engine';
import { failure, ok, type CommandResult, type ReadyContext } from '../context';
import { notFoundFailure } from '../lookup';
import { SINGULAR } from '../resources';
import { findWorkload, workloadStatus } from '../workloads';

/**
 * status: the one line kubectl prints for the state at the current simulated second. restart: a
 * restartedAt stamp on the pod template, which rolls the pods by the update strategy.
 *
 * @example
 * workloadRollout('status', 'DaemonSet', 'node-agent', 'default', context).output; // 'daemon set "node-agent" successfully rolled out'
 */
export function workloadRollout(
  verb: 'status' | 'restart',
  kind: Extract<WorkloadKind, 'DaemonSet' | 'StatefulSet'>,
  name: string,
  ns: string,
  context: ReadyContext,
): CommandResult {
  const workload = findWorkload(context, kind, ns, name);
  if (!workload || (workload.kind !== 'DaemonSet' && workload.kind !== 'StatefulSet')) return notFoundFailure(context, kind, name, ns);
  if (verb === 'restart') {
    return ok(`${SINGULAR[kind]}/${name} restarted`, [{ type: 'workload.restart', kind, name: `${ns}/${name}` }]);
  }
  if (workload.updateStrategy.type === 'OnDelete')
    return failure('error: rollout status is only available for RollingUpdate strategy type');
  const s = workloadStatus(context, workload);
  const waiting = '(the rollout goes on in the timeline: play it to let time pass)';
  if (workload.kind === 'DaemonSet') {
    if (s.updated < s.desired)
      return ok(
        `Waiting for daemon set "${name}" rollout to finish: ${s.updated} out of ${s.desired} new pods have been updated...\n${waiting}`,
      );
    if (s.available < s.desired)
      return ok(
        `Waiting for daemon set "${name}" rollout to finish: ${s.available} of ${s.desired} updated pods are available...\n${waiting}`,
      );
    return ok(`daemon set "${name}" successfully rolled out`);
  }
  if (s.ready < workload.replicas) return ok(`Waiting for ${workload.replicas - s.ready} pods to be ready...\n${waiting}`);
  if (workload.updateStrategy.noRollingUpdate) {
    // No rollingUpdate stored: kubectl compares the revisions, which the controller makes equal once every pod is updated and Ready.
    const revision = workloadRevision(workload);
    if (s.updated < workload.replicas)
      return ok(`waiting for statefulset rolling update to complete ${s.updated} pods at revision ${revision}...\n${waiting}`);
    return ok(`statefulset rolling update complete ${s.updated} pods at revision ${revision}...`);
  }
  // apps/v1 defaults rollingUpdate.partition to 0 along with the type, so kubectl's StatefulSetStatusViewer mostly takes its partitioned branch.
  const wanted = workload.replicas - workload.updateStrategy.partition;
  if (s.updated < wanted)
    return ok(`Waiting for partitioned roll out to finish: ${s.updated} out of ${wanted} new pods have been updated...\n${waiting}`);
  return ok(`partitioned roll out complete: ${s.updated} new pods have been updated...`);
}
