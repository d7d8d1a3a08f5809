/**
 * Pods the playground places get one address per family of their node's spec.podCIDRs (a
 * dual-stack CNI's IPAM), so a dual-stack Service's IPv6 EndpointSlice has endpoints and its IPv6
 * routes forward; a pod's written status keeps its podIPs as written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeWrittenFiles } from '../../../src/engine/analyzeCluster';
import type { RoutingReport } from '../../../src/engine/report';

const KIND_DUAL = readFileSync('test/fixtures/dual-stack/kind-dual-cluster.yaml', 'utf8');

function analyze(text: string): RoutingReport {
  return analyzeWrittenFiles([{ name: 'cluster.yaml', text }], { kubernetesVersion: '1.34' });
}

const inCIDR = (ip: string, prefix: string) => ip.startsWith(prefix);

describe('dual-stack nodes (spec.podCIDRs with an IPv6 CIDR)', () => {
  const report = analyze(KIND_DUAL);
  const pod = (key: string) => report.pods.find((p) => p.key === key)!;
  const podsOf = (owner: string) => report.pods.filter((p) => p.owner === owner);

  it('gives Deployment, DaemonSet and StatefulSet pods and a pod without status an address of each family from their node', () => {
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const placed = [...podsOf('Deployment web'), ...podsOf('DaemonSet agent'), ...podsOf('StatefulSet db'), pod('default/client')];
    expect(placed.length).toBe(2 + 2 + 1 + 1);
    for (const p of placed) {
      const index = ['kind-control-plane', 'kind-worker', 'kind-worker2'].indexOf(p.node!);
      expect(index, p.key).toBeGreaterThan(0);
      // status.podIPs: the IPv4 address first (the node's first pod CIDR), then the IPv6 one.
      expect(p.ips, p.key).toHaveLength(2);
      expect(p.ip).toBe(p.ips![0]);
      expect(inCIDR(p.ips![0]!, `10.244.${index}.`), p.key).toBe(true);
      expect(inCIDR(p.ips![1]!, `fd00:10:244:${index}::`), p.key).toBe(true);
    }
    expect(new Set(placed.flatMap((p) => p.ips)).size).toBe(placed.length * 2);
    expect(pod('default/client').ips).toEqual(['10.244.1.3', 'fd00:10:244:1::3']);
  });

  it('keeps a written status as written: IPv4 only', () => {
    expect(pod('default/legacy').ip).toBe('10.244.2.50');
    expect(pod('default/legacy').ips).toBeUndefined();
  });

  it('says both assumed addresses of a pod without status, and the pod CIDRs they come from', () => {
    const info = report.diagnostics.find((d) => d.message.startsWith('Pod default/client has no status.podIP'));
    expect(info?.message).toBe(
      "Pod default/client has no status.podIP; assuming status.podIPs 10.244.1.3, fd00:10:244:1::3 (10.244.1.3 from node kind-worker's pod CIDR 10.244.1.0/24, fd00:10:244:1::3 from its IPv6 pod CIDR fd00:10:244:1::/64)",
    );
  });

  it('fills the IPv6 EndpointSlice of a RequireDualStack Service, so its IPv6 routes forward to IPv6 endpoints', () => {
    const slices = report.endpointSlices.filter((s) => s.metadata.labels['kubernetes.io/service-name'] === 'web');
    expect(slices.map((s) => s.addressType).sort()).toEqual(['IPv4', 'IPv6']);
    const v6 = slices.find((s) => s.addressType === 'IPv6')!;
    expect(v6.endpoints).toHaveLength(2);
    for (const ep of v6.endpoints) expect(ep.addresses[0]).toMatch(/^fd00:10:244:[12]::/);

    const route = report.secondaryFamily!.routes.find((r) => r.from === 'default/client' && r.service === 'default/web')!;
    expect(route.ipFamily).toBe('IPv6');
    expect(route.fromIP).toBe('fd00:10:244:1::3');
    expect(route.verdict).toBe('forward');
    expect(route.endpoints.map((e) => e.ip).sort()).toEqual(v6.endpoints.map((e) => e.addresses[0]).sort());
    expect(route.trace.some((s) => s.message.includes('fd00:10:96::9c1'))).toBe(true);
  });

  it('routes a PreferDualStack Service in both families, from the DaemonSet pods of each node', () => {
    const routes = [...report.routes, ...report.secondaryFamily!.routes].filter(
      (r) => r.from === 'default/client' && r.service === 'default/agent',
    );
    expect(routes.map((r) => r.ipFamily)).toEqual(['IPv4', 'IPv6']);
    const [v4, v6] = routes as [(typeof routes)[number], (typeof routes)[number]];
    expect(v4.endpoints.every((e) => !e.ip.includes(':'))).toBe(true);
    expect(v6.endpoints.every((e) => e.ip.startsWith('fd00:10:244:'))).toBe(true);
    expect(v6.endpoints.map((e) => e.pod).sort()).toEqual(v4.endpoints.map((e) => e.pod).sort());
  });
});

describe('the default cluster (no Node objects)', () => {
  const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
---
apiVersion: v1
kind: Pod
metadata:
  name: client
spec:
  containers:
  - name: client
    image: busybox
`;
  const service = (policy: string) => `---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ipFamilyPolicy: ${policy}
  selector:
    app: web
  ports:
  - port: 80
`;

  it('is dual-stack when a Service asks for two IP families, and its info says so', () => {
    const report = analyze(DEPLOYMENT + service('PreferDualStack'));
    expect(report.nodes.map((n) => n.podCIDRs)).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => [`10.244.${i}.0/24`, i === 0 ? 'fd00:10:244::/64' : `fd00:10:244:${i}::/64`]),
    );
    const info = report.diagnostics.find((d) => d.message.startsWith('The input has no Node objects'))!;
    expect(info.severity).toBe('info');
    expect(info.message).toContain(
      'dual-stack because Service default/web asks for two IP families: each node has an IPv4 and an IPv6 pod CIDR (node-a1: 10.244.0.0/24, fd00:10:244::/64, and so on), so pods without status get an address of each family',
    );
    for (const p of report.pods) expect(p.ips?.map((ip) => ip.includes(':'))).toEqual([false, true]);
    const v6 = report.secondaryFamily!.routes.find((r) => r.service === 'default/web')!;
    expect(v6.verdict).toBe('forward');
    expect(v6.endpoints).toHaveLength(2);
  });

  it('stays IPv4 when every Service is single-stack', () => {
    const report = analyze(DEPLOYMENT + service('SingleStack'));
    expect(report.nodes.every((n) => n.podCIDRs === undefined)).toBe(true);
    expect(report.pods.every((p) => p.ips === undefined && !p.ip?.includes(':'))).toBe(true);
    const info = report.diagnostics.find((d) => d.message.startsWith('The input has no Node objects'))!;
    expect(info.message).not.toContain('dual-stack');
    expect(report.secondaryFamily).toBeUndefined();
  });
});
