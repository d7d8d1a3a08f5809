/** The workload objects of a decode run, later duplicates replacing earlier ones as a second `kubectl apply` would. */
import type { SourceRef } from '../diagnostics';
import type { WorkloadKind } from '../model';
import { WORKLOAD_API_VERSIONS, type Workload, type Workloads } from '../workloads';
import { decodeWorkload } from './decodeWorkload';
import type { ObjectContext } from './objectContext';
import type { Obj } from './read';

export function isWorkloadKind(kind: string): kind is WorkloadKind {
  return Object.prototype.hasOwnProperty.call(WORKLOAD_API_VERSIONS, kind);
}

export function emptyWorkloads(): Workloads {
  return { daemonSets: [], statefulSets: [], replicaSets: [] };
}

/** The cluster's `workloads` field: present only when the files hold any (clusters without them stay as they were). */
export function workloadsIfAny(workloads: Workloads): { workloads?: Workloads } {
  const any = workloads.daemonSets.length + workloads.statefulSets.length + workloads.replicaSets.length > 0;
  return any ? { workloads } : {};
}

/**
 * Decodes a workload object and, when the API server would accept it, adds it (replacing one of the same kind and key).
 *
 * @example
 * addWorkload(collected, 'DaemonSet', object, ctx, source); // collected.daemonSets gains it
 */
export function addWorkload(into: Workloads, kind: WorkloadKind, object: Obj, ctx: ObjectContext, source: SourceRef): void {
  const workload = decodeWorkload(kind, object, ctx, source);
  if (ctx.errorCount > 0) return;
  const list: Workload[] =
    workload.kind === 'DaemonSet' ? into.daemonSets : workload.kind === 'StatefulSet' ? into.statefulSets : into.replicaSets;
  const index = list.findIndex(
    (w) => w.kind === workload.kind && w.metadata.namespace === workload.metadata.namespace && w.metadata.name === workload.metadata.name,
  );
  if (index >= 0) {
    ctx.warning(
      ['metadata', 'name'],
      `${ctx.label} is defined more than once; this later definition replaces the earlier one (as a second kubectl apply would)`,
    );
    list[index] = workload;
  } else list.push(workload);
}
