/**
 * The workload controllers' objects besides Deployments: DaemonSet, StatefulSet, ReplicaSet and
 * ReplicationController, decoded and defaulted as the API server stores them (apps/v1, core/v1).
 */
import type { SourceRef } from './diagnostics';
import type { IntOrPercent, LabelSelector, ObjectMeta, PodSpecTemplate, WorkloadKind } from './model';

/** What every workload object holds: its pod template and the selector that claims its pods. */
interface WorkloadBase {
  metadata: ObjectMeta;
  selector: LabelSelector;
  template: PodSpecTemplate;
  /** spec.template as written (hashed for the revision, as the Deployment's pod-template-hash). */
  writtenTemplate?: Readonly<Record<string, unknown>>;
  /** Seconds a new pod must be Ready before it counts as available (default 0). */
  minReadySeconds: number;
  source: SourceRef;
  /** What the controller wrote into status on the live cluster (simulateCluster sets it). */
  status?: WorkloadStatus;
}

/**
 * The counts a workload controller writes into status: a StatefulSet's, ReplicaSet's or
 * ReplicationController's replicas, readyReplicas, updatedReplicas and availableReplicas; a
 * DaemonSet's desiredNumberScheduled, currentNumberScheduled, numberReady, updatedNumberScheduled,
 * numberAvailable and numberMisscheduled.
 */
export interface WorkloadStatus {
  /** spec.replicas, or for a DaemonSet the nodes that should run its pod (desiredNumberScheduled). */
  desired: number;
  /** Pods (a DaemonSet: nodes with its pod that should run one). */
  current: number;
  /** Pods Running and Ready (a DaemonSet: nodes whose pod is). */
  ready: number;
  /** Pods of the current template revision. */
  updated: number;
  /** Pods Ready for at least minReadySeconds (podutil.IsPodAvailable). */
  available: number;
  /** DaemonSet: nodes running its pod that should not (numberMisscheduled). */
  misscheduled: number;
}

/** spec.updateStrategy of a DaemonSet: RollingUpdate (maxUnavailable 1, maxSurge 0 by default) or OnDelete. */
export type DaemonSetUpdateStrategy =
  { type: 'RollingUpdate'; maxUnavailable: IntOrPercent; maxSurge: IntOrPercent } | { type: 'OnDelete' };

export interface DaemonSet extends WorkloadBase {
  kind: 'DaemonSet';
  updateStrategy: DaemonSetUpdateStrategy;
  /** spec.template.spec.hostNetwork: the controller then also tolerates network-unavailable. */
  hostNetwork: boolean;
}

/**
 * spec.updateStrategy of a StatefulSet: RollingUpdate from the highest ordinal down to `partition`,
 * or OnDelete. `maxUnavailable` is stored only while the MaxUnavailableStatefulSet gate is on
 * (defaulted to 1 then); with the gate off the API server drops it.
 */
export type StatefulSetUpdateStrategy =
  | {
      type: 'RollingUpdate';
      partition: number;
      maxUnavailable?: IntOrPercent;
      /** No spec.updateStrategy.rollingUpdate stored: `type: RollingUpdate` written without one (partition then counts as 0). */
      noRollingUpdate?: true;
    }
  | { type: 'OnDelete' };

export interface StatefulSet extends WorkloadBase {
  kind: 'StatefulSet';
  replicas: number;
  /** The governing (headless) Service that gives each pod its DNS name. */
  serviceName: string;
  podManagementPolicy: 'OrderedReady' | 'Parallel';
  updateStrategy: StatefulSetUpdateStrategy;
  /** spec.ordinals.start (default 0). */
  ordinalsStart: number;
}

/** A ReplicaSet on its own, or a ReplicationController (served by the same controller upstream). */
export interface ReplicaSet extends WorkloadBase {
  kind: 'ReplicaSet' | 'ReplicationController';
  replicas: number;
}

export type Workload = DaemonSet | StatefulSet | ReplicaSet;

export interface Workloads {
  daemonSets: DaemonSet[];
  statefulSets: StatefulSet[];
  /** ReplicaSets and ReplicationControllers. */
  replicaSets: ReplicaSet[];
}

/** kind → the one apiVersion the modelled versions serve it at. */
export const WORKLOAD_API_VERSIONS: Record<WorkloadKind, string> = {
  DaemonSet: 'apps/v1',
  StatefulSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  ReplicationController: 'v1',
};

/**
 * Every workload object of the cluster, DaemonSets first.
 *
 * @example
 * allWorkloads(cluster.workloads).map((w) => w.kind); // ["DaemonSet", "StatefulSet"]
 */
export function allWorkloads(workloads: Workloads | undefined): Workload[] {
  if (!workloads) return [];
  return [...workloads.daemonSets, ...workloads.statefulSets, ...workloads.replicaSets];
}

/** The key a workload is found by: "Kind ns/name". */
export function workloadKey(workload: { kind: string; metadata: { namespace: string; name: string } }): string {
  return `${workload.kind} ${workload.metadata.namespace}/${workload.metadata.name}`;
}
