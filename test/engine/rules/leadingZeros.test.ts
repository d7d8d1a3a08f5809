import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { nodeRules } from '../../../src/engine/rules/nodeRules';
import type { KubeVersion } from '../../../src/engine/version';

// A selectorless Service with its own EndpointSlice, every address written with leading zeros
// (the CVE-2021-29923 form), and the same cluster written canonically.
const cluster = (zeros: boolean) => `
apiVersion: v1
kind: Node
metadata:
  name: node-a
---
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: ${zeros ? '10.96.0.041' : '10.96.0.41'}
  externalIPs: [${zeros ? '192.168.010.005' : '192.168.10.5'}]
  ports: [{ port: 5432 }]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: db-1
  labels: { kubernetes.io/service-name: db }
addressType: IPv4
endpoints:
- addresses: [${zeros ? '10.244.001.007' : '10.244.1.7'}]
  conditions: { ready: true }
  nodeName: node-a
ports: [{ port: 5432, protocol: TCP }]
`;

const analyze = (zeros: boolean, version: KubeVersion) =>
  analyzeFiles([{ name: 'db.yaml', text: cluster(zeros) }], { kubernetesVersion: version });

describe('IP addresses with leading zeros', () => {
  it('are accepted with the API server warning of the modelled version, at the field', () => {
    const old = analyze(true, '1.32').diagnostics.filter((d) => d.severity === 'warning');
    expect(old.map((d) => [d.line, d.message])).toEqual([
      [
        12,
        'spec.clusterIPs[0]: IP address was accepted, but will be invalid in a future Kubernetes release: ParseAddr("10.96.0.041"): IPv4 field has octet with leading zero',
      ],
      [
        13,
        'spec.externalIPs[0]: IP address was accepted, but will be invalid in a future Kubernetes release: ParseAddr("192.168.010.005"): IPv4 field has octet with leading zero',
      ],
    ]);
    const recent = analyze(true, '1.34').diagnostics.filter((d) => d.severity === 'warning');
    expect(recent.map((d) => d.message)).toEqual([
      'spec.clusterIPs[0]: non-standard IP address "10.96.0.041" will be considered invalid in a future Kubernetes release: use "10.96.0.41"',
      'spec.externalIPs[0]: non-standard IP address "192.168.010.005" will be considered invalid in a future Kubernetes release: use "192.168.10.5"',
    ]);
    expect(analyze(false, '1.34').diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('are stored as written, and reach the rules as kube-proxy parses them: the same chains as the canonical form', () => {
    const report = analyze(true, '1.34');
    expect(report.services[0]!.clusterIP).toBe('10.96.0.041');
    for (const mode of ['iptables', 'nftables', 'ipvs'] as const) {
      const listing = (zeros: boolean) => {
        const r = nodeRules(analyze(zeros, '1.34'), { node: 'node-a', mode });
        if (!r.ok) throw new Error(r.error);
        return r.lines.map((l) => l.text);
      };
      const written = listing(true);
      expect(written).toEqual(listing(false));
      expect(written.join('\n')).not.toMatch(/\b0\d+\./);
    }
    const view = report.serviceViews.find((v) => v.traffic === 'internal')!;
    expect(view.classes[0]!.endpoints.map((e) => `${e.ip}:${e.port}`)).toEqual(['10.244.1.7:5432']);
  });
});
