import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/engine/analyze';
import { externalEntryLines, externalEntryNote, externalEntryWidth } from '../../src/view/externalEntry';
import { ENTRY_W, layoutTopology } from '../../src/view/layout';

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

describe('externalEntryNote (the external entry on the canvas)', () => {
  const analyse = (service: string, mode = 'iptables') =>
    analyzeFiles(
      [node('node-1'), service, `apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ${mode}\n`].map(
        (text, i) => ({ name: `f${i}.yaml`, text }),
      ),
      { kubernetesVersion: '1.34' },
    );

  it('shows who may enter through the VIP and that ipMode Proxy traffic comes from the load balancer on the node port', () => {
    const note = externalEntryNote(analyse(SERVICE), ['default/web'])!;
    expect(note.text).toBe('from LB on :30080 (Proxy) · +1');
    expect(note.title.split('\n')).toEqual([
      'default/web: the load balancer 5.6.7.8 (ipMode Proxy) sends its traffic to the node port :30080; kube-proxy has no rule for that IP',
      'default/web: loadBalancerSourceRanges: only clients in 203.0.113.0/25 may use the load-balancer IP 1.2.3.4; kube-proxy drops the rest (node ports are not filtered)',
    ]);
  });

  it('names the first range and counts the others when only source ranges apply', () => {
    const ranges = SERVICE.replace('[203.0.113.0/25]', '[203.0.113.0/25, 198.51.100.0/24]').replace(', {ip: 5.6.7.8, ipMode: Proxy}', '');
    expect(externalEntryNote(analyse(ranges), ['default/web'])?.text).toBe('LB only from 203.0.113.0/25 +1');
  });

  it('says nothing for a plain load balancer, a Service not drawn, or kube-proxy on Windows', () => {
    const plain = SERVICE.replace('  loadBalancerSourceRanges: [203.0.113.0/25]\n', '').replace(', {ip: 5.6.7.8, ipMode: Proxy}', '');
    expect(externalEntryNote(analyse(plain), ['default/web'])).toBeUndefined();
    expect(externalEntryNote(analyse(SERVICE), ['default/other'])).toBeUndefined();
    expect(externalEntryNote(analyse(SERVICE, 'kernelspace'), ['default/web'])).toBeUndefined();
  });

  it('widens the external entries (only them) to fit the note', () => {
    const note = externalEntryNote(analyse(SERVICE), ['default/web'])!;
    const width = externalEntryWidth(note, ENTRY_W);
    expect(width).toBeGreaterThan(ENTRY_W);
    expect(externalEntryWidth(undefined, ENTRY_W)).toBe(ENTRY_W);
    const layout = layoutTopology({
      nodes: [{ name: 'node-1' }],
      pods: [],
      externalEntries: true,
      externalEntryWidth: width,
    });
    const box = (id: string) => layout.boxes.find((b) => b.id === id)!;
    expect(box('external:node-1').width).toBe(width);
    expect(box('proxy:node-1').width).toBe(ENTRY_W);
    expect(box('node:node-1').width).toBeGreaterThanOrEqual(ENTRY_W + width);
  });
});
