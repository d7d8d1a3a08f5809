/**
 * The cluster as the engine sees it after decoding: Kubernetes objects with the API server's
 * defaults applied. Field names follow the Kubernetes API; only what routing needs is kept.
 */
import type { SourceRef } from './diagnostics';
import type { FeatureGates, KubeVersion } from './version';
import type { Workloads } from './workloads';

export const ZONE_LABEL = 'topology.kubernetes.io/zone';
export const HOSTNAME_LABEL = 'kubernetes.io/hostname';
export const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';
export const MASTER_LABEL = 'node-role.kubernetes.io/master';
export const TOPOLOGY_MODE_ANNOTATION = 'service.kubernetes.io/topology-mode';
export const TOPOLOGY_HINTS_ANNOTATION = 'service.kubernetes.io/topology-aware-hints';
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
export const CONTROLLER_NAME = 'endpointslice-controller.k8s.io';

export type Labels = Record<string, string>;

/** apps/v1's default spec.progressDeadlineSeconds. */
export const DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

export interface ObjectMeta {
  name: string;
  namespace: string;
  labels: Labels;
  annotations: Labels;
  uid?: string;
  /** RFC 3339 timestamp; set means the object is terminating. */
  deletionTimestamp?: string;
}

export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

export interface Taint {
  key: string;
  value?: string;
  effect: TaintEffect;
}

export interface Toleration {
  key?: string;
  operator: 'Exists' | 'Equal';
  value?: string;
  /** Empty means every effect. */
  effect?: TaintEffect;
}

export interface NodeSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';
  values: string[];
}

/** requiredDuringSchedulingIgnoredDuringExecution: the terms are ORed, the expressions in a term ANDed. */
export interface NodeSelectorTerm {
  matchExpressions: NodeSelectorRequirement[];
  /**
   * Requirements on the Node object's fields; only `metadata.name` exists. The engine writes it for
   * the DaemonSet controller's pods (ReplaceDaemonSetPodNodeNameNodeAffinity); files' matchFields
   * are not read.
   */
  matchFields?: NodeSelectorRequirement[];
}

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values: string[];
}

export interface LabelSelector {
  matchLabels: Labels;
  matchExpressions: LabelSelectorRequirement[];
}

export interface TopologySpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway';
  labelSelector?: LabelSelector;
  minDomains?: number;
}

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol: Protocol;
}

export type Protocol = 'TCP' | 'UDP' | 'SCTP';

export interface Node {
  metadata: ObjectMeta;
  /** `topology.kubernetes.io/zone`; undefined when the label is missing or empty. */
  zone?: string;
  unschedulable: boolean;
  taints: Taint[];
  /** Ready condition is True. */
  ready: boolean;
  /** status.allocatable.cpu in millicores. */
  allocatableCpuMilli: number;
  /** Carries node-role.kubernetes.io/control-plane or /master (excluded from Auto hint CPU accounting). */
  controlPlane: boolean;
  /** Supplied by the playground because the input has no Node objects (decode/defaultCluster). */
  generated?: boolean;
  /** spec.podCIDRs (or spec.podCIDR) as written; kube-proxy's NodeCIDR local-traffic detector reads them. */
  podCIDRs?: string[];
  /** status.addresses of type InternalIP: the node IPs kube-proxy's nodePortAddresses and firewall rules use. */
  internalIPs?: string[];
  /** status.addresses as written (InternalIP, ExternalIP, Hostname …); absent when the Node gives none. */
  addresses?: NodeAddress[];
  source: SourceRef;
}

/** core/v1 NodeAddress. */
export interface NodeAddress {
  type: string;
  address: string;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface PodSpecTemplate {
  labels: Labels;
  nodeSelector: Labels;
  requiredNodeAffinity: NodeSelectorTerm[];
  tolerations: Toleration[];
  topologySpreadConstraints: TopologySpreadConstraint[];
  containerPorts: ContainerPort[];
  /** spec.terminationGracePeriodSeconds (default 30). */
  terminationGracePeriodSeconds: number;
}

export interface Pod {
  metadata: ObjectMeta;
  spec: PodSpecTemplate & {
    /** Set by the user or by the scheduler; undefined while Pending. */
    nodeName?: string;
  };
  status: {
    phase: PodPhase;
    podIPs: string[];
    /** Ready condition is True. */
    ready: boolean;
  };
  /** The input gave a status (a dump of a live pod): nothing in it is assumed, no IP is invented. */
  statusGiven?: boolean;
  /** The controller (in the pod's namespace) that created the pod, when the engine created it. */
  owner?: { kind: OwnerKind; name: string };
  /** metadata.ownerReferences' controller as the files give it (a cluster dump's pods). */
  controllerRef?: { kind: string; name: string };
  /** Why the scheduler could not place it, in the scheduler's words. */
  pendingReason?: string;
  source: SourceRef;
}

/** An int or a percent string such as "25%" (intstr.IntOrString), as written. */
export type IntOrPercent = number | string;

/** spec.strategy: RollingUpdate (maxSurge/maxUnavailable, both 25% by default) or Recreate. */
export type DeploymentStrategy = { type: 'RollingUpdate'; maxSurge: IntOrPercent; maxUnavailable: IntOrPercent } | { type: 'Recreate' };

export interface Deployment {
  metadata: ObjectMeta;
  replicas: number;
  selector: LabelSelector;
  template: PodSpecTemplate;
  /**
   * spec.template as written (or as the last patch left it), read-only. What the engine does not
   * model (images, env, template annotations…) counts in the pod-template-hash, as upstream hashes
   * the whole template, and is kept when a patch is applied. Absent for Deployments built in code.
   */
  writtenTemplate?: Readonly<Record<string, unknown>>;
  /** Absent means the API server's default: RollingUpdate with maxSurge and maxUnavailable 25%. */
  strategy?: DeploymentStrategy;
  /** Seconds a new pod must be Ready before it counts as available (default 0). */
  minReadySeconds?: number;
  /** spec.paused: a changed template does not roll out until resumed. */
  paused?: boolean;
  /** Seconds without progress before the rollout is reported failed (default 600). */
  progressDeadlineSeconds?: number;
  /** What the Deployment controller reports; set only on the live cluster of a simulated timeline. */
  status?: DeploymentStatus;
  source: SourceRef;
}

export interface DeploymentCondition {
  type: 'Available' | 'Progressing';
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
}

/** Deployment status as the controller writes it (apps/v1 DeploymentStatus, the fields kubectl reads). */
export interface DeploymentStatus {
  /** Pods not being deleted, of every template. */
  replicas: number;
  /** Of those, pods of the current template. */
  updatedReplicas: number;
  readyReplicas: number;
  /** Ready for at least minReadySeconds. */
  availableReplicas: number;
  unavailableReplicas: number;
  conditions: DeploymentCondition[];
  /** Available pods by pod-template-hash: each of its ReplicaSets' status.availableReplicas. */
  availableByTemplateHash?: Record<string, number>;
}

/**
 * policy/v1 PodDisruptionBudget: how many of the selected pods voluntary evictions (kubectl drain)
 * must leave healthy. At most one of minAvailable and maxUnavailable is set.
 */
export interface PodDisruptionBudget {
  metadata: ObjectMeta;
  /** Undefined selects nothing; an empty selector selects every pod of the namespace (policy/v1). */
  selector?: LabelSelector;
  minAvailable?: IntOrPercent;
  maxUnavailable?: IntOrPercent;
  /** Whether a not-Ready pod may be evicted while the budget is not met (default IfHealthyBudget). */
  unhealthyPodEvictionPolicy: 'IfHealthyBudget' | 'AlwaysAllow';
  source: SourceRef;
}

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
export type TrafficPolicy = 'Cluster' | 'Local';

export interface ServicePort {
  name?: string;
  protocol: Protocol;
  port: number;
  /** A number, or the name of a container port. Defaults to `port`. */
  targetPort: number | string;
  nodePort?: number;
  /** spec.ports[].appProtocol (e.g. "http", "kubernetes.io/h2c"), copied to EndpointSlice ports. */
  appProtocol?: string;
}

export interface Service {
  metadata: ObjectMeta;
  type: ServiceType;
  /** Undefined for Services without a selector (their EndpointSlices are not managed). */
  selector?: Labels;
  ports: ServicePort[];
  clusterIP?: string;
  /** One cluster IP per family of a dual-stack Service (clusterIPs[0] is clusterIP); absent when single-stack. */
  clusterIPs?: string[];
  /** spec.ipFamilies after defaulting (absent for ExternalName). */
  ipFamilies?: ('IPv4' | 'IPv6')[];
  ipFamilyPolicy?: 'SingleStack' | 'PreferDualStack' | 'RequireDualStack';
  /** spec.externalName of an ExternalName Service. */
  externalName?: string;
  externalIPs: string[];
  /** status.loadBalancer.ingress IPs (LoadBalancer VIPs). */
  loadBalancerIPs: string[];
  /** status.loadBalancer.ingress hostnames (e.g. an AWS ELB's): clients resolve them, kube-proxy programs no rule for them. */
  loadBalancerHostnames?: string[];
  /** As written. A value the version does not accept is an API error: the Service is not applied. */
  trafficDistribution?: string;
  internalTrafficPolicy: TrafficPolicy;
  /** Only set for externally accessible Services (defaulted to Cluster there). */
  externalTrafficPolicy?: TrafficPolicy;
  sessionAffinity: 'None' | 'ClientIP';
  /** sessionAffinityConfig.clientIP.timeoutSeconds, defaulted to 10800 with ClientIP. */
  sessionAffinityTimeoutSeconds?: number;
  publishNotReadyAddresses: boolean;
  /** spec.healthCheckNodePort (LoadBalancer with externalTrafficPolicy Local), allocated when unset. */
  healthCheckNodePort?: number;
  /** spec.loadBalancerSourceRanges, trimmed (LoadBalancer only): who may reach the load-balancer IPs. */
  loadBalancerSourceRanges?: string[];
  /** status.loadBalancer.ingress IPs written with ipMode Proxy: kube-proxy programs no rule for them (KEP-1860). */
  loadBalancerProxyIPs?: string[];
  source: SourceRef;
}

/** discovery.k8s.io/v1 EndpointSlice, as the API returns it. */
export interface EndpointSlice {
  apiVersion: 'discovery.k8s.io/v1';
  kind: 'EndpointSlice';
  metadata: {
    name: string;
    namespace: string;
    generateName?: string;
    labels: Labels;
    annotations?: Labels;
    ownerReferences?: { apiVersion: string; kind: string; name: string; controller?: boolean }[];
  };
  addressType: 'IPv4' | 'IPv6' | 'FQDN';
  endpoints: SliceEndpoint[];
  ports: { name?: string; port?: number; protocol?: Protocol; appProtocol?: string }[];
}

export interface SliceEndpoint {
  addresses: string[];
  /** Set by the mirroring controller from an Endpoints address's hostname. */
  hostname?: string;
  conditions: { ready?: boolean; serving?: boolean; terminating?: boolean };
  nodeName?: string;
  zone?: string;
  hints?: { forZones?: { name: string }[]; forNodes?: { name: string }[] };
  targetRef?: { kind: 'Pod'; namespace: string; name: string; uid?: string };
}

/** The mirroring controller's value of the managed-by label. */
export const MIRRORING_CONTROLLER_NAME = 'endpointslicemirroring-controller.k8s.io';

/** core/v1 EndpointAddress. */
export interface EndpointAddress {
  ip: string;
  hostname?: string;
  nodeName?: string;
  targetRef?: { kind: string; namespace?: string; name: string; uid?: string };
}

/** core/v1 Endpoints (deprecated in 1.33 in favour of EndpointSlice), for Services without a selector. */
export interface Endpoints {
  metadata: ObjectMeta;
  subsets: {
    addresses: EndpointAddress[];
    notReadyAddresses: EndpointAddress[];
    ports: { name?: string; port: number; protocol: Protocol; appProtocol?: string }[];
  }[];
  source: SourceRef;
}

export type ProxyMode = 'iptables' | 'ipvs' | 'nftables' | 'kernelspace';
export const IPVS_SCHEDULERS = ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'sh', 'dh', 'sed', 'nq', 'mh'] as const;
export type IpvsScheduler = (typeof IPVS_SCHEDULERS)[number];

export interface KubeProxyConfiguration {
  mode: ProxyMode;
  /** Empty in the file means rr. */
  ipvsScheduler: IpvsScheduler;
  /** As written in featureGates (validated against the version when gates are resolved). */
  featureGates: Record<string, unknown>;
  /** The fields that shape the iptables and nftables rules. */
  traffic: KubeProxyTrafficConfig;
  source?: SourceRef;
}

export type DetectLocalMode = 'ClusterCIDR' | 'NodeCIDR' | 'BridgeInterface' | 'InterfaceNamePrefix';

/**
 * KubeProxyConfiguration fields the iptables and nftables proxiers read when they write rules:
 * local-traffic detection, masquerading, and which node addresses accept NodePort traffic.
 */
export interface KubeProxyTrafficConfig {
  /** clusterCIDR as written: comma-separated CIDRs, at most one per family ("" when unset). */
  clusterCIDR: string;
  /** detectLocalMode, defaulted to ClusterCIDR. */
  detectLocalMode: DetectLocalMode;
  /** detectLocal.bridgeInterface / detectLocal.interfaceNamePrefix. */
  bridgeInterface: string;
  interfaceNamePrefix: string;
  /** iptables.masqueradeAll: read by the iptables and IPVS proxiers (v1alpha1 has no top-level masqueradeAll). */
  masqueradeAll: boolean;
  /** iptables.masqueradeBit (0…31, default 14): the packet mark is 1 << bit, for the iptables and IPVS proxiers. */
  masqueradeBit: number;
  /** nftables.masqueradeAll: what the nftables proxier reads instead. */
  nftablesMasqueradeAll: boolean;
  /** nftables.masqueradeBit (0…31, default 14): the nftables proxier's mark bit. */
  nftablesMasqueradeBit: number;
  /** nodePortAddresses: CIDRs and/or "primary"; empty means every local address. */
  nodePortAddresses: string[];
  /** iptables.localhostNodePorts (default true). */
  localhostNodePorts: boolean;
  /** False when no KubeProxyConfiguration was given: the playground uses kubeadm's (clusterCIDR = the pod network). */
  written: boolean;
}

/** Workload controllers besides Deployments (workloads.ts holds their objects). */
export type WorkloadKind = 'DaemonSet' | 'StatefulSet' | 'ReplicaSet' | 'ReplicationController';
export type OwnerKind = 'Deployment' | WorkloadKind;

/** Everything the pipeline needs after decoding. Events (drain, scale, ...) produce a new ClusterState. */
export interface ClusterState {
  version: KubeVersion;
  nodes: Node[];
  /** Pods as given by the user (bare Pods, or pods from a cluster dump). */
  pods: Pod[];
  deployments: Deployment[];
  services: Service[];
  podDisruptionBudgets: PodDisruptionBudget[];
  /** EndpointSlices the user supplied; a Service that has any uses them instead of generated ones. */
  endpointSlices: { slice: EndpointSlice; source: SourceRef }[];
  /** v1 Endpoints the user supplied; the mirroring controller mirrors those of selectorless Services. */
  endpoints?: Endpoints[];
  kubeProxy: KubeProxyConfiguration;
  /** The Service IP ranges, when the input declares ServiceCIDRs (absent: 10.96.0.0/12 and fd00:10:96::/112). */
  serviceIPRanges?: string[];
  /** Gates of the API server and EndpointSlice controller. */
  controlPlaneGates: FeatureGates;
  /** Gates of kube-proxy (defaults plus KubeProxyConfiguration.featureGates). */
  kubeProxyGates: FeatureGates;
  /** kube-proxy's version when it differs from the control plane's (version skew); undefined means the same. */
  kubeProxyVersion?: KubeVersion;
  /** apps/v1 DaemonSets, StatefulSets, ReplicaSets and v1 ReplicationControllers (absent: none). */
  workloads?: Workloads;
  /** networking.k8s.io ServiceCIDRs the input declares (absent: none; the API server's own `kubernetes` one is implied). */
  serviceCIDRs?: ServiceCIDRObject[];
}

/** A ServiceCIDR as `kubectl get servicecidr` lists it. */
export interface ServiceCIDRObject {
  name: string;
  /** spec.cidrs as written (canonical, at most one per family). */
  cidrs: string[];
  /** The API server's own `kubernetes` ServiceCIDR (from --service-cluster-ip-range), not in the input. */
  implied?: boolean;
}

/** "namespace/name", the way Kubernetes prints object keys. */
export function keyOf(meta: { namespace: string; name: string }): string {
  return `${meta.namespace}/${meta.name}`;
}

/**
 * An object key from what a person typed: a bare name is in the default namespace, as kubectl assumes.
 *
 * @example
 * normalizeObjectKey('client'); // "default/client"
 * normalizeObjectKey('web/client'); // "web/client"
 */
export function normalizeObjectKey(key: string): string {
  return key.includes('/') ? key : `default/${key}`;
}

/**
 * An object key as kubectl prints it: the default namespace goes unsaid.
 *
 * @example
 * shortObjectKey('default/echo-7c9-abcde'); // "echo-7c9-abcde"
 * shortObjectKey('web/client'); // "web/client"
 */
export function shortObjectKey(key: string): string {
  return key.startsWith('default/') ? key.slice('default/'.length) : key;
}
