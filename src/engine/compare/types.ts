/** The policy comparison's vocabulary: the choices, the figures per choice, the failure, the estimate. */
import type { TrafficPolicy } from '../model';
import type { IPFamilyName, Locality, NodeSummary, PodSummary, Verdict } from '../report';

/** The three Service fields a choice sets; everything else of the Service stays as written. */
export interface PolicySpec {
  /** spec.trafficDistribution; undefined leaves the field unset. */
  trafficDistribution?: string;
  /** metadata.annotations["service.kubernetes.io/topology-mode"]: "Auto"; undefined means no topology annotation. */
  topologyMode?: 'Auto';
  internalTrafficPolicy: TrafficPolicy;
}

export type PolicyChoiceId = 'unset' | 'prefer-same-zone' | 'prefer-same-node' | 'topology-auto' | 'local' | 'current';

export interface PolicyChoice {
  id: PolicyChoiceId;
  /** Short column title, e.g. "PreferSameZone". */
  label: string;
  /** The fields as YAML would say them, e.g. "trafficDistribution: PreferSameZone". */
  yaml: string;
  spec: PolicySpec;
  /** True for the column that is the Service's spec as written. */
  current: boolean;
  /** Anything to know about the choice in this version, e.g. that PreferClose is the same thing. */
  note?: string;
}

/** A choice the modelled version does not allow, and why. */
export interface UnavailableChoice {
  label: string;
  reason: string;
}

/** Fractions of a client's (or all clients') requests, by where they end; they sum to 1. */
export interface LocalityShares {
  sameNode: number;
  sameZone: number;
  crossZone: number;
  /** Endpoints or clients whose node has no zone label: neither same zone nor cross zone. */
  unknownZone: number;
  /** Dropped by kube-proxy (no endpoint for the client's node). */
  dropped: number;
  /** Rejected (ICMP/TCP reset: the Service has no endpoint at all). */
  rejected: number;
}

export interface ClientFigures {
  /** Client pod "ns/name". */
  client: string;
  node?: string;
  zone?: string;
  verdict: Verdict;
  shares: LocalityShares;
  /** Endpoint pods the client reaches, with their share of its requests and where they are from the client. */
  endpoints: { pod: string; node?: string; weight: number; locality: Locality }[];
  /** The last decision of kube-proxy's trace, in its words (why the client goes where it goes). */
  reason: string;
}

export interface EndpointLoad {
  /** Endpoint pod "ns/name" (or its address when the slice names no pod). */
  pod: string;
  node?: string;
  zone?: string;
  /** Ready in the EndpointSlice (an endpoint kube-proxy would normally use). */
  ready: boolean;
  /** Fraction of all forwarded requests this endpoint receives. */
  share: number;
}

export interface LoadFigures {
  endpoints: EndpointLoad[];
  /** 1 / number of Ready endpoints: what each would get from an even split. */
  evenShare: number;
  /** The endpoint with the largest share (the first by name on a tie). */
  busiest?: EndpointLoad;
  /** busiest.share / evenShare: 1 is an even split, 2 is twice its fair part. */
  overloadFactor?: number;
  /** Ready endpoints that receive nothing. */
  idle: string[];
}

/** The figures of one choice on one cluster (the files' cluster, or after the failure). */
export interface ScenarioFigures {
  clients: ClientFigures[];
  /** Over every client sending traffic, each sending the same rate. */
  overall: LocalityShares;
  load: LoadFigures;
  dropped: string[];
  rejected: string[];
  /** Clients that send nothing: their pod is not running or their node is NotReady. */
  offline: string[];
  /** Error diagnostics of the analysis (the choice cannot be applied as is), in the API server's words. */
  errors: string[];
}

export type FailureSpec = { kind: 'zone'; zone: string } | { kind: 'drain'; node: string } | { kind: 'local-pod' };

/** The failure as the timeline event it becomes, or why it cannot happen on this cluster. */
export interface ResolvedFailure {
  spec: FailureSpec;
  /** What happens, e.g. "zone zone-a outage: its nodes NotReady". */
  label: string;
  /** kubectl-style lines of what the controllers did right after the event. */
  log: string[];
  problem?: string;
}

/** Editable inputs of the estimate. */
export interface EstimateInputs {
  /** Requests per second each client sends to the Service. */
  requestsPerSecondPerClient: number;
  requestBytes: number;
  responseBytes: number;
  /** Price per GB (10^9 bytes) that crosses zones, in USD. */
  pricePerGb: number;
  /** Round-trip latency added by the hop, in milliseconds. */
  latencyMs: { sameNode: number; sameZone: number; crossZone: number };
}

export interface Estimate {
  requestsPerMonth: number;
  crossZoneGbPerMonth: number;
  costPerMonth: number;
  /** Mean hop latency of the forwarded requests whose zone is known; undefined when none is. */
  meanLatencyMs?: number;
}

export interface ChoiceColumn {
  choice: PolicyChoice;
  figures: ScenarioFigures;
  estimate: Estimate;
  /** The same figures after the failure, when one was asked for and can happen. */
  underFailure?: { figures: ScenarioFigures; estimate: Estimate };
}

/** The state compared: the live cluster at a moment of the timeline, after its events up to then. */
export interface ComparedMoment {
  /** Simulated second of the timeline. */
  now: number;
  /** How many of the timeline's events have happened by then. */
  events: number;
}

/** The nodes and pods of a compared state, all a drawing of the canvas's layout needs. */
export interface CompareTopology {
  nodes: Pick<NodeSummary, 'name' | 'zone' | 'ready'>[];
  pods: Pick<PodSummary, 'key' | 'node' | 'client' | 'ready' | 'terminating' | 'phase' | 'selectedBy'>[];
}

export interface PolicyComparison {
  /** "ns/name" of the Service compared. */
  service: string;
  port: number;
  protocol: string;
  /** The IP family compared, for a dual-stack Service (absent for a single-stack one). */
  ipFamily?: IPFamilyName;
  kubernetesVersion: string;
  columns: ChoiceColumn[];
  unavailable: UnavailableChoice[];
  failure?: ResolvedFailure;
  estimateInputs: EstimateInputs;
  /** The clients the figures are about (pods no Service selects, and --from). */
  clients: string[];
  /** Set when the live cluster at a timeline moment is compared; absent, the files as written are. */
  moment?: ComparedMoment;
}
