/** Hand-built cluster objects for the kube-proxy, data-plane and route tests. */
import { defaultTrafficConfig } from '../../../src/engine/decode/decodeKubeProxyConfiguration';
import { syntheticSource } from '../../../src/engine/diagnostics';
import type { EndpointSlice, KubeProxyConfiguration, Node, Pod, Service, SliceEndpoint } from '../../../src/engine/model';
import type { ProxyEndpoint } from '../../../src/engine/proxy/proxyEndpoint';
import { endpointKey } from '../../../src/engine/proxy/proxyEndpoint';

const source = syntheticSource('test.yaml');

export function node(name: string, zone?: string): Node {
  const n: Node = {
    metadata: { name, namespace: '', labels: {}, annotations: {} },
    unschedulable: false,
    taints: [],
    ready: true,
    allocatableCpuMilli: 2000,
    controlPlane: false,
    source,
  };
  if (zone) n.zone = zone;
  return n;
}

export function service(name: string, overrides: Partial<Service> = {}): Service {
  return {
    metadata: { name, namespace: 'default', labels: {}, annotations: {} },
    type: 'ClusterIP',
    selector: { app: name },
    ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
    clusterIP: '10.96.0.10',
    externalIPs: [],
    loadBalancerIPs: [],
    internalTrafficPolicy: 'Cluster',
    sessionAffinity: 'None',
    publishNotReadyAddresses: false,
    source,
    ...overrides,
  };
}

export function slice(
  svc: string,
  endpoints: SliceEndpoint[],
  name = `${svc}-abc`,
  ports: EndpointSlice['ports'] = [{ port: 8080, protocol: 'TCP' }],
): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name, namespace: 'default', labels: { 'kubernetes.io/service-name': svc } },
    addressType: 'IPv4',
    endpoints,
    ports,
  };
}

export function sliceEndpoint(
  ip: string,
  opts: {
    node?: string;
    zone?: string;
    ready?: boolean;
    serving?: boolean;
    terminating?: boolean;
    forZones?: string[];
    forNodes?: string[];
    pod?: string;
  } = {},
): SliceEndpoint {
  const ep: SliceEndpoint = {
    addresses: [ip],
    conditions: { ready: opts.ready ?? true, serving: opts.serving ?? opts.ready ?? true, terminating: opts.terminating ?? false },
  };
  if (opts.node) ep.nodeName = opts.node;
  if (opts.zone) ep.zone = opts.zone;
  if (opts.forZones || opts.forNodes) {
    ep.hints = {};
    if (opts.forZones) ep.hints.forZones = opts.forZones.map((name) => ({ name }));
    if (opts.forNodes) ep.hints.forNodes = opts.forNodes.map((name) => ({ name }));
  }
  if (opts.pod) ep.targetRef = { kind: 'Pod', namespace: 'default', name: opts.pod };
  return ep;
}

/** A kube-proxy endpoint as upstream's BaseEndpointInfo tests write them: "IP:port". */
export function proxyEndpoint(
  key: string,
  opts: { ready?: boolean; serving?: boolean; terminating?: boolean; local?: boolean; zoneHints?: string[]; nodeHints?: string[] } = {},
): ProxyEndpoint {
  const [ip, port] = key.split(':');
  const ready = opts.ready ?? false;
  const ep: ProxyEndpoint = {
    ip: ip!,
    port: Number(port),
    key: endpointKey(ip!, Number(port)),
    ready,
    serving: opts.serving ?? ready,
    terminating: opts.terminating ?? false,
    zoneHints: opts.zoneHints ?? [],
    nodeHints: opts.nodeHints ?? [],
    pod: ip!,
  };
  if (opts.local) ep.nodeName = LOCAL_NODE;
  return ep;
}

export const LOCAL_NODE = 'test-node';

export function client(name: string, nodeName: string | undefined, ip: string): Pod {
  const pod: Pod = {
    metadata: { name, namespace: 'default', labels: {}, annotations: {} },
    spec: {
      labels: {},
      nodeSelector: {},
      requiredNodeAffinity: [],
      tolerations: [],
      topologySpreadConstraints: [],
      containerPorts: [],
      terminationGracePeriodSeconds: 30,
    },
    status: { phase: nodeName ? 'Running' : 'Pending', podIPs: nodeName ? [ip] : [], ready: true },
    source,
  };
  if (nodeName) pod.spec.nodeName = nodeName;
  return pod;
}

export function kubeProxy(
  mode: KubeProxyConfiguration['mode'] = 'iptables',
  ipvsScheduler: KubeProxyConfiguration['ipvsScheduler'] = 'rr',
): KubeProxyConfiguration {
  return { mode, ipvsScheduler, featureGates: {}, traffic: defaultTrafficConfig(false) };
}
