/** Small builders for the EndpointSlice controller tests. */
import { syntheticSource } from '../../../src/engine/diagnostics';
import type { ContainerPort, EndpointSlice, Labels, Node, Pod, Service, ServicePort, SliceEndpoint } from '../../../src/engine/model';

export function makeNode(name: string, opts: { zone?: string; cpu?: number; ready?: boolean; controlPlane?: boolean } = {}): Node {
  const node: Node = {
    metadata: { name, namespace: '', labels: {}, annotations: {} },
    unschedulable: false,
    taints: [],
    ready: opts.ready ?? true,
    allocatableCpuMilli: opts.cpu ?? 1000,
    controlPlane: opts.controlPlane ?? false,
    source: syntheticSource('nodes.yaml'),
  };
  if (opts.zone) node.zone = opts.zone;
  return node;
}

export interface PodOptions {
  namespace?: string;
  labels?: Labels;
  node?: string;
  ips?: string[];
  ready?: boolean;
  phase?: Pod['status']['phase'];
  terminating?: boolean;
  ports?: ContainerPort[];
}

export function makePod(name: string, opts: PodOptions = {}): Pod {
  const pod: Pod = {
    metadata: { name, namespace: opts.namespace ?? 'default', labels: opts.labels ?? { app: 'web' }, annotations: {} },
    spec: {
      labels: opts.labels ?? { app: 'web' },
      nodeSelector: {},
      requiredNodeAffinity: [],
      tolerations: [],
      topologySpreadConstraints: [],
      containerPorts: opts.ports ?? [],
      terminationGracePeriodSeconds: 30,
    },
    status: { phase: opts.phase ?? 'Running', podIPs: opts.ips ?? [], ready: opts.ready ?? true },
    source: syntheticSource('pods.yaml'),
  };
  if (opts.node) pod.spec.nodeName = opts.node;
  if (opts.terminating) pod.metadata.deletionTimestamp = '2025-01-01T00:00:00Z';
  return pod;
}

export interface ServiceOptions {
  namespace?: string;
  selector?: Labels | null;
  ports?: ServicePort[];
  annotations?: Labels;
  labels?: Labels;
  trafficDistribution?: string;
  publishNotReadyAddresses?: boolean;
  type?: Service['type'];
  clusterIP?: string;
}

export function makeService(name: string, opts: ServiceOptions = {}): Service {
  const service: Service = {
    metadata: { name, namespace: opts.namespace ?? 'default', labels: opts.labels ?? {}, annotations: opts.annotations ?? {} },
    type: opts.type ?? 'ClusterIP',
    ports: opts.ports ?? [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
    externalIPs: [],
    loadBalancerIPs: [],
    internalTrafficPolicy: 'Cluster',
    sessionAffinity: 'None',
    publishNotReadyAddresses: opts.publishNotReadyAddresses ?? false,
    source: syntheticSource('services.yaml'),
  };
  if (opts.selector !== null) service.selector = opts.selector ?? { app: 'web' };
  if (opts.trafficDistribution !== undefined) service.trafficDistribution = opts.trafficDistribution;
  if (opts.clusterIP !== undefined) service.clusterIP = opts.clusterIP;
  return service;
}

/** An endpoint as the upstream table tests write them: address, zone, node, ready, hints. */
export function ep(
  address: string,
  opts: { zone?: string; node?: string; ready?: boolean | null; hintZones?: string[]; hintNodes?: string[] } = {},
): SliceEndpoint {
  const endpoint: SliceEndpoint = { addresses: [address], conditions: {} };
  if (opts.ready !== null) endpoint.conditions.ready = opts.ready ?? true;
  if (opts.node) endpoint.nodeName = opts.node;
  if (opts.zone) endpoint.zone = opts.zone;
  if (opts.hintZones || opts.hintNodes) {
    endpoint.hints = {};
    if (opts.hintZones) endpoint.hints.forZones = opts.hintZones.map((name) => ({ name }));
    if (opts.hintNodes) endpoint.hints.forNodes = opts.hintNodes.map((name) => ({ name }));
  }
  return endpoint;
}

export function slice(endpoints: SliceEndpoint[], name = 'slice'): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name, namespace: 'ns', labels: {} },
    addressType: 'IPv4',
    endpoints,
    ports: [],
  };
}

/** Zone hint per endpoint, '' for none: a compact way to compare hint outcomes. */
export function zoneHints(slices: readonly EndpointSlice[]): string[][] {
  return slices.map((s) => s.endpoints.map((e) => (e.hints?.forZones ?? []).map((z) => z.name).join('|')));
}
