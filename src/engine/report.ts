/**
 * The routing report: what the engine answers. The UI and the CLI only render this.
 */
import type { Diagnostic } from './diagnostics';
import type { AutoHintsReport } from './endpointslice/autoHintsReport';
import type { LiveCluster } from './events/types';
import type { EndpointSlice, IpvsScheduler, KubeProxyTrafficConfig, PodPhase, ProxyMode, ServiceType, TrafficPolicy } from './model';
import type { FeatureGates, KubeVersion } from './version';

/** The pipeline stage that took a decision, named after the upstream component. */
export type TraceStage = 'apiserver' | 'scheduler' | 'endpointslice-controller' | 'kube-proxy' | 'data-plane' | 'client';

/** One step of an explanation: what was decided and by which Kubernetes rule. */
export interface TraceStep {
  stage: TraceStage;
  /** Upstream function or rule, e.g. "topologyModeFromHints", "CategorizeEndpoints". */
  rule: string;
  /** Plain words, e.g. "endpoint web-3 has no zone hint, so zone topology is off for every node". */
  message: string;
}

export type Verdict = 'forward' | 'drop' | 'reject';
export type TrafficKind = 'internal' | 'external';
/** Where an endpoint sits relative to the node (or client) the traffic starts from. */
export type Locality = 'same-node' | 'same-zone' | 'cross-zone' | 'unknown-zone';

export interface WeightedEndpoint {
  /** "namespace/name" of the pod behind the endpoint, or the address when there is no targetRef. */
  pod: string;
  node?: string;
  zone?: string;
  ip: string;
  port: number;
  /** Share of new connections, 0..1; the weights of a forwarding view sum to 1. */
  weight: number;
  locality: Locality;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

/** The answer for one node (or a class of identical nodes) × service port × traffic kind. */
export interface ViewResult {
  verdict: Verdict;
  endpoints: WeightedEndpoint[];
  trace: TraceStep[];
}

/** Nodes that get the same answer share one ViewClass (same zone, same local endpoints, ...). */
export interface ViewClass extends ViewResult {
  nodes: string[];
}

export interface ServicePortViews {
  /** "namespace/name" */
  service: string;
  port: number;
  portName?: string;
  protocol: string;
  traffic: TrafficKind;
  classes: ViewClass[];
  /** A dual-stack Service's views are per IP family (kube-proxy runs one proxier per family); absent for single stack. */
  ipFamily?: IPFamilyName;
}

/** An IP family as the Service API names it. */
export type IPFamilyName = 'IPv4' | 'IPv6';

/** One node × service port × traffic kind, as printed in the JSON report's `views[]`. */
export interface NodeView extends ViewResult {
  node: string;
  service: string;
  port: number;
  portName?: string;
  protocol: string;
  traffic: TrafficKind;
  /** The IP family of a dual-stack Service's view (absent for single stack). */
  ipFamily?: IPFamilyName;
}

export interface ClientRoute extends NodeView {
  /** "namespace/name" of the client pod; `node` is the node it runs on. */
  from: string;
  /** The client's address, used by hashing schedulers and session affinity. */
  fromIP: string;
  /** Seeded request simulation: requests per endpoint pod ("ns/name"), plus "dropped"/"rejected". */
  requests?: Record<string, number>;
}

export interface NodeSummary {
  name: string;
  zone?: string;
  ready: boolean;
  schedulable: boolean;
  controlPlane: boolean;
  allocatableCpuMilli: number;
  taints: string[];
  /** True for the default cluster's nodes, supplied because the input has no Node objects. */
  generated?: boolean;
  /** spec.podCIDRs as written (absent: the playground's 10.244.<index>.0/24). */
  podCIDRs?: string[];
  /** status.addresses of type InternalIP, when written. */
  internalIPs?: string[];
  /** status.addresses, when the Node gives them: `{ type: 'InternalIP', address: '192.168.49.2' }`. */
  addresses?: { type: string; address: string }[];
}

export interface PodSummary {
  /** "namespace/name" */
  key: string;
  namespace: string;
  name: string;
  node?: string;
  zone?: string;
  phase: PodPhase;
  /** status.podIP: the primary address. */
  ip?: string;
  /** status.podIPs when the pod has more than one (a dual-stack pod: one per family, the primary first). */
  ips?: string[];
  ready: boolean;
  terminating: boolean;
  labels: Record<string, string>;
  /** "Kind name" of the controller: the one the engine created the pod for, or the pod's ownerReferences controller. */
  owner?: string;
  generated: boolean;
  pendingReason?: string;
  /** Services ("ns/name") whose selector matches the pod. */
  selectedBy: string[];
  /** A pod no Service selects, or the one named by `from`: the report gives its routes. */
  client: boolean;
}

export interface ServiceSummary {
  key: string;
  namespace: string;
  name: string;
  type: ServiceType;
  ports: { name?: string; port: number; protocol: string; targetPort: number | string; nodePort?: number }[];
  /** spec.clusterIP; absent for headless and ExternalName Services. */
  clusterIP?: string;
  /** spec.clusterIPs of a dual-stack Service: one per family, the primary first. */
  clusterIPs?: string[];
  /** spec.ipFamilyPolicy and spec.ipFamilies as the API server defaulted them. */
  ipFamilyPolicy?: 'SingleStack' | 'PreferDualStack' | 'RequireDualStack';
  ipFamilies?: ('IPv4' | 'IPv6')[];
  /** spec.externalIPs, when any. */
  externalIPs?: string[];
  /** status.loadBalancer.ingress IPs, when any. */
  loadBalancerIPs?: string[];
  /** status.loadBalancer.ingress hostnames, when any (no IP is invented for them). */
  loadBalancerHostnames?: string[];
  trafficDistribution?: string;
  internalTrafficPolicy: TrafficPolicy;
  externalTrafficPolicy?: TrafficPolicy;
  sessionAffinity: 'None' | 'ClientIP';
  sessionAffinityTimeoutSeconds?: number;
  /** spec.healthCheckNodePort (LoadBalancer, externalTrafficPolicy Local). */
  healthCheckNodePort?: number;
  /** spec.loadBalancerSourceRanges, trimmed. */
  loadBalancerSourceRanges?: string[];
  /** Load-balancer ingress IPs with ipMode Proxy: not programmed by kube-proxy. */
  loadBalancerProxyIPs?: string[];
  topologyMode?: string;
  /** True when its EndpointSlices came from the input instead of the controller. */
  userSlices: boolean;
  /** What the EndpointSlice controller did about hints, and why. */
  hintsTrace: TraceStep[];
  /** With the topology-mode Auto annotation: the controller's allocation per zone, explained. */
  topologyAuto?: AutoHintsReport;
  /**
   * Headless and ExternalName Services: kube-proxy programs nothing; what cluster DNS answers for
   * `name` instead (the ready endpoints' addresses, or the CNAME target), and why, in one message.
   */
  dns?: { kind: 'headless' | 'ExternalName'; name: string; answers: string[]; message: string };
}

export interface RoutingReport {
  kubernetesVersion: KubeVersion;
  proxyMode: ProxyMode;
  ipvsScheduler?: IpvsScheduler;
  /** kube-proxy's version when it differs from `kubernetesVersion` (version skew). */
  kubeProxyVersion?: KubeVersion;
  featureGates: { controlPlane: FeatureGates; kubeProxy: FeatureGates };
  /** The KubeProxyConfiguration fields that shape the iptables and nftables rules (absent: kubeadm's defaults). */
  kubeProxyTraffic?: KubeProxyTrafficConfig;
  /** The Service IP ranges, when the input declares ServiceCIDRs (absent: 10.96.0.0/12 and fd00:10:96::/112). */
  serviceCIDRs?: string[];
  diagnostics: Diagnostic[];
  nodes: NodeSummary[];
  pods: PodSummary[];
  services: ServiceSummary[];
  endpointSlices: EndpointSlice[];
  /** Per service port and traffic kind, the answer for every node, grouped into classes of identical nodes. */
  serviceViews: ServicePortViews[];
  routes: ClientRoute[];
  /**
   * Dual-stack Services' second IP family: kube-proxy's other proxier's views (from the
   * EndpointSlices of that address type, to the Service's cluster IP of that family) and the routes
   * of the clients that have an address of that family. `serviceViews` and `routes` hold the
   * primary family's (the Service's `clusterIP`), tagged with `ipFamily` too.
   */
  secondaryFamily?: { serviceViews: ServicePortViews[]; routes: ClientRoute[] };
  /** Present when cluster events were replayed: the moment, what the controllers did, the drift from the files. */
  live?: LiveCluster;
}
