import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/engine/analyze';
import { externalEntryLines } from '../../src/view/externalEntry';

const node = (name: string) => `apiVersion: v1
kind: Node
metadata: {name: ${name}}
status:
  addresses: [{type: InternalIP, address: 192.168.0.${name.slice(-1)}}]
  conditions: [{type: Ready, status: "True"}]
  allocatable: {cpu: "4"}
`;
const SERVICE = `apiVersion: v1
kind: Service
metadata: {name: web, namespace: default}
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  healthCheckNodePort: 32000
  loadBalancerSourceRanges: [203.0.113.0/25]
  ports: [{port: 80, nodePort: 30080}]
status:
  loadBalancer:
    ingress: [{ip: 1.2.3.4}, {ip: 5.6.7.8, ipMode: Proxy}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: web-1, namespace: default, labels: {kubernetes.io/service-name: web}}
addressType: IPv4
endpoints: [{addresses: [10.244.0.9], nodeName: node-1}]
ports: [{port: 80, protocol: TCP}]
`;

describe('externalEntryLines (the external entry in the inspector)', () => {
  const report = analyzeFiles(
    [node('node-1'), node('node-2'), SERVICE].map((text, i) => ({ name: `f${i}.yaml`, text })),
    { kubernetesVersion: '1.34' },
  );

  it('says which LB IP the node catches, which arrives on the node port, who may enter, and the health check', () => {
    expect(externalEntryLines(report, 'node-1')).toEqual([
      "default/web: node port 30080; load-balancer IP 1.2.3.4 (this node's rule); load balancer 5.6.7.8 (ipMode Proxy) forwards to the node port: kube-proxy has no rule for that IP; only clients in 203.0.113.0/25 may use the load-balancer IP; health check :32000 answers 200 (1 local endpoint), the load balancer sends here",
    ]);
    expect(externalEntryLines(report, 'node-2')[0]).toContain(
      'health check :32000 answers 503 (no local endpoint), the load balancer skips this node',
    );
  });
});
