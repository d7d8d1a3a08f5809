/** DaemonSets, StatefulSets, ReplicaSets and ReplicationControllers for kubectl's views: found on the live cluster, counted from its pods. */
import {
  allWorkloads,
  isActive,
  isClaimedBy,
  workloadStatusOf,
  type ClusterPod,
  type Workload,
  type WorkloadKind,
  type WorkloadStatus,
} from '../engine';
import type { TerminalContext } from './context';

export const WORKLOAD_KINDS: readonly WorkloadKind[] = ['DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController'];

export function isWorkloadKind(kind: string): kind is WorkloadKind {
  return (WORKLOAD_KINDS as readonly string[]).includes(kind);
}

export function workloadsOfKind(context: TerminalContext, kind: WorkloadKind): Workload[] {
  return allWorkloads(context.cluster?.workloads).filter((w) => w.kind === kind);
}

export function findWorkload(context: TerminalContext, kind: WorkloadKind, ns: string, name: string): Workload | undefined {
  return workloadsOfKind(context, kind).find((w) => w.metadata.namespace === ns && w.metadata.name === name);
}

/** The workload's active pods on the live cluster. */
export function workloadPods(context: TerminalContext, workload: Workload): ClusterPod[] {
  return (context.cluster?.pods ?? []).filter((p) => isActive(p) && isClaimedBy(p, workload));
}

/**
 * The counts the controller wrote into status on the live cluster (availability on the timeline's
 * clock). A workload the simulation never ran counts its Ready pods as available, as the files'
 * pods have been running for an unknown while.
 *
 * @example
 * workloadStatus(context, daemonSet); // { desired: 3, current: 3, ready: 3, updated: 3, available: 3, misscheduled: 0 }
 */
export function workloadStatus(context: TerminalContext, workload: Workload): WorkloadStatus {
  return workload.status ?? workloadStatusOf(workload, context.cluster?.pods ?? [], context.cluster?.nodes ?? [], (p) => p.status.ready);
}

/** Container names and images from the written template, as kubectl's wide columns show them. */
export function containersOf(workload: Pick<Workload, 'writtenTemplate'>): { names: string; images: string } {
  const spec = workload.writtenTemplate?.spec as { containers?: { name?: unknown; image?: unknown }[] } | undefined;
  const containers = Array.isArray(spec?.containers) ? spec.containers : [];
  const text = (values: unknown[]) => values.filter((v) => typeof v === 'string').join(',') || '<none>';
  return { names: text(containers.map((c) => c?.name)), images: text(containers.map((c) => c?.image)) };
}

/**
 * The object `kubectl get -o yaml` prints: the spec as the API server stores it (the template as written), and the status the controller writes.
 *
 * @example
 * workloadObject(context, daemonSet).status; // { desiredNumberScheduled: 3, ... }
 */
export function workloadObject(context: TerminalContext, workload: Workload): Record<string, unknown> {
  const s = workloadStatus(context, workload);
  const metadata = { name: workload.metadata.name, namespace: workload.metadata.namespace, labels: workload.metadata.labels };
  const selector =
    workload.kind === 'ReplicationController'
      ? workload.selector.matchLabels
      : {
          matchLabels: workload.selector.matchLabels,
          ...(workload.selector.matchExpressions.length ? { matchExpressions: workload.selector.matchExpressions } : {}),
        };
  const template = workload.writtenTemplate ?? {};
  // minReadySeconds is omitempty: the API server's JSON leaves out a 0.
  const minReadySeconds = workload.minReadySeconds ? { minReadySeconds: workload.minReadySeconds } : {};
  switch (workload.kind) {
    case 'DaemonSet':
      return {
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        metadata,
        spec: {
          selector,
          template,
          updateStrategy:
            workload.updateStrategy.type === 'OnDelete'
              ? { type: 'OnDelete' }
              : {
                  type: 'RollingUpdate',
                  rollingUpdate: { maxSurge: workload.updateStrategy.maxSurge, maxUnavailable: workload.updateStrategy.maxUnavailable },
                },
          ...minReadySeconds,
        },
        status: {
          currentNumberScheduled: s.current,
          desiredNumberScheduled: s.desired,
          numberAvailable: s.available,
          numberMisscheduled: s.misscheduled,
          numberReady: s.ready,
          numberUnavailable: Math.max(0, s.desired - s.available),
          updatedNumberScheduled: s.updated,
        },
      };
    case 'StatefulSet':
      return {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata,
        spec: {
          replicas: workload.replicas,
          serviceName: workload.serviceName,
          podManagementPolicy: workload.podManagementPolicy,
          selector,
          template,
          updateStrategy:
            workload.updateStrategy.type === 'OnDelete'
              ? { type: 'OnDelete' }
              : workload.updateStrategy.noRollingUpdate
                ? { type: 'RollingUpdate' }
                : { type: 'RollingUpdate', rollingUpdate: statefulRollingUpdate(workload.updateStrategy) },
          ...(workload.ordinalsStart ? { ordinals: { start: workload.ordinalsStart } } : {}),
          ...minReadySeconds,
        },
        status: {
          replicas: s.current,
          readyReplicas: s.ready,
          availableReplicas: s.available,
          updatedReplicas: s.updated,
          currentReplicas: s.current,
        },
      };
    default:
      return {
        apiVersion: workload.kind === 'ReplicaSet' ? 'apps/v1' : 'v1',
        kind: workload.kind,
        metadata,
        spec: { replicas: workload.replicas, selector, template, ...minReadySeconds },
        status: { replicas: s.current, readyReplicas: s.ready, availableReplicas: s.available, fullyLabeledReplicas: s.current },
      };
  }
}

/** A StatefulSet's spec.updateStrategy.rollingUpdate as stored: maxUnavailable only while its gate kept it. */
function statefulRollingUpdate(strategy: { partition: number; maxUnavailable?: number | string }): Record<string, unknown> {
  return strategy.maxUnavailable === undefined
    ? { partition: strategy.partition }
    : { maxUnavailable: strategy.maxUnavailable, partition: strategy.partition };
}
