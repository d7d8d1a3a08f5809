/**
 * Deterministic synthetic clusters for the benchmark: plain objects, as `kubectl get -o json`
 * would give them (Nodes, bound Running Pods with IPs, Services), with a mix of routing policies.
 */
import { mulberry32 } from '../../src/engine/random';

export interface ClusterSize {
  name: string;
  nodes: number;
  pods: number;
  services: number;
  zones: number;
  clients: number;
  namespaces: number;
}

export const SIZES: readonly ClusterSize[] = [
  { name: 'small', nodes: 50, pods: 500, services: 50, zones: 3, clients: 3, namespaces: 2 },
  { name: 'medium', nodes: 1_000, pods: 30_000, services: 2_000, zones: 3, clients: 5, namespaces: 10 },
  { name: 'large', nodes: 5_000, pods: 150_000, services: 10_000, zones: 5, clients: 5, namespaces: 20 },
];

/** What each Service gets, by its index modulo the list length (40% plain). */
const SERVICE_FLAVOURS = [
  'plain',
  'plain',
  'plain',
  'plain',
  'plain',
  'plain',
  'plain',
  'plain',
  'PreferClose',
  'PreferClose',
  'PreferClose',
  'PreferSameZone',
  'PreferSameZone',
  'PreferSameNode',
  'PreferSameNode',
  'internalLocal',
  'internalLocal',
  'topologyAuto',
  'nodePortLocal',
  'clientIPAffinity',
] as const;

const ZONE_LABEL = 'topology.kubernetes.io/zone';

function podIP(i: number): string {
  return `10.${64 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`;
}

/** 10.96.0.1 onwards: the service CIDR's network address is not allocatable. */
function clusterIP(i: number): string {
  const n = i + 1;
  return `10.96.${(n >> 8) & 255}.${n & 255}`;
}

function node(i: number, zones: number): Record<string, unknown> {
  const name = `node-${i}`;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, [ZONE_LABEL]: `zone-${String.fromCharCode(97 + (i % zones))}` } },
    status: { allocatable: { cpu: '4', memory: '16Gi', pods: '110' }, conditions: [{ type: 'Ready', status: 'True' }] },
  };
}

function pod(name: string, namespace: string, labels: Record<string, string>, nodeName: string, ip: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, labels },
    spec: { nodeName, containers: [{ name: 'app', image: 'registry.example/app:1', ports: [{ name: 'http', containerPort: 8080 }] }] },
    status: { phase: 'Running', podIP: ip, podIPs: [{ ip }], conditions: [{ type: 'Ready', status: 'True' }] },
  };
}

function service(i: number, namespace: string): Record<string, unknown> {
  const flavour = SERVICE_FLAVOURS[i % SERVICE_FLAVOURS.length]!;
  const metadata: Record<string, unknown> = { name: `svc-${i}`, namespace };
  const spec: Record<string, unknown> = {
    selector: { app: `app-${i}` },
    ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }],
    clusterIP: clusterIP(i),
  };
  switch (flavour) {
    case 'PreferClose':
    case 'PreferSameZone':
    case 'PreferSameNode':
      spec.trafficDistribution = flavour;
      break;
    case 'internalLocal':
      spec.internalTrafficPolicy = 'Local';
      break;
    case 'topologyAuto':
      metadata.annotations = { 'service.kubernetes.io/topology-mode': 'Auto' };
      break;
    case 'nodePortLocal':
      spec.type = 'NodePort';
      spec.externalTrafficPolicy = 'Local';
      break;
    case 'clientIPAffinity':
      spec.sessionAffinity = 'ClientIP';
      break;
  }
  return { apiVersion: 'v1', kind: 'Service', metadata, spec };
}

/**
 * Nodes, then pods (spread at random over nodes, `pods - clients` of them selected by the
 * Services in equal shares, then the clients), then Services. Same size and seed, same objects.
 *
 * @example
 * syntheticCluster(SIZES[0]!).length; // 50 nodes + 500 pods + 50 services = 600
 */
export function syntheticCluster(size: ClusterSize, seed = 1): Record<string, unknown>[] {
  const random = mulberry32(seed);
  const objects: Record<string, unknown>[] = [];
  for (let i = 0; i < size.nodes; i++) objects.push(node(i, size.zones));

  const servedPods = size.pods - size.clients;
  for (let i = 0; i < servedPods; i++) {
    const svc = i % size.services;
    const namespace = `ns-${svc % size.namespaces}`;
    const nodeName = `node-${Math.floor(random() * size.nodes)}`;
    objects.push(pod(`app-${svc}-${Math.floor(i / size.services)}`, namespace, { app: `app-${svc}` }, nodeName, podIP(i)));
  }
  for (let c = 0; c < size.clients; c++) {
    const i = servedPods + c;
    objects.push(pod(`client-${c}`, 'ns-0', { role: 'client' }, `node-${Math.floor(random() * size.nodes)}`, podIP(i)));
  }
  for (let i = 0; i < size.services; i++) objects.push(service(i, `ns-${i % size.namespaces}`));
  return objects;
}
