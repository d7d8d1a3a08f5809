/**
 * Cluster events: what an instructor (or a terminal command) does to the live cluster. Events change
 * the ClusterState the engine sees; the YAML files stay what the user wrote.
 */
import type { Diagnostic } from '../diagnostics';
import type { ClusterState, WorkloadKind } from '../model';
import type { IPFamilyName, Verdict, WeightedEndpoint } from '../report';

export type ClusterEvent =
  | { type: 'node.cordon' | 'node.uncordon' | 'node.notReady' | 'node.ready' | 'node.delete'; node: string }
  /**
   * `kubectl drain`: cordon, then evict. Without `force`, pods no controller manages make kubectl refuse (after cordoning);
   * without `ignoreDaemonSets`, so do DaemonSet pods (with it they stay on the node).
   */
  | { type: 'node.drain'; node: string; force?: boolean; gracePeriodSeconds?: number; ignoreDaemonSets?: boolean }
  | { type: 'zone.outage' | 'zone.recover'; zone: string }
  | { type: 'pod.notReady' | 'pod.ready' | 'pod.crashLoop'; pod: string /* "ns/name" */ }
  /** `kubectl delete pod`: `gracePeriodSeconds` overrides spec.terminationGracePeriodSeconds (0 with --force: gone at once). */
  | { type: 'pod.delete'; pod: string; gracePeriodSeconds?: number }
  | { type: 'deployment.scale'; deployment: string /* "ns/name" */; replicas: number }
  /** `kubectl scale sts|rs|rc`: spec.replicas of a StatefulSet, ReplicaSet or ReplicationController. */
  | { type: 'workload.scale'; kind: WorkloadKind; name: string /* "ns/name" */; replicas: number }
  /** `kubectl rollout restart ds|sts`: the template gets a kubectl.kubernetes.io/restartedAt annotation and rolls out. */
  | { type: 'workload.restart'; kind: WorkloadKind; name: string }
  /** JSON merge patch of the Deployment object; a changed pod template rolls out. */
  | { type: 'deployment.patch'; deployment: string; patch: Record<string, unknown> }
  /** JSON merge patch of the Service object, as `kubectl patch svc --type merge -p`. */
  | { type: 'service.patch'; service: string; patch: Record<string, unknown> }
  /** `kubectl label`: a null value removes the label. `name` is "ns/name", or the name for a Node. */
  | { type: 'object.label'; kind: 'Node' | 'Pod' | 'Service' | 'Deployment'; name: string; labels: Record<string, string | null> }
  /** `kubectl apply -f`: the file's objects are created, or replace the ones with the same kind and key. */
  | { type: 'apply'; file: string; text: string };

export type ClusterEventType = ClusterEvent['type'];

export interface TimelineEvent {
  id: string;
  /** Simulated seconds since the cluster was loaded. */
  at: number;
  event: ClusterEvent;
  /** What the user did, e.g. "kubectl drain mnode-m02". */
  label: string;
}

/** One line of what the controllers did, kubectl-events style. */
export interface SimulationLogEntry {
  at: number;
  message: string;
}

/** What kubectl's STATUS and RESTARTS columns would show for a pod, beyond the Pod model. */
export interface PodLifecycle {
  /** Simulated second the pod was created (0 for pods of the files). */
  createdAt: number;
  restarts: number;
  /** kubectl's STATUS word when it is not the phase: ContainerCreating, CrashLoopBackOff, Terminating. */
  reason?: string;
}

export interface SimulationResult {
  /** The cluster at `now`: every pod materialised (generated pods keep their names from then on). */
  cluster: ClusterState;
  log: SimulationLogEntry[];
  /** Problems with the events themselves (unknown node, invalid patch, ...), located at "(timeline)". */
  diagnostics: Diagnostic[];
  /** Per pod key ("ns/name"): age, restarts and kubectl's status word. */
  pods: Record<string, PodLifecycle>;
  /** The next simulated second at which something changes by itself (a pod gets Ready, a grace period ends), if any. */
  nextChangeAt?: number;
}

export type DriftKind = 'Node' | 'Pod' | 'Deployment' | 'Service' | 'EndpointSlice' | 'KubeProxyConfiguration';

/** How the live cluster differs from the files for one object. */
export interface DriftEntry {
  kind: DriftKind;
  /** "ns/name", or the name for Nodes. */
  key: string;
  /**
   * `recreated`: the object was deleted and its controller created a new one under the same name
   * (a StatefulSet's pod `<name>-<ordinal>`): a new UID, never the old pod moved.
   */
  change: 'created' | 'deleted' | 'modified' | 'recreated';
  /** Field paths that differ, e.g. "spec.unschedulable", "status.conditions[Ready]", "metadata.labels". */
  fields: string[];
  /** A created or recreated pod's controller, as its log names it: "ReplicaSet echo-7f87489d76". */
  by?: string;
}

/** An endpoint and its share, the way route changes name them: "echo-abc@mnode-m02 50%". */
export interface EndpointShare {
  pod: string;
  node?: string;
  weight: number;
}

/** How one client's route to a Service port changed between two reports. */
export interface RouteChange {
  /** Client pod "ns/name". */
  from: string;
  service: string;
  port: number;
  /** The route's IP family, for a dual-stack Service (absent for single stack). */
  ipFamily?: IPFamilyName;
  kind: 'moved' | 'dropped' | 'rejected' | 'restored' | 'appeared' | 'disappeared';
  before?: { verdict: Verdict; endpoints: EndpointShare[] };
  after?: { verdict: Verdict; endpoints: EndpointShare[] };
  /** In words, e.g. "default/client → default/echo-svc:80 moved from echo-a@mnode-m02 100% to echo-b@mnode-m03 100%". */
  message: string;
}

export function endpointShare(endpoint: WeightedEndpoint): EndpointShare {
  return endpoint.node
    ? { pod: endpoint.pod, node: endpoint.node, weight: endpoint.weight }
    : { pod: endpoint.pod, weight: endpoint.weight };
}

/** What a report computed on the live cluster adds (RoutingReport.live): the moment, the log, the drift. */
export interface LiveCluster {
  /** Simulated second of the report. */
  now: number;
  /** Events replayed (the timeline up to its cursor). */
  events: number;
  log: SimulationLogEntry[];
  pods: Record<string, PodLifecycle>;
  drift: DriftEntry[];
  nextChangeAt?: number;
  /** What the last replayed event changed for client routes (stepChanges). */
  step?: LiveStep;
}

/** The route changes of one timeline step, from the cluster just before its event to just after it. */
export interface LiveStep {
  /** 1-based position of the event in the timeline. */
  index: number;
  label: string;
  /** The event's simulated second: both sides of the diff are taken at this moment. */
  at: number;
  changes: RouteChange[];
  /** What the controllers did at the event's moment because of it (deleted, created, scheduled, by whom). */
  log: SimulationLogEntry[];
  /** When time has flowed past the event: the changes from the event's moment to `now` (pods getting Ready, grace periods ending). */
  since?: { now: number; changes: RouteChange[] };
}

/** The timeline part of the analysis options: the events to replay, and the moment to look at. */
export interface TimelineInput {
  events: readonly TimelineEvent[];
  now: number;
}

/**
 * The events that have happened by the timeline's moment: none means the files' cluster as it is.
 *
 * @example
 * eventsByNow({ events, now: 0 }); // the events at second 0
 */
export function eventsByNow(timeline: TimelineInput): readonly TimelineEvent[] {
  return timeline.events.filter((e) => e.at <= timeline.now);
}
