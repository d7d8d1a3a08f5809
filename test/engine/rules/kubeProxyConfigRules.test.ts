/**
 * KubeProxyConfiguration fields and Service load-balancer fields as kube-proxy's iptables and
 * nftables proxiers turn them into rules (pkg/proxy/iptables/proxier.go, pkg/proxy/nftables/proxier.go,
 * pkg/proxy/util/localdetector.go, pkg/proxy/util/nodeport_addresses.go), from manifests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { nodeRules } from '../../../src/engine/rules/nodeRules';

const NODE = `apiVersion: v1
kind: Node
metadata: {name: node-1}
spec: {podCIDR: 10.244.7.0/24}
status:
  addresses: [{type: InternalIP, address: 192.168.0.2}]
  conditions: [{type: Ready, status: "True"}]
  allocatable: {cpu: "4"}
`;
const LB = (ingress: string, extra = '') => `apiVersion: v1
kind: Service
metadata: {name: web, namespace: default}
spec:
  type: LoadBalancer
  clusterIP: 10.96.0.50
  ${extra}
  ports: [{name: http, port: 80, nodePort: 30080}]
status:
  loadBalancer:
    ingress: [${ingress}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: web-1, namespace: default, labels: {kubernetes.io/service-name: web}}
addressType: IPv4
endpoints: [{addresses: [10.244.7.9], nodeName: node-1}]
ports: [{name: http, port: 80, protocol: TCP}]
`;
const PROXY = (body: string) => `apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
${body}
`;

function analyze(...texts: string[]) {
  return analyzeFiles(
    texts.map((text, i) => ({ name: `f${i}.yaml`, text })),
    { kubernetesVersion: '1.34' },
  );
}

function listing(texts: string[], mode?: 'iptables' | 'nftables'): string[] {
  const result = nodeRules(analyze(...texts), { node: 'node-1', ...(mode ? { mode } : {}) });
  if (!result.ok) throw new Error(result.error);
  return result.lines.map((l) => l.text);
}

describe('local-traffic detection and masquerading', () => {
  it('without a KubeProxyConfiguration: kubeadm’s clusterCIDR, the pod network 10.244.0.0/16', () => {
    const lines = listing([NODE, LB('{ip: 1.2.3.4}')]);
    expect(lines.some((l) => l.includes('! -s 10.244.0.0/16 -j KUBE-MARK-MASQ'))).toBe(true);
  });

  it('clusterCIDR is what the masquerade rule matches', () => {
    const lines = listing([NODE, LB('{ip: 1.2.3.4}'), PROXY('clusterCIDR: 10.100.0.0/16')]);
    expect(lines.some((l) => l.endsWith('--dport 80 ! -s 10.100.0.0/16 -j KUBE-MARK-MASQ'))).toBe(true);
    expect(lines.some((l) => l.includes('10.244.0.0/16'))).toBe(false);
  });

  it('a written configuration without clusterCIDR: the no-op detector, no masquerade rule for the cluster IP', () => {
    const lines = listing([NODE, LB('{ip: 1.2.3.4}', 'externalTrafficPolicy: Local'), PROXY('mode: iptables')]);
    expect(lines.some((l) => /-A KUBE-SVC-\w+ .*cluster IP.*KUBE-MARK-MASQ/.test(l))).toBe(false);
    expect(lines.some((l) => l.includes('pod traffic for'))).toBe(false);
  });

  it('detectLocalMode NodeCIDR uses the node’s spec.podCIDR; BridgeInterface and InterfaceNamePrefix match the interface', () => {
    expect(listing([NODE, LB('{ip: 1.2.3.4}'), PROXY('detectLocalMode: NodeCIDR')]).some((l) => l.includes('! -s 10.244.7.0/24'))).toBe(
      true,
    );
    const bridge = listing([NODE, LB('{ip: 1.2.3.4}'), PROXY('detectLocalMode: BridgeInterface\ndetectLocal: {bridgeInterface: cbr0}')]);
    expect(bridge.some((l) => l.includes('! -i cbr0 -j KUBE-MARK-MASQ'))).toBe(true);
    const prefix = listing(
      [NODE, LB('{ip: 1.2.3.4}'), PROXY('mode: nftables\ndetectLocalMode: InterfaceNamePrefix\ndetectLocal: {interfaceNamePrefix: veth}')],
      'nftables',
    );
    expect(prefix.some((l) => l.includes('ip daddr 10.96.0.50 iifname != veth* jump mark-for-masquerade'))).toBe(true);
  });

  it('masqueradeAll masquerades all cluster-IP traffic; masqueradeBit moves the mark', () => {
    const lines = listing([
      NODE,
      LB('{ip: 1.2.3.4}'),
      PROXY('clusterCIDR: 10.244.0.0/16\niptables: {masqueradeAll: true, masqueradeBit: 15}'),
    ]);
    expect(lines.some((l) => /--dport 80 -j KUBE-MARK-MASQ$/.test(l) && l.includes('cluster IP'))).toBe(true);
    expect(lines).toContain('-A KUBE-MARK-MASQ -j MARK --or-mark 0x8000');
  });

  it('nftables reads nftables.masqueradeAll and nftables.masqueradeBit, not the iptables ones', () => {
    const files = (fields: string) => [NODE, LB('{ip: 1.2.3.4}'), PROXY(`mode: nftables\nclusterCIDR: 10.244.0.0/16\n${fields}`)];
    const own = listing(files('nftables: {masqueradeAll: true, masqueradeBit: 12}'), 'nftables');
    expect(own.map((l) => l.trim())).toContain('ip daddr 10.96.0.50 jump mark-for-masquerade');
    expect(own.map((l) => l.trim())).toContain('mark set mark or 0x1000');
    const iptablesOnly = listing(files('iptables: {masqueradeAll: true, masqueradeBit: 12}'), 'nftables').map((l) => l.trim());
    expect(iptablesOnly).toContain('ip daddr 10.96.0.50 ip saddr != 10.244.0.0/16 jump mark-for-masquerade');
    expect(iptablesOnly).toContain('mark set mark or 0x4000');
  });

  it('a top-level masqueradeAll is not a v1alpha1 field: kube-proxy drops it, and the playground says so', () => {
    const report = analyze(NODE, LB('{ip: 1.2.3.4}'), PROXY('clusterCIDR: 10.244.0.0/16\nmasqueradeAll: true'));
    expect(report.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual([
      expect.stringContaining('unknown field "masqueradeAll"'),
    ]);
    expect(report.kubeProxyTraffic?.masqueradeAll).toBe(false);
  });
});

describe('nodePortAddresses and localhostNodePorts', () => {
  it('CIDRs: one KUBE-NODEPORTS jump per matching node address, no localhost rules without 127.0.0.0/8', () => {
    const lines = listing([NODE, LB('{ip: 1.2.3.4}'), PROXY('clusterCIDR: 10.244.0.0/16\nnodePortAddresses: [192.168.0.0/24]')]);
    expect(lines.filter((l) => l.includes('-j KUBE-NODEPORTS'))).toEqual([
      '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -d 192.168.0.2 -j KUBE-NODEPORTS',
    ]);
    expect(lines.some((l) => l.includes('localhost_nps_accepted_pkts') || l.startsWith(':KUBE-FIREWALL'))).toBe(false);
  });

  it('localhostNodePorts false: node ports are not reachable on 127.0.0.0/8', () => {
    const lines = listing([NODE, LB('{ip: 1.2.3.4}'), PROXY('clusterCIDR: 10.244.0.0/16\niptables: {localhostNodePorts: false}')]);
    expect(lines.some((l) => l.includes('--dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS'))).toBe(true);
    expect(lines.some((l) => l.includes('block incoming localnet connections'))).toBe(false);
  });

  it('nftables defaults to primary: the node IP in nodeport-ips; nodePortAddresses 0.0.0.0/0 uses fib daddr type local', () => {
    const primary = listing([NODE, LB('{ip: 1.2.3.4}'), PROXY('mode: nftables')]);
    expect(primary).toContain('\t\telements = { 192.168.0.2 }');
    const all = listing([NODE, LB('{ip: 1.2.3.4}'), PROXY('mode: nftables\nnodePortAddresses: [0.0.0.0/0]')]);
    expect(all.some((l) => l.includes('set nodeport-ips'))).toBe(false);
    expect(all).toContain('\t\tfib daddr type local ip daddr != 127.0.0.0/8 meta l4proto . th dport vmap @service-nodeports');
  });

  it('without the node’s InternalIP, "primary" cannot be resolved: listed as every local address, with a note', () => {
    const bare = NODE.replace('  addresses: [{type: InternalIP, address: 192.168.0.2}]\n', '');
    const result = nodeRules(analyze(bare, LB('{ip: 1.2.3.4}'), PROXY('mode: nftables')), { node: 'node-1' });
    if (!result.ok) throw new Error(result.error);
    expect(result.lines.some((l) => l.text.includes('fib daddr type local ip daddr != 127.0.0.0/8'))).toBe(true);
    expect(result.notes).toEqual([expect.stringContaining("needs the node's IP, which the input does not give")]);
  });

  it('kube-proxy refuses invalid values with its own messages', () => {
    const report = analyze(
      NODE,
      PROXY('clusterCIDR: 10.0.0.0/33\niptables: {masqueradeBit: 32}\nnodePortAddresses: [primary, 10.0.0.0/8]'),
    );
    const errors = report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('KubeProxyConfiguration.ClusterCIDR: Invalid value: "10.0.0.0/33"'),
        expect.stringContaining(
          'KubeProxyConfiguration.KubeProxyIPTablesConfiguration.MasqueradeBit: Invalid value: 32: must be within the range [0, 31]',
        ),
        expect.stringContaining(
          "KubeProxyConfiguration.NodePortAddresses[0]: Invalid value: \"primary\": can't use both 'primary' and CIDRs",
        ),
      ]),
    );
  });
});

describe('load-balancer ingress ipMode and source ranges', () => {
  it('ipMode Proxy: the LB IP gets no rule (traffic arrives on the node port)', () => {
    for (const mode of ['iptables', 'nftables'] as const) {
      const lines = listing([NODE, LB('{ip: 1.2.3.4, ipMode: Proxy}'), PROXY(`mode: ${mode}\nclusterCIDR: 10.244.0.0/16`)], mode);
      expect(lines.some((l) => l.includes('1.2.3.4'))).toBe(false);
      expect(lines.some((l) => l.includes('30080'))).toBe(true);
    }
  });

  it('ipMode VIP (and unset) is programmed; an unknown ipMode is refused', () => {
    expect(listing([NODE, LB('{ip: 1.2.3.4, ipMode: VIP}')]).some((l) => l.includes('-d 1.2.3.4'))).toBe(true);
    const report = analyze(NODE, LB('{ip: 1.2.3.4, ipMode: Direct}'));
    expect(report.diagnostics.some((d) => d.severity === 'error' && d.message.includes('ipMode: Unsupported value: "Direct"'))).toBe(true);
  });

  it('source ranges holding the node IP also admit the VIP as a source (traffic that loops back)', () => {
    const svc = LB('{ip: 1.2.3.4}', 'loadBalancerSourceRanges: [192.168.0.0/24, 203.0.113.0/25]');
    const ipt = listing([NODE, svc]);
    expect(ipt.filter((l) => l.startsWith('-A KUBE-FW-')).map((l) => l.replace(/KUBE-(FW|EXT)-\w+/g, 'KUBE-$1'))).toEqual([
      '-A KUBE-FW -m comment --comment "default/web:http loadbalancer IP" -s 192.168.0.0/24 -j KUBE-EXT',
      '-A KUBE-FW -m comment --comment "default/web:http loadbalancer IP" -s 203.0.113.0/25 -j KUBE-EXT',
      '-A KUBE-FW -m comment --comment "default/web:http loadbalancer IP" -s 1.2.3.4 -j KUBE-EXT',
      '-A KUBE-FW -m comment --comment "other traffic to default/web:http will be dropped by KUBE-PROXY-FIREWALL"',
    ]);
    const nft = listing([NODE, svc, PROXY('mode: nftables\nclusterCIDR: 10.244.0.0/16')], 'nftables');
    expect(nft).toContain('\t\tip saddr != { 192.168.0.0/24, 203.0.113.0/25, 1.2.3.4 } drop');
  });

  it('source ranges are refused on a Service that is not a LoadBalancer, and must be CIDRs', () => {
    const report = analyze(
      NODE,
      `apiVersion: v1
kind: Service
metadata: {name: np, namespace: default}
spec:
  type: NodePort
  loadBalancerSourceRanges: [10.0.0.0/8, not-a-cidr]
  ports: [{port: 80}]
`,
    );
    const errors = report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    expect(errors.some((m) => m.includes("may only be used when `type` is 'LoadBalancer'"))).toBe(true);
    expect(errors.some((m) => m.includes('"not-a-cidr": must be a list of IP ranges'))).toBe(true);
  });
});
