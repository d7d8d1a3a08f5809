/**
 * The cluster of upstream's TestOverallIPTablesRules / TestOverallNFTablesRules
 * (pkg/proxy/{iptables,nftables}/proxier_test.go) as a routing report, so the listings can be
 * compared with upstream's expected output. kube-proxy runs on "test-node"; clusterCIDR 10.0.0.0/8.
 */
import type { EndpointSlice } from '../../../src/engine/model';
import type { RoutingReport, ServiceSummary } from '../../../src/engine/report';

type Svc = Partial<ServiceSummary> & Pick<ServiceSummary, 'namespace' | 'name'>;

export function service(s: Svc): ServiceSummary {
  return {
    key: `${s.namespace}/${s.name}`,
    type: 'ClusterIP',
    ports: [{ name: 'p80', port: 80, protocol: 'TCP', targetPort: 80 }],
    internalTrafficPolicy: 'Cluster',
    sessionAffinity: 'None',
    userSlices: true,
    hintsTrace: [],
    ...s,
  };
}

export function slice(
  namespace: string,
  name: string,
  endpoints: { ip: string; nodeName?: string; ready?: boolean }[],
  port = 80,
): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: `${name}-1`, namespace, labels: { 'kubernetes.io/service-name': name } },
    addressType: 'IPv4',
    endpoints: endpoints.map((e) => ({
      addresses: [e.ip],
      conditions: e.ready === undefined ? {} : { ready: e.ready, serving: e.ready },
      ...(e.nodeName ? { nodeName: e.nodeName } : {}),
    })),
    ports: [{ name: 'p80', port, protocol: 'TCP' }],
  };
}

export function report(services: ServiceSummary[], endpointSlices: EndpointSlice[], extra: Partial<RoutingReport> = {}): RoutingReport {
  const gates = {
    TopologyAwareHints: true,
    ServiceTrafficDistribution: true,
    PreferSameTrafficDistribution: true,
    MaxUnavailableStatefulSet: false,
  };
  return {
    kubernetesVersion: '1.34',
    proxyMode: 'iptables',
    featureGates: { controlPlane: gates, kubeProxy: gates },
    diagnostics: [],
    nodes: [{ name: 'test-node', ready: true, schedulable: true, controlPlane: false, allocatableCpuMilli: 1000, taints: [] }],
    pods: [],
    services,
    endpointSlices,
    serviceViews: [],
    routes: [],
    ...extra,
  };
}

/** A report-level sketch of upstream's cluster (the golden tests read the full one from manifests); svc5 has no source ranges, svc2 no health-check port. */
export function overallReport(extra: Partial<RoutingReport> = {}): RoutingReport {
  return report(
    [
      service({ namespace: 'ns1', name: 'svc1', clusterIP: '172.30.0.41' }),
      service({
        namespace: 'ns2',
        name: 'svc2',
        type: 'LoadBalancer',
        externalTrafficPolicy: 'Local',
        clusterIP: '172.30.0.42',
        ports: [{ name: 'p80', port: 80, protocol: 'TCP', targetPort: 80, nodePort: 3001 }],
        loadBalancerIPs: ['1.2.3.4'],
        externalIPs: ['192.168.99.22'],
      }),
      service({
        namespace: 'ns3',
        name: 'svc3',
        type: 'NodePort',
        externalTrafficPolicy: 'Cluster',
        clusterIP: '172.30.0.43',
        ports: [{ name: 'p80', port: 80, protocol: 'TCP', targetPort: 80, nodePort: 3003 }],
      }),
      service({
        namespace: 'ns4',
        name: 'svc4',
        type: 'NodePort',
        externalTrafficPolicy: 'Cluster',
        clusterIP: '172.30.0.44',
        externalIPs: ['192.168.99.33'],
      }),
      service({
        namespace: 'ns5',
        name: 'svc5',
        type: 'LoadBalancer',
        externalTrafficPolicy: 'Cluster',
        clusterIP: '172.30.0.45',
        ports: [{ name: 'p80', port: 80, protocol: 'TCP', targetPort: 80, nodePort: 3002 }],
        loadBalancerIPs: ['5.6.7.8'],
        sessionAffinity: 'ClientIP',
        sessionAffinityTimeoutSeconds: 10800,
      }),
      service({ namespace: 'ns6', name: 'svc6', clusterIP: '172.30.0.46' }),
    ],
    [
      slice('ns1', 'svc1', [{ ip: '10.180.0.1' }]),
      slice('ns2', 'svc2', [{ ip: '10.180.0.2' }]),
      slice('ns3', 'svc3', [{ ip: '10.180.0.3' }]),
      slice('ns4', 'svc4', [{ ip: '10.180.0.4' }, { ip: '10.180.0.5', nodeName: 'test-node' }]),
      slice('ns5', 'svc5', [{ ip: '10.180.0.3' }]),
    ],
    extra,
  );
}

/** Upstream's multi-line expectation, dedented, without blank lines. */
export function dedentLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
