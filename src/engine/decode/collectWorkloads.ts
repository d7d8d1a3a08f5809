/** The workload objects of a decode run, later duplicates replacing earlier ones as a second `kubectl apply` would. */
import { diagnosticAt, type Diagnostic, type SourceRef } from '../diagnostics';
import type { Service, WorkloadKind } from '../model';
import { WORKLOAD_API_VERSIONS, type Workload, type Workloads } from '../workloads';
import { decodeWorkload, type WorkloadDecodeOptions } from './decodeWorkload';
import type { ObjectContext } from './objectContext';
import { isObj, type Obj } from './read';

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
 * addWorkload(collected, 'DaemonSet', object, ctx, source, { version: '1.34', gates }); // collected.daemonSets gains it
 */
export function addWorkload(
  into: Workloads,
  kind: WorkloadKind,
  object: Obj,
  ctx: ObjectContext,
  source: SourceRef,
  options: WorkloadDecodeOptions,
): void {
  const workload = decodeWorkload(kind, object, ctx, source, options);
  if (ctx.errorCount > 0) return;
  // `kubectl get rs -o yaml` lists the Deployments' ReplicaSets too: their pods come from the Deployment.
  const owner = controllerOf(object);
  if (owner) {
    ctx.info(
      ['metadata', 'ownerReferences'],
      `${ctx.label} is managed by ${owner.kind} "${owner.name}"; the playground runs its pods from the ${owner.kind}, not from this object`,
    );
    return;
  }
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

/**
 * What a StatefulSet's governing Service (spec.serviceName) means for its pods: per-pod DNS names
 * (`<pod>.<service>.<ns>.svc`) need a headless Service of that name; routing itself does not.
 *
 * @example
 * governingServiceDiagnostics(workloads, services)[0]?.message; // 'StatefulSet default/web: its governing Service "nginx" does not exist; …'
 */
export function governingServiceDiagnostics(workloads: Workloads, services: readonly Service[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const sts of workloads.statefulSets) {
    if (!sts.serviceName) continue;
    const label = `StatefulSet ${sts.metadata.namespace}/${sts.metadata.name}`;
    const service = services.find((s) => s.metadata.namespace === sts.metadata.namespace && s.metadata.name === sts.serviceName);
    const problem = !service
      ? `its governing Service "${sts.serviceName}" does not exist, so its pods get no per-pod DNS names (${sts.metadata.name}-0.${sts.serviceName}.${sts.metadata.namespace}.svc) until it does`
      : service.clusterIP !== 'None'
        ? `its governing Service "${sts.serviceName}" is not headless (clusterIP ${service.clusterIP ?? 'unset'}): DNS gives the Service's virtual IP, not one record per pod; set clusterIP: None for per-pod names`
        : undefined;
    if (problem) out.push(diagnosticAt(sts.source, ['spec', 'serviceName'], 'info', `${label}: ${problem}`, label));
  }
  return out;
}

function controllerOf(object: Obj): { kind: string; name: string } | undefined {
  const metadata = object.metadata;
  if (!isObj(metadata) || !Array.isArray(metadata.ownerReferences)) return undefined;
  for (const ref of metadata.ownerReferences) {
    if (isObj(ref) && ref.controller === true && typeof ref.kind === 'string' && typeof ref.name === 'string')
      return { kind: ref.kind, name: ref.name };
  }
  return undefined;
}
