import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';

const node = (name: string, ip: string) => `apiVersion: v1
kind: Node
metadata: {name: ${name}}
status:
  addresses: [{type: InternalIP, address: ${ip}}]
  conditions: [{type: Ready, status: "True"}]
  allocatable: {cpu: "4"}
`;
const SERVICE = (extra: string, ingress: string) => `apiVersion: v1
kind: Service
metadata: {name: web, namespace: default}
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  healthCheckNodePort: 32000
  ${extra}
  ports: [{port: 80, nodePort: 30080}]
status:
  loadBalancer:
    ingress: [${ingress}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: web-1, namespace: default, labels: {kubernetes.io/service-name: web}}
addressType: IPv4
endpoints: [{addresses: [10.244.0.9], nodeName: node-1}]
ports: [{port: 80, protocol: TCP}]
`;

function externalTrace(serviceYaml: string, nodeName: string): string[] {
  const report = analyzeFiles(
    [node('node-1', '192.168.0.1'), node('node-2', '192.168.0.2'), serviceYaml].map((text, i) => ({ name: `f${i}.yaml`, text })),
    { kubernetesVersion: '1.34' },
  );
  expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const group = report.serviceViews.find((g) => g.service === 'default/web' && g.traffic === 'external')!;
  const cls = group.classes.find((c) => c.nodes.includes(nodeName))!;
  return cls.trace.map((s) => `${s.rule}: ${s.message}`);
}

describe('how external traffic enters a node (per-node traces)', () => {
  it('the health-check node port passes where local endpoints are, and fails elsewhere', () => {
    const svc = SERVICE('', '{ip: 1.2.3.4}');
    expect(externalTrace(svc, 'node-1')).toContain(
      "healthCheckNodePort: healthCheckNodePort 32000 on node node-1 answers 200 (localEndpoints: 1): the load balancer's health check passes and it sends traffic here",
    );
    // node-2 shares its class with every other node that has no zone and no endpoint.
    expect(externalTrace(svc, 'node-2')).toContain(
      "healthCheckNodePort: healthCheckNodePort 32000 on nodes without a zone answers 503 (no local ready endpoints): the load balancer's health check fails and it stops sending here",
    );
  });

  it('says who may enter through the VIP under loadBalancerSourceRanges', () => {
    const trace = externalTrace(SERVICE('loadBalancerSourceRanges: [203.0.113.0/25]', '{ip: 1.2.3.4}'), 'node-1');
    expect(trace).toContain(
      'loadBalancerSourceRanges: loadBalancerSourceRanges: only clients in 203.0.113.0/25 may reach the load-balancer IP; kube-proxy drops the rest (node ports are not filtered) (KUBE-FW chain, KUBE-PROXY-FIREWALL drops the rest)',
    );
  });

  it('ipMode Proxy: the LB IP is not programmed, traffic comes through the node port', () => {
    const trace = externalTrace(SERVICE('', '{ip: 1.2.3.4, ipMode: Proxy}'), 'node-1');
    expect(trace).toContain(
      'IsVIPMode: load-balancer IP 1.2.3.4 has ipMode Proxy: kube-proxy programs no rule for it; the load balancer forwards its traffic to the node port 30080',
    );
  });
});
