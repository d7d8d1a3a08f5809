/**
 * Declarative checks on a routing report: data, not code, so scenarios and challenges can state
 * what an instructor wants the audience to observe and the engine can confirm it.
 */
import type { Locality, TrafficKind, Verdict } from '../report';

/** Which endpoints an expectation speaks of: any field given must match. */
export interface EndpointFilter {
  pod?: string;
  node?: string;
  zone?: string;
  locality?: Locality;
  terminating?: boolean;
}

/** What every matched route (or node view) must show; every field given is checked. */
export interface RouteExpectation {
  verdict?: Verdict;
  /** Every endpoint that receives traffic (weight > 0) matches. */
  allTo?: EndpointFilter;
  /** No endpoint that receives traffic matches. */
  noneTo?: EndpointFilter;
  /** At least one endpoint that receives traffic matches. */
  someTo?: EndpointFilter;
  /** How many endpoints receive traffic. */
  endpointCount?: number;
  /** Share of new connections per zone, each within ±0.01 (zones not listed must get nothing). */
  sharesByZone?: Record<string, number>;
  /** Some step of the explanation contains this text (case-insensitive). */
  traceIncludes?: string;
}

/** Client routes from one pod, or from every client on a node or in a zone. */
export interface RouteTarget {
  from?: string;
  fromNode?: string;
  fromZone?: string;
  service: string;
  port?: number;
}

/** Node views: what kube-proxy on each matched node does for the Service. */
export interface ViewTarget {
  service: string;
  node?: string;
  zone?: string;
  /** Only nodes that do (true) or do not (false) run a Ready endpoint of the Service. */
  withLocalEndpoint?: boolean;
  traffic?: TrafficKind;
  port?: number;
}

/** Topology hints of a Service's EndpointSlices. */
export interface HintsExpectation {
  /** Every Ready endpoint carries a zone hint (true), or none does (false). */
  zoneHints?: boolean;
  /** Number of Ready endpoints hinted for each zone. */
  hintsByZone?: Record<string, number>;
  /** The EndpointSlice controller's hints trace contains this text (case-insensitive). */
  traceIncludes?: string;
}

export interface PodsTarget {
  /** "ns/name" of the controller (Deployment, DaemonSet, StatefulSet…) that owns the pods. */
  owner?: string;
  labels?: Record<string, string>;
  node?: string;
  zone?: string;
}

export interface PodsExpectation {
  /** Pods that are Running and Ready, not terminating. */
  ready?: number;
  terminating?: number;
  pending?: number;
}

/** A seeded run of sequential requests from one client, as the inspector's Send requests does. */
export interface RequestsTarget {
  from: string;
  service: string;
  port?: number;
  count: number;
  seed?: number;
}

export interface RequestsExpectation {
  /** How many different endpoints answered. */
  distinctEndpoints?: number;
  /** At least this many different endpoints answered. */
  minDistinctEndpoints?: number;
}

export type Check =
  | { route: RouteTarget; expect: RouteExpectation }
  | { requests: RequestsTarget; expect: RequestsExpectation }
  | { views: ViewTarget; expect: RouteExpectation }
  | { hints: { service: string }; expect: HintsExpectation }
  | { pods: PodsTarget; expect: PodsExpectation };

export interface CheckResult {
  pass: boolean;
  /** What was checked and, when it failed, what the report shows instead. */
  message: string;
}
