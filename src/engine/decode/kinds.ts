/** The kinds the playground models, and the common ones it quietly ignores. */
import type { WorkloadKind } from '../model';
import { WORKLOAD_API_VERSIONS } from '../workloads';

export type ModelledKind =
  | 'Node'
  | 'Pod'
  | 'Deployment'
  | 'Service'
  | 'EndpointSlice'
  | 'PodDisruptionBudget'
  | 'KubeProxyConfiguration'
  | 'ServiceCIDR'
  | 'Endpoints'
  | WorkloadKind;

/** kind → the one apiVersion the modelled Kubernetes versions (1.30+) serve it at. */
export const MODELLED_KINDS: Record<ModelledKind, string> = {
  Node: 'v1',
  Pod: 'v1',
  Deployment: 'apps/v1',
  Service: 'v1',
  EndpointSlice: 'discovery.k8s.io/v1',
  PodDisruptionBudget: 'policy/v1',
  KubeProxyConfiguration: 'kubeproxy.config.k8s.io/v1alpha1',
  ...WORKLOAD_API_VERSIONS,
  ServiceCIDR: 'networking.k8s.io/v1',
  Endpoints: 'v1',
};

export function isModelledKind(kind: string): kind is ModelledKind {
  return Object.prototype.hasOwnProperty.call(MODELLED_KINDS, kind);
}

/** Kinds that often sit next to a workload and do not change Service routing: reported as info. */
export const QUIETLY_IGNORED_KINDS: ReadonlySet<string> = new Set([
  'Namespace',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
  'Ingress',
  'IngressClass',
  'HorizontalPodAutoscaler',
  'LimitRange',
  'ResourceQuota',
  'PriorityClass',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'Event',
  'Lease',
]);
