/** A small hand-written RoutingReport: the seed demo's shape, for formatting tests. */
import type { RoutingReport, TraceStep, WeightedEndpoint } from '../../src/engine/report';
import { defaultGates } from '../../src/engine/version';

export function endpoint(
  pod: string,
  node: string,
  zone: string,
  weight: number,
  locality: WeightedEndpoint['locality'],
): WeightedEndpoint {
  return {
    pod,
    node,
    zone,
    ip: `10.244.${node.length}.${pod.length}`,
    port: 5678,
    weight,
    locality,
    ready: true,
    serving: true,
    terminating: false,
  };
}

const a = 'default/echo-7f9c6-abcde';
const b = 'default/echo-7f9c6-fghij';
const why: TraceStep = {
  stage: 'kube-proxy',
  rule: 'topologyModeFromHints',
  message: 'no endpoint has hints, so every ready endpoint is used',
};

export function sampleReport(): RoutingReport {
  const gates = defaultGates('1.34');
  const both = [endpoint(a, 'mnode-m02', 'zone-a', 0.5, 'same-node'), endpoint(b, 'mnode-m03', 'zone-b', 0.5, 'cross-zone')];
  return {
    kubernetesVersion: '1.34',
    proxyMode: 'iptables',
    featureGates: { controlPlane: gates, kubeProxy: gates },
    diagnostics: [
      {
        file: 'echo-service.yaml',
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 9,
        severity: 'warning',
        message: 'something to look at',
        object: 'Service default/echo-svc',
        path: 'spec.ports[0]',
      },
    ],
    nodes: [
      { name: 'mnode', ready: true, schedulable: true, controlPlane: true, allocatableCpuMilli: 2000, taints: [] },
      { name: 'mnode-m02', zone: 'zone-a', ready: true, schedulable: true, controlPlane: false, allocatableCpuMilli: 2000, taints: [] },
      { name: 'mnode-m03', zone: 'zone-b', ready: true, schedulable: true, controlPlane: false, allocatableCpuMilli: 2000, taints: [] },
    ],
    pods: [
      {
        key: a,
        namespace: 'default',
        name: 'echo-7f9c6-abcde',
        node: 'mnode-m02',
        zone: 'zone-a',
        phase: 'Running',
        ready: true,
        terminating: false,
        labels: { app: 'echo' },
        generated: true,
        selectedBy: ['default/echo-svc'],
        client: false,
      },
      {
        key: b,
        namespace: 'default',
        name: 'echo-7f9c6-fghij',
        node: 'mnode-m03',
        zone: 'zone-b',
        phase: 'Running',
        ready: true,
        terminating: false,
        labels: { app: 'echo' },
        generated: true,
        selectedBy: ['default/echo-svc'],
        client: false,
      },
      {
        key: 'default/client',
        namespace: 'default',
        name: 'client',
        node: 'mnode-m02',
        zone: 'zone-a',
        phase: 'Running',
        ready: true,
        terminating: false,
        labels: {},
        generated: false,
        selectedBy: [],
        client: true,
      },
    ],
    services: [],
    endpointSlices: [],
    serviceViews: [
      {
        service: 'default/echo-svc',
        port: 80,
        protocol: 'TCP',
        traffic: 'internal',
        classes: [
          // Deliberately not in node order: the table must list nodes as the report does.
          { nodes: ['mnode-m03', 'mnode'], verdict: 'forward', endpoints: both, trace: [why] },
          { nodes: ['mnode-m02'], verdict: 'drop', endpoints: [], trace: [why] },
        ],
      },
    ],
    routes: [
      {
        from: 'default/client',
        fromIP: '10.244.1.9',
        node: 'mnode-m02',
        service: 'default/echo-svc',
        port: 80,
        protocol: 'TCP',
        traffic: 'internal',
        verdict: 'forward',
        endpoints: both,
        trace: [why],
        requests: { [b]: 9, [a]: 11 },
      },
    ],
  };
}
