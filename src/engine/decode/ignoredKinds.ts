/**
 * What the playground says about a kind it does not model: an info with the reason it does not
 * change Service routing, or a warning when it does and the routes shown may not be what happens.
 */
import type { Severity } from '../diagnostics';
import { QUIETLY_IGNORED_KINDS } from './kinds';

const RBAC = 'RBAC decides who may call the Kubernetes API, not where packets go';
const STORAGE = 'storage is mounted by the kubelet; kube-proxy never reads it';
const CONFIG = 'configuration for containers; kube-proxy never reads it';
const EDGE =
  'it routes traffic from outside the cluster to Services through a controller (an ingress or Gateway implementation) the playground does not model; the Service routes shown are what the controller reaches, not the path in front of it';
const POLICY =
  'it allows or blocks connections in the network plugin (not kube-proxy), so a route shown here as forwarding may be dropped by the policy';

/** Kind → [severity, why]. Kinds not listed: QUIETLY_IGNORED_KINDS are info, anything else a warning without a reason. */
const NOTES: Record<string, [Severity, string]> = {
  Namespace: ['info', 'namespaces need no object here; every namespace an object names exists'],
  ConfigMap: ['info', CONFIG],
  Secret: ['info', CONFIG],
  ServiceAccount: ['info', RBAC],
  Role: ['info', RBAC],
  RoleBinding: ['info', RBAC],
  ClusterRole: ['info', RBAC],
  ClusterRoleBinding: ['info', RBAC],
  PersistentVolume: ['info', STORAGE],
  PersistentVolumeClaim: ['info', STORAGE],
  StorageClass: ['info', STORAGE],
  VolumeAttachment: ['info', STORAGE],
  CSIDriver: ['info', STORAGE],
  HorizontalPodAutoscaler: [
    'info',
    'it changes replicas from metrics over time; the playground uses spec.replicas (scale on the timeline instead)',
  ],
  VerticalPodAutoscaler: ['info', 'it changes container resources, not which pods a Service selects'],
  LimitRange: ['info', 'it defaults and limits container resources at admission; routing does not depend on it'],
  ResourceQuota: ['info', 'it limits what a namespace may create; routing does not depend on it'],
  PriorityClass: ['info', 'pod priority matters for preemption, which the playground does not model; routing does not depend on it'],
  RuntimeClass: ['info', 'it selects the container runtime; routing does not depend on it'],
  CustomResourceDefinition: ['info', 'it defines an API type; routing does not depend on it'],
  Event: ['info', 'a record of what happened; it changes nothing'],
  Lease: ['info', 'used for leader election and node heartbeats; routing does not depend on it'],
  IngressClass: ['info', 'it names an ingress controller; see the Ingress objects for what it routes'],
  GatewayClass: ['info', 'it names a Gateway implementation; see the Gateway and route objects for what it routes'],
  IPAddress: ['info', 'the API server records each allocated cluster IP in one; the playground allocates from the ServiceCIDRs itself'],
  Job: ['info', "its pods run to completion and are rarely a Service's backends; add them as Pods to route to them"],
  CronJob: ['info', "its pods run to completion and are rarely a Service's backends; add them as Pods to route to them"],
  MutatingWebhookConfiguration: ['info', 'admission webhooks change objects when they are written; the input is taken as already admitted'],
  ValidatingWebhookConfiguration: [
    'info',
    'admission webhooks check objects when they are written; the input is taken as already admitted',
  ],
  Ingress: ['warning', EDGE],
  Gateway: ['warning', EDGE],
  HTTPRoute: ['warning', EDGE],
  GRPCRoute: ['warning', EDGE],
  TLSRoute: ['warning', EDGE],
  TCPRoute: ['warning', EDGE],
  UDPRoute: ['warning', EDGE],
  NetworkPolicy: ['warning', POLICY],
  AdminNetworkPolicy: ['warning', POLICY],
  BaselineAdminNetworkPolicy: ['warning', POLICY],
  CiliumNetworkPolicy: ['warning', POLICY],
  CiliumClusterwideNetworkPolicy: ['warning', POLICY],
};

/**
 * The diagnostic for an object of a kind the playground does not model.
 *
 * @example
 * ignoredKindNote('NetworkPolicy', 'networking.k8s.io/v1', ' "deny-all"').severity; // 'warning'
 * ignoredKindNote('ConfigMap', 'v1', ' "settings"').message;
 * // 'ConfigMap "settings" (v1) is not modelled by the playground; ignored: configuration for containers; kube-proxy never reads it'
 */
export function ignoredKindNote(kind: string, apiVersion: string, name: string): { severity: Severity; message: string } {
  const note = Object.prototype.hasOwnProperty.call(NOTES, kind) ? NOTES[kind] : undefined;
  const severity: Severity = note ? note[0] : QUIETLY_IGNORED_KINDS.has(kind) ? 'info' : 'warning';
  const message = `${kind}${name} (${apiVersion}) is not modelled by the playground; ignored${note ? `: ${note[1]}` : ''}`;
  return { severity, message };
}
