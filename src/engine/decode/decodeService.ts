/** v1 Service: read as written, with the API server's defaults (core/v1 SetDefaults_Service). */
import { invalid, renderPath } from '../validation/fieldErrors';
import { externallyAccessible, type WrittenService, type WrittenServicePort } from '../validation/writtenService';
import { decodeObjectMeta } from './decodeObjectMeta';
import type { ObjectContext } from './objectContext';
import { readBool, readInt, readObj, readObjArray, readString, readStringArray, readStringMap, type Obj } from './read';

/** core/v1 DefaultClientIPServiceAffinitySeconds. */
export const DEFAULT_AFFINITY_TIMEOUT_SECONDS = 10800;

/**
 * Reads a Service and applies defaulting: type ClusterIP, protocol TCP, targetPort = port,
 * sessionAffinity None (ClientIP timeout 10800), internalTrafficPolicy Cluster, and
 * externalTrafficPolicy Cluster for externally accessible Services only.
 *
 * @example
 * decodeService(echoSvc, ctx).ports[0]; // { name: '', protocol: 'TCP', port: 80, targetPort: 5678, nodePort: 0 }
 */
export function decodeService(obj: Obj, ctx: ObjectContext): WrittenService {
  const metadata = decodeObjectMeta(obj, ctx, { namespaced: true, nameRule: 'dns1035' });
  const spec = readObj(obj, 'spec', ctx, []) ?? {};
  const s = ['spec'];
  const type = readString(spec, 'type', ctx, s) || 'ClusterIP';
  const selector = readStringMap(spec, 'selector', ctx, s);
  const ports: WrittenServicePort[] = [];
  for (const { item, index } of readObjArray(spec, 'ports', ctx, s)) ports.push(decodePort(item, ctx, ['spec', 'ports', index]));

  const externalIPs = readStringArray(spec, 'externalIPs', ctx, s);
  const sessionAffinity = readString(spec, 'sessionAffinity', ctx, s) || 'None';
  const affinityConfig = readObj(spec, 'sessionAffinityConfig', ctx, s);
  const clientIP = affinityConfig && readObj(affinityConfig, 'clientIP', ctx, ['spec', 'sessionAffinityConfig']);
  let timeout = clientIP && readInt(clientIP, 'timeoutSeconds', ctx, ['spec', 'sessionAffinityConfig', 'clientIP']);
  if (sessionAffinity === 'ClientIP' && timeout === undefined) timeout = DEFAULT_AFFINITY_TIMEOUT_SECONDS;

  const written: WrittenService = {
    metadata,
    type,
    ports,
    clusterIP: readString(spec, 'clusterIP', ctx, s) ?? '',
    externalIPs,
    loadBalancerIPs: readLoadBalancerIngress(obj, ctx, 'ip'),
    externalName: readString(spec, 'externalName', ctx, s) ?? '',
    externalTrafficPolicy: readString(spec, 'externalTrafficPolicy', ctx, s) ?? '',
    sessionAffinity,
    sessionAffinityConfigSet: affinityConfig !== undefined,
    healthCheckNodePort: readInt(spec, 'healthCheckNodePort', ctx, s) ?? 0,
    publishNotReadyAddresses: readBool(spec, 'publishNotReadyAddresses', ctx, s) ?? false,
  };
  if (readFromLiveCluster(obj)) written.live = true;
  const clusterIPs = readStringArray(spec, 'clusterIPs', ctx, s);
  if (clusterIPs.length) {
    written.clusterIPs = clusterIPs;
    // The API server takes clusterIP from clusterIPs[0] when only clusterIPs is written.
    if (!written.clusterIP) written.clusterIP = clusterIPs[0]!;
  }
  const ipFamilyPolicy = readString(spec, 'ipFamilyPolicy', ctx, s);
  if (ipFamilyPolicy) written.ipFamilyPolicy = ipFamilyPolicy;
  const ipFamilies = readStringArray(spec, 'ipFamilies', ctx, s);
  if (ipFamilies.length) written.ipFamilies = ipFamilies;
  const hostnames = readLoadBalancerIngress(obj, ctx, 'hostname');
  if (hostnames.length) written.loadBalancerHostnames = hostnames;
  const proxyIPs = readProxyModeIngress(obj);
  if (proxyIPs.length) written.loadBalancerProxyIPs = proxyIPs;
  const sourceRanges = readStringArray(spec, 'loadBalancerSourceRanges', ctx, s);
  if (sourceRanges.length) written.loadBalancerSourceRanges = sourceRanges;
  // NOTE: an empty selector ({}) is stored as no selector (protobuf drops empty maps), so the
  // Service's EndpointSlices are not managed — the same as leaving it out.
  if (selector && Object.keys(selector).length > 0) written.selector = selector;
  if (timeout !== undefined) written.sessionAffinityTimeoutSeconds = timeout;
  const trafficDistribution = readString(spec, 'trafficDistribution', ctx, s);
  if (trafficDistribution !== undefined) written.trafficDistribution = trafficDistribution;
  const itp = readString(spec, 'internalTrafficPolicy', ctx, s);
  if (itp) written.internalTrafficPolicy = itp;
  else if (type === 'ClusterIP' || type === 'NodePort' || type === 'LoadBalancer') written.internalTrafficPolicy = 'Cluster';
  if (!written.externalTrafficPolicy && externallyAccessible(written)) written.externalTrafficPolicy = 'Cluster';
  const allocate = readBool(spec, 'allocateLoadBalancerNodePorts', ctx, s);
  if (allocate !== undefined) written.allocateLoadBalancerNodePorts = allocate;
  else if (type === 'LoadBalancer') written.allocateLoadBalancerNodePorts = true;
  return written;
}

function decodePort(item: Obj, ctx: ObjectContext, path: (string | number)[]): WrittenServicePort {
  const port = readInt(item, 'port', ctx, path) ?? 0;
  const raw = item.targetPort;
  let targetPort: number | string = port;
  if (typeof raw === 'number' && Number.isInteger(raw)) targetPort = raw === 0 ? port : raw;
  else if (typeof raw === 'string') targetPort = raw === '' ? port : raw;
  else if (raw !== undefined && raw !== null)
    ctx.error([...path, 'targetPort'], invalid(renderPath([...path, 'targetPort']), raw, 'must be an integer port number or a port name'));
  const written: WrittenServicePort = {
    name: readString(item, 'name', ctx, path) ?? '',
    protocol: readString(item, 'protocol', ctx, path) || 'TCP',
    port,
    targetPort,
    nodePort: readInt(item, 'nodePort', ctx, path) ?? 0,
  };
  const appProtocol = readString(item, 'appProtocol', ctx, path);
  if (appProtocol) written.appProtocol = appProtocol;
  return written;
}

function readLoadBalancerIngress(obj: Obj, ctx: ObjectContext, field: 'ip' | 'hostname'): string[] {
  const status = readObj(obj, 'status', ctx, []);
  const lb = status && readObj(status, 'loadBalancer', ctx, ['status']);
  if (!lb) return [];
  const ips: string[] = [];
  for (const { item, index } of readObjArray(lb, 'ingress', ctx, ['status', 'loadBalancer'])) {
    const value = readString(item, field, ctx, ['status', 'loadBalancer', 'ingress', index]);
    if (value) ips.push(value);
  }
  return ips;
}

/**
 * The ingress IPs whose `ipMode` is Proxy (KEP-1860, LoadBalancerIPMode: on by default from 1.30,
 * GA in 1.32): the load balancer delivers to the node with its own address as destination, so
 * kube-proxy leaves such an IP out (proxyutil.IsVIPMode). Unset means VIP.
 */
function readProxyModeIngress(obj: Obj): string[] {
  const status = obj.status as Obj | undefined;
  const lb = status && typeof status === 'object' ? (status.loadBalancer as Obj | undefined) : undefined;
  const ingress = lb && typeof lb === 'object' ? lb.ingress : undefined;
  if (!Array.isArray(ingress)) return [];
  const out: string[] = [];
  for (const item of ingress) {
    if (item && typeof item === 'object' && item.ipMode === 'Proxy' && typeof item.ip === 'string' && item.ip) out.push(item.ip);
  }
  return out;
}

/** Fields only the API server writes: the object comes from a `kubectl get -o yaml` of a live cluster. */
function readFromLiveCluster(obj: Obj): boolean {
  const meta = obj.metadata;
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return false;
  const m = meta as Obj;
  return (
    Array.isArray(m.managedFields) ||
    typeof m.resourceVersion === 'string' ||
    typeof m.uid === 'string' ||
    typeof m.creationTimestamp === 'string'
  );
}
