/** Hand-built cluster objects for scheduler tests (the decoder is tested on its own). */
import { defaultKubeProxyConfiguration } from '../../../src/engine/decode/decodeKubeProxyConfiguration';
import type { SourceRange, SourceRef } from '../../../src/engine/diagnostics';
import {
  HOSTNAME_LABEL,
  ZONE_LABEL,
  type ClusterState,
  type Deployment,
  type LabelSelector,
  type Labels,
  type Node,
  type NodeSelectorTerm,
  type Pod,
  type PodPhase,
  type PodSpecTemplate,
  type Service,
  type Taint,
  type Toleration,
  type TopologySpreadConstraint,
} from '../../../src/engine/model';
import { defaultGates, type KubeVersion } from '../../../src/engine/version';

/** A source whose every field sits at `line` of `file`. */
export function sourceAt(file: string, line: number): SourceRef {
  const range: SourceRange = { file, line, column: 1, endLine: line, endColumn: 1 };
  return { file, range, locate: () => range };
}

export interface NodeOptions {
  zone?: string;
  labels?: Labels;
  taints?: Taint[];
  ready?: boolean;
  unschedulable?: boolean;
  cpu?: number;
  line?: number;
}

export function node(name: string, o: NodeOptions = {}): Node {
  const labels: Labels = { [HOSTNAME_LABEL]: name, ...(o.zone !== undefined ? { [ZONE_LABEL]: o.zone } : {}), ...o.labels };
  const result: Node = {
    metadata: { name, namespace: '', labels, annotations: {} },
    unschedulable: o.unschedulable ?? false,
    taints: o.taints ?? [],
    ready: o.ready ?? true,
    allocatableCpuMilli: o.cpu ?? 4000,
    controlPlane: false,
    source: sourceAt('nodes.yaml', o.line ?? 1),
  };
  if (o.zone) result.zone = o.zone;
  return result;
}

export interface TemplateOptions {
  labels?: Labels;
  nodeSelector?: Labels;
  affinity?: NodeSelectorTerm[];
  tolerations?: Toleration[];
  spread?: TopologySpreadConstraint[];
}

export function template(o: TemplateOptions = {}): PodSpecTemplate {
  return {
    labels: o.labels ?? {},
    nodeSelector: o.nodeSelector ?? {},
    requiredNodeAffinity: o.affinity ?? [],
    tolerations: o.tolerations ?? [],
    topologySpreadConstraints: o.spread ?? [],
    containerPorts: [{ containerPort: 8080, protocol: 'TCP' }],
    terminationGracePeriodSeconds: 30,
  };
}

export interface PodOptions extends TemplateOptions {
  namespace?: string;
  nodeName?: string;
  podIPs?: string[];
  phase?: PodPhase;
  ready?: boolean;
  deleting?: boolean;
  file?: string;
  line?: number;
}

export function pod(name: string, o: PodOptions = {}): Pod {
  const spec = template(o);
  const result: Pod = {
    metadata: { name, namespace: o.namespace ?? 'default', labels: spec.labels, annotations: {} },
    spec: o.nodeName ? { ...spec, nodeName: o.nodeName } : spec,
    status: { phase: o.phase ?? (o.nodeName ? 'Running' : 'Pending'), podIPs: o.podIPs ?? [], ready: o.ready ?? true },
    source: sourceAt(o.file ?? 'pods.yaml', o.line ?? 1),
  };
  if (o.deleting) result.metadata.deletionTimestamp = '2025-01-01T00:00:00Z';
  return result;
}

export interface DeploymentOptions extends TemplateOptions {
  namespace?: string;
  selector?: LabelSelector;
  file?: string;
  line?: number;
}

export function deployment(name: string, replicas: number, o: DeploymentOptions = {}): Deployment {
  const labels = o.labels ?? { app: name };
  return {
    metadata: { name, namespace: o.namespace ?? 'default', labels: {}, annotations: {} },
    replicas,
    selector: o.selector ?? { matchLabels: labels, matchExpressions: [] },
    template: template({ ...o, labels }),
    source: sourceAt(o.file ?? 'deployments.yaml', o.line ?? 1),
  };
}

export function service(name: string, selector: Labels, namespace = 'default'): Service {
  return {
    metadata: { name, namespace, labels: {}, annotations: {} },
    type: 'ClusterIP',
    selector,
    ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
    externalIPs: [],
    loadBalancerIPs: [],
    internalTrafficPolicy: 'Cluster',
    sessionAffinity: 'None',
    publishNotReadyAddresses: false,
    source: sourceAt('services.yaml', 1),
  };
}

export function cluster(parts: {
  nodes?: Node[];
  pods?: Pod[];
  deployments?: Deployment[];
  services?: Service[];
  version?: KubeVersion;
}): ClusterState {
  const version = parts.version ?? '1.34';
  return {
    version,
    nodes: parts.nodes ?? [],
    pods: parts.pods ?? [],
    deployments: parts.deployments ?? [],
    services: parts.services ?? [],
    endpointSlices: [],
    podDisruptionBudgets: [],
    kubeProxy: defaultKubeProxyConfiguration(),
    controlPlaneGates: defaultGates(version),
    kubeProxyGates: defaultGates(version),
  };
}

/** The article's cluster: mnode (control plane, tainted, no zone), mnode-m02 (zone-a), mnode-m03 (zone-b). */
export function seedNodes(): Node[] {
  return [
    node('mnode', {
      labels: { 'node-role.kubernetes.io/control-plane': '' },
      taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }],
    }),
    node('mnode-m02', { zone: 'zone-a' }),
    node('mnode-m03', { zone: 'zone-b' }),
  ];
}
