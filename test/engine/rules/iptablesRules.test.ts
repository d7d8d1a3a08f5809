import { describe, expect, it } from 'vitest';
import { iptablesEndpointChain, iptablesServiceChain } from '../../../src/engine/rules/chainNames';
import { nodeRules } from '../../../src/engine/rules/nodeRules';
import { overallReport, report, service, slice } from './upstreamFixture';

function listing(r: ReturnType<typeof overallReport>, services?: string[]): string[] {
  const result = nodeRules(r, { node: 'test-node', clusterCIDR: '10.0.0.0/8', ...(services ? { services } : {}) });
  if (!result.ok) throw new Error(result.error);
  return result.lines.map((l) => l.text);
}

describe('iptables rules (iptables-save)', () => {
  it('links each rule to the route it implements', () => {
    const result = nodeRules(overallReport(), { node: 'test-node', clusterCIDR: '10.0.0.0/8' });
    if (!result.ok) throw new Error(result.error);
    const line = (text: string) => result.lines.find((l) => l.text.includes(text))!;
    expect(line('"ns6/svc6:p80 has no endpoints"').link).toEqual({ service: 'ns6/svc6', port: 80, traffic: 'internal', verdict: 'reject' });
    expect(line('--probability 0.5000000000 -j KUBE-SEP-UKSFD7AGPMPPLUHC').link).toEqual({
      service: 'ns4/svc4',
      port: 80,
      pod: '10.180.0.4',
    });
    expect(line('-A KUBE-EXT-GNZBNJ2PO5MGZ6GT -m comment --comment "pod traffic').link).toMatchObject({
      service: 'ns2/svc2',
      traffic: 'external',
    });
  });

  it('lists only the chosen Services next to the fixed chains', () => {
    const lines = listing(overallReport(), ['ns6/svc6']);
    expect(lines.filter((l) => l.includes('ns6/svc6'))).toHaveLength(1);
    expect(lines.some((l) => l.includes('ns1/svc1'))).toBe(false);
    expect(lines).toContain('-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000');
  });

  // syncProxyRules: iTP Local → a KUBE-SVL chain on nodes with local endpoints, and on the others
  // DROP in filter KUBE-SERVICES with "has no local endpoints".
  it('iTP Local: KUBE-SVL with the local endpoints, DROP where there are none', () => {
    const svl = iptablesServiceChain('KUBE-SVL-', 'ns1/svc1:p80', 'tcp');
    const sep = iptablesEndpointChain('ns1/svc1:p80', 'tcp', '10.0.1.1:80');
    const svc = service({ namespace: 'ns1', name: 'svc1', clusterIP: '172.30.1.1', internalTrafficPolicy: 'Local' });
    const withLocal = listing(
      report(
        [svc],
        [
          slice('ns1', 'svc1', [
            { ip: '10.0.1.1', nodeName: 'test-node' },
            { ip: '10.0.1.2', nodeName: 'host1' },
          ]),
        ],
      ),
    );
    expect(withLocal).toContain(
      `-A KUBE-SERVICES -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp -p tcp -d 172.30.1.1 --dport 80 -j ${svl}`,
    );
    expect(withLocal).toContain(`-A ${svl} -m comment --comment "ns1/svc1:p80 -> 10.0.1.1:80" -j ${sep}`);
    expect(withLocal.some((l) => l.startsWith(':KUBE-SVC-'))).toBe(false);
    const withoutLocal = listing(report([svc], [slice('ns1', 'svc1', [{ ip: '10.0.1.2', nodeName: 'host1' }])]));
    expect(withoutLocal).toContain(
      '-A KUBE-SERVICES -m comment --comment "ns1/svc1:p80 has no local endpoints" -m tcp -p tcp -d 172.30.1.1 --dport 80 -j DROP',
    );
    expect(withoutLocal.some((l) => /^:KUBE-(SVC|SVL|SEP)-/.test(l))).toBe(false);
  });

  it('eTP Local with a local endpoint: KUBE-EXT falls through to KUBE-SVL', () => {
    const svc = service({
      namespace: 'ns1',
      name: 'svc1',
      type: 'NodePort',
      externalTrafficPolicy: 'Local',
      clusterIP: '172.30.0.41',
      ports: [{ name: 'p80', port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30080 }],
    });
    const lines = listing(
      report(
        [svc],
        [
          slice('ns1', 'svc1', [
            { ip: '10.180.0.1', nodeName: 'test-node' },
            { ip: '10.180.2.1', nodeName: 'host2' },
          ]),
        ],
      ),
    );
    const ext = lines.filter((l) => l.startsWith('-A KUBE-EXT-'));
    expect(ext.at(-1)).toMatch(/^-A KUBE-EXT-(\w+) -j KUBE-SVL-\1$/);
    const svl = lines.filter((l) => l.startsWith('-A KUBE-SVL-'));
    expect(svl).toHaveLength(1);
    expect(svl[0]).toContain('"ns1/svc1:p80 -> 10.180.0.1:80" -j KUBE-SEP-');
    expect(lines.filter((l) => l.startsWith('-A KUBE-SVC-') && l.includes('-> '))).toHaveLength(2);
  });
});
