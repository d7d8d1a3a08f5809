import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { nodePortIPs, nodeRules } from '../../../src/engine/rules/nodeRules';
import type { RoutingReport } from '../../../src/engine/report';
import { overallReport, report, service, slice } from './upstreamFixture';

function listing(r: RoutingReport, node = 'test-node') {
  const result = nodeRules(r, { node, mode: 'ipvs' });
  if (!result.ok) throw new Error(result.error);
  const lines = result.lines.map((l) => l.text);
  const blank = lines.indexOf('');
  return { ipvsadm: lines.slice(0, blank), ipset: lines.slice(blank + 1), notes: result.notes ?? [], lines: result.lines };
}

/** The members listed under `Name: set`. */
function members(ipset: string[], set: string): string[] | undefined {
  const at = ipset.indexOf(`Name: ${set}`);
  if (at < 0) return undefined;
  const start = ipset.indexOf('Members:', at) + 1;
  const end = ipset.indexOf('', start);
  return ipset.slice(start, end < 0 ? undefined : end);
}

/** The test node with the addresses kube-proxy finds on its interfaces (upstream's ipvs tests use 100.101.102.103). */
const withAddresses = (addresses: string[]): Partial<RoutingReport> => ({
  nodes: [
    {
      name: 'test-node',
      ready: true,
      schedulable: true,
      controlPlane: false,
      allocatableCpuMilli: 1000,
      taints: [],
      addresses: addresses.map((address) => ({ type: 'InternalIP', address })),
    },
  ],
});

describe('ipvs rules (ipvsadm -Ln; ipset list)', () => {
  it('prints ipvsadm headers, sorted virtual servers and padded real servers', () => {
    const { ipvsadm } = listing(overallReport({ proxyMode: 'ipvs', ipvsScheduler: 'rr' }));
    expect(ipvsadm.slice(0, 3)).toEqual([
      'IP Virtual Server version 1.2.1 (size=4096)',
      'Prot LocalAddress:Port Scheduler Flags',
      '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
    ]);
    const servers = ipvsadm.filter((l) => l.startsWith('TCP'));
    // ipvsadm sorts by address as a number: 1.2.3.4 before 5.6.7.8 before 172.30.…
    expect(servers.slice(0, 3)).toEqual(['TCP  1.2.3.4:80 rr', 'TCP  5.6.7.8:80 rr persistent 10800', 'TCP  172.30.0.41:80 rr']);
    const svc4 = ipvsadm.indexOf('TCP  172.30.0.44:80 rr');
    expect(ipvsadm.slice(svc4 + 1, svc4 + 3)).toEqual([
      '  -> 10.180.0.4:80                Masq    1      0          0         ',
      '  -> 10.180.0.5:80                Masq    1      0          0         ',
    ]);
    // No endpoints: the virtual server stays, with no real servers.
    const svc6 = ipvsadm.indexOf('TCP  172.30.0.46:80 rr');
    expect(ipvsadm[svc6 + 1]?.startsWith('TCP')).toBe(true);
  });

  it('uses the configured scheduler, and for iTP Local without local endpoints programs the cluster set only when externally accessible', () => {
    const local = service({ namespace: 'ns1', name: 'svc1', clusterIP: '172.30.1.1', internalTrafficPolicy: 'Local' });
    const { ipvsadm } = listing(
      report([local], [slice('ns1', 'svc1', [{ ip: '10.0.1.2', nodeName: 'host1' }])], { proxyMode: 'ipvs', ipvsScheduler: 'sh' }),
    );
    expect(ipvsadm.slice(3)).toEqual(['TCP  172.30.1.1:80 sh']);
  });

  // Upstream's TestNodePortIPv4 (pkg/proxy/ipvs/proxier_test.go): node IP 100.101.102.103, ns1/svc1
  // 10.20.30.41:80 with nodePort 3001, one endpoint 10.180.0.1:80.
  it('makes a nodePort virtual server per node address, and fills KUBE-NODE-PORT-TCP', () => {
    const svc = service({
      namespace: 'ns1',
      name: 'svc1',
      type: 'NodePort',
      externalTrafficPolicy: 'Cluster',
      clusterIP: '10.20.30.41',
      ports: [{ name: 'p80', port: 80, protocol: 'TCP', targetPort: 80, nodePort: 3001 }],
    });
    const r = report([svc], [slice('ns1', 'svc1', [{ ip: '10.180.0.1' }])], {
      proxyMode: 'ipvs',
      ipvsScheduler: 'rr',
      ...withAddresses(['100.101.102.103', '2001:db8::1:1']),
    });
    const { ipvsadm, ipset, notes } = listing(r);
    expect(ipvsadm.slice(3)).toEqual([
      'TCP  10.20.30.41:80 rr',
      '  -> 10.180.0.1:80                Masq    1      0          0         ',
      'TCP  100.101.102.103:3001 rr',
      '  -> 10.180.0.1:80                Masq    1      0          0         ',
    ]);
    expect(members(ipset, 'KUBE-CLUSTER-IP')).toEqual(['10.20.30.41,tcp:80']);
    expect(members(ipset, 'KUBE-NODE-PORT-TCP')).toEqual(['3001']);
    expect(members(ipset, 'KUBE-NODE-PORT-LOCAL-TCP')).toBeUndefined();
    expect(ipset.slice(ipset.indexOf('Name: KUBE-NODE-PORT-TCP'), ipset.indexOf('Name: KUBE-NODE-PORT-TCP') + 5)).toEqual([
      'Name: KUBE-NODE-PORT-TCP',
      'Type: bitmap:port',
      'Header: range 0-65535',
      'Number of entries: 1',
      'Members:',
    ]);
    expect(notes.join('\n')).toContain("listed for the node's addresses the input gives (100.101.102.103)");

    // nodePortAddresses narrows the addresses; a node without addresses gets no nodePort server, and says so.
    expect(nodePortIPs(r.nodes[0]!.addresses!, ['10.0.0.0/8'])).toEqual([]);
    expect(nodePortIPs(r.nodes[0]!.addresses!, ['primary'])).toEqual(['100.101.102.103', '2001:db8::1:1']);
    const bare = listing(report([svc], [slice('ns1', 'svc1', [{ ip: '10.180.0.1' }])], { proxyMode: 'ipvs' }));
    expect(bare.ipvsadm.filter((l) => l.startsWith('TCP'))).toEqual(['TCP  10.20.30.41:80 rr']);
    expect(members(bare.ipset, 'KUBE-NODE-PORT-TCP')).toBeUndefined();
    expect(bare.notes.join('\n')).toContain('test-node gives no status.addresses');
  });

  // Upstream's TestLoadBalancerSourceRanges: LB IP 1.2.3.4, loadBalancerSourceRanges 10.0.0.0/8.
  it('lists loadBalancerSourceRanges in KUBE-LOAD-BALANCER-FW and KUBE-LOAD-BALANCER-SOURCE-CIDR', () => {
    const svc = service({
      namespace: 'ns1',
      name: 'svc1',
      type: 'LoadBalancer',
      externalTrafficPolicy: 'Cluster',
      clusterIP: '10.20.30.41',
      ports: [{ name: 'p80', port: 80, protocol: 'TCP', targetPort: 80, nodePort: 3001 }],
      loadBalancerIPs: ['1.2.3.4'],
      loadBalancerSourceRanges: ['10.0.0.0/8'],
    });
    const { ipvsadm, ipset } = listing(
      report([svc], [slice('ns1', 'svc1', [{ ip: '10.180.0.1' }])], { proxyMode: 'ipvs', ...withAddresses(['10.1.2.3']) }),
    );
    expect(ipvsadm).toContain('TCP  1.2.3.4:80 rr');
    expect(members(ipset, 'KUBE-LOAD-BALANCER')).toEqual(['1.2.3.4,tcp:80']);
    expect(members(ipset, 'KUBE-LOAD-BALANCER-FW')).toEqual(['1.2.3.4,tcp:80']);
    expect(members(ipset, 'KUBE-LOAD-BALANCER-SOURCE-CIDR')).toEqual(['1.2.3.4,tcp:80,10.0.0.0/8']);
    // The node's own address is in the range: the node may reach the LB IP too.
    expect(members(ipset, 'KUBE-LOAD-BALANCER-SOURCE-IP')).toEqual(['1.2.3.4,tcp:80,1.2.3.4']);
    expect(members(ipset, 'KUBE-IPVS-IPS')).toEqual(['1.2.3.4', '10.20.30.41']);
    // nodePortAddresses that leave the node IP out remove its nodePort server, not the node's own access to the LB IP.
    const narrowed = nodeRules(
      report([svc], [slice('ns1', 'svc1', [{ ip: '10.180.0.1' }])], { proxyMode: 'ipvs', ...withAddresses(['10.1.2.3']) }),
      { node: 'test-node', mode: 'ipvs', nodePortAddresses: ['192.168.0.0/16'] },
    );
    if (!narrowed.ok) throw new Error(narrowed.error);
    const texts = narrowed.lines.map((l) => l.text);
    expect(texts.some((l) => l.startsWith('TCP  10.1.2.3:3001'))).toBe(false);
    expect(members(texts.slice(texts.indexOf('') + 1), 'KUBE-LOAD-BALANCER-SOURCE-IP')).toEqual(['1.2.3.4,tcp:80,1.2.3.4']);
  });

  it('leaves out a load-balancer IP with ipMode Proxy, and says why', () => {
    const svc = service({
      namespace: 'ns1',
      name: 'svc1',
      type: 'LoadBalancer',
      externalTrafficPolicy: 'Local',
      clusterIP: '10.20.30.41',
      ports: [{ name: 'p80', port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30001 }],
      loadBalancerIPs: ['1.2.3.4', '5.6.7.8'],
      loadBalancerProxyIPs: ['5.6.7.8'],
    });
    const { ipvsadm, ipset, notes } = listing(
      report([svc], [slice('ns1', 'svc1', [{ ip: '10.180.0.1', nodeName: 'test-node' }])], { proxyMode: 'ipvs' }),
    );
    expect(ipvsadm.filter((l) => l.startsWith('TCP'))).toEqual(['TCP  1.2.3.4:80 rr', 'TCP  10.20.30.41:80 rr']);
    expect(members(ipset, 'KUBE-LOAD-BALANCER')).toEqual(['1.2.3.4,tcp:80']);
    expect(members(ipset, 'KUBE-LOAD-BALANCER-LOCAL')).toEqual(['1.2.3.4,tcp:80']);
    expect(members(ipset, 'KUBE-LOOP-BACK')).toEqual(['10.180.0.1,tcp:80,10.180.0.1']);
    expect(notes.join('\n')).toContain('ns1/svc1: 5.6.7.8 has ipMode: Proxy');
  });

  it('keeps a terminating TCP real server at weight 0 while it drains; a UDP one is deleted at once', () => {
    const eps = (name: string) =>
      slice(name.split('/')[0]!, name.split('/')[1]!, [{ ip: '10.180.0.1' }, { ip: '10.180.0.2', ready: false }]);
    const terminating = (s: ReturnType<typeof slice>) => {
      s.endpoints[1]!.conditions = { ready: false, serving: true, terminating: true };
      s.endpoints[1]!.targetRef = { kind: 'Pod', namespace: s.metadata.namespace, name: 'web-2' };
      return s;
    };
    const tcp = service({ namespace: 'ns1', name: 'tcp', clusterIP: '10.20.30.41' });
    const udp = service({
      namespace: 'ns1',
      name: 'udp',
      clusterIP: '10.20.30.42',
      ports: [{ name: 'p80', port: 80, protocol: 'UDP', targetPort: 80 }],
    });
    const udpSlice = terminating(eps('ns1/udp'));
    udpSlice.ports = [{ name: 'p80', port: 80, protocol: 'UDP' }];
    const { ipvsadm, lines, notes } = listing(report([tcp, udp], [terminating(eps('ns1/tcp')), udpSlice], { proxyMode: 'ipvs' }));
    expect(ipvsadm.slice(3)).toEqual([
      'TCP  10.20.30.41:80 rr',
      '  -> 10.180.0.1:80                Masq    1      0          0         ',
      '  -> 10.180.0.2:80                Masq    0      0          0         ',
      'UDP  10.20.30.42:80 rr',
      '  -> 10.180.0.1:80                Masq    1      0          0         ',
    ]);
    expect(lines.find((l) => l.text.startsWith('  -> 10.180.0.2'))?.link).toEqual({
      service: 'ns1/tcp',
      port: 80,
      traffic: 'internal',
      pod: 'ns1/web-2',
    });
    expect(notes.join('\n')).toContain('10.180.0.2:80 (ns1/web-2) is terminating');
    expect(notes.join('\n')).toContain(
      'once ActiveConn and InActConn are both 0, checking every minute; a UDP or SCTP real server is deleted at once',
    );
  });

  it('says where clusterCIDR and the iptables masquerade fields act in IPVS mode: the iptables rules it does not print', () => {
    const proxy = (body: string) => ({
      name: 'kube-proxy.yaml',
      text: `apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ipvs\n${body}`,
    });
    const node = { name: 'node.yaml', text: 'apiVersion: v1\nkind: Node\nmetadata: {name: n1}\n' };
    const note = (body: string) => {
      const result = nodeRules(analyzeFiles([node, proxy(body)], { kubernetesVersion: '1.34' }), { node: 'n1' });
      if (!result.ok) throw new Error(result.error);
      return result.notes.find((n) => n.startsWith('kube-proxy also writes iptables rules in IPVS mode'));
    };
    expect(note('clusterCIDR: 10.0.0.0/8\niptables: {masqueradeBit: 10}')).toContain(
      'connections to a cluster IP from outside the pod network (! -s 10.0.0.0/8) are marked with 0x400',
    );
    expect(note('clusterCIDR: 10.0.0.0/8\niptables: {masqueradeAll: true}')).toContain(
      'iptables.masqueradeAll is on: every connection to a cluster IP is marked with 0x4000',
    );
    expect(note('')).toContain('no local-traffic detector (no clusterCIDR)');
  });

  it('reads status.addresses, ipMode and loadBalancerSourceRanges from manifests', () => {
    const yaml = `
apiVersion: v1
kind: Node
metadata:
  name: kind-worker
status:
  addresses:
  - type: InternalIP
    address: 172.18.0.3
  - type: Hostname
    address: kind-worker
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: { app: web }
spec:
  nodeName: kind-worker
  containers: [{ name: web, image: nginx }]
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  selector: { app: web }
  ports: [{ port: 80, nodePort: 30080 }]
  loadBalancerSourceRanges: [203.0.113.0/24]
status:
  loadBalancer:
    ingress:
    - ip: 198.51.100.7
      ipMode: VIP
    - ip: 198.51.100.8
      ipMode: Proxy
---
apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
mode: ipvs
`;
    const r = analyzeFiles([{ name: 'lb.yaml', text: yaml }]);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.nodes[0]!.addresses).toEqual([
      { type: 'InternalIP', address: '172.18.0.3' },
      { type: 'Hostname', address: 'kind-worker' },
    ]);
    const svc = r.services.find((s) => s.key === 'default/web')!;
    expect(svc.loadBalancerProxyIPs).toEqual(['198.51.100.8']);
    expect(svc.loadBalancerSourceRanges).toEqual(['203.0.113.0/24']);
    const { ipvsadm, ipset } = listing(r, 'kind-worker');
    const servers = ipvsadm.filter((l) => l.startsWith('TCP'));
    expect(servers).toContain('TCP  172.18.0.3:30080 rr');
    expect(servers).toContain('TCP  198.51.100.7:80 rr');
    expect(servers.some((l) => l.includes('198.51.100.8'))).toBe(false);
    expect(members(ipset, 'KUBE-LOAD-BALANCER-SOURCE-CIDR')).toEqual(['198.51.100.7,tcp:80,203.0.113.0/24']);
    expect(members(ipset, 'KUBE-LOAD-BALANCER-SOURCE-IP')).toBeUndefined();
  });

  it("on the timeline, a deleted pod's real server drains at weight 0 through its grace period, then is gone", () => {
    const dir = 'src/scenarios/seed-demo';
    const files = ['cluster.yaml', 'echo-pod.yaml', 'echo-service.yaml', 'client.yaml'].map((f) => ({
      name: `${dir}/${f}`,
      text: readFileSync(`${dir}/${f}`, 'utf8'),
    }));
    files.push({
      name: 'kube-proxy.yaml',
      text: 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ipvs\n',
    });
    const before = analyzeFiles(files);
    const victim = before.pods.find((p) => p.key.startsWith('default/echo-') && p.node === 'mnode-m03')!;
    const events = [{ id: 'e1', at: 10, event: { type: 'pod.delete' as const, pod: victim.key }, label: `kubectl delete pod` }];
    const realServers = (now: number) =>
      listing(analyzeFiles(files, { timeline: { events, now } }), 'mnode-m02').ipvsadm.filter((l) => l.startsWith('  -> '));
    const row = (weight: number) => `  -> ${`${victim.ip}:5678`.padEnd(28)} Masq    ${String(weight).padEnd(6)} 0          0         `;
    expect(realServers(5)).toContain(row(1));
    // Terminating (30 s grace period): no new connections, existing ones drain.
    expect(realServers(20)).toContain(row(0));
    // The pod is gone: so is its real server (the listing counts no connections that could keep it).
    expect(realServers(45).some((l) => l.includes(`${victim.ip}:`))).toBe(false);
  });
});
