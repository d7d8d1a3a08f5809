import { describe, expect, it } from 'vitest';
import { nodeRules } from '../../../src/engine/rules/nodeRules';
import { overallReport, report, service, slice } from './upstreamFixture';

function ipvs(r: ReturnType<typeof overallReport>): string[] {
  const result = nodeRules(r, { node: 'test-node', mode: 'ipvs' });
  if (!result.ok) throw new Error(result.error);
  return result.lines.map((l) => l.text);
}

describe('ipvs rules (ipvsadm -Ln)', () => {
  it('prints ipvsadm headers, sorted virtual servers and padded real servers', () => {
    const lines = ipvs(overallReport({ proxyMode: 'ipvs', ipvsScheduler: 'rr' }));
    expect(lines.slice(0, 3)).toEqual([
      'IP Virtual Server version 1.2.1 (size=4096)',
      'Prot LocalAddress:Port Scheduler Flags',
      '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
    ]);
    const servers = lines.filter((l) => l.startsWith('TCP'));
    // ipvsadm sorts by address as a number: 1.2.3.4 before 5.6.7.8 before 172.30.…
    expect(servers.slice(0, 3)).toEqual(['TCP  1.2.3.4:80 rr', 'TCP  5.6.7.8:80 rr persistent 10800', 'TCP  172.30.0.41:80 rr']);
    const svc4 = lines.indexOf('TCP  172.30.0.44:80 rr');
    expect(lines.slice(svc4 + 1, svc4 + 3)).toEqual([
      '  -> 10.180.0.4:80                Masq    1      0          0         ',
      '  -> 10.180.0.5:80                Masq    1      0          0         ',
    ]);
    // No endpoints: the virtual server stays, with no real servers.
    const svc6 = lines.indexOf('TCP  172.30.0.46:80 rr');
    expect(lines[svc6 + 1]?.startsWith('TCP')).toBe(true);
  });

  it('uses the configured scheduler, and for iTP Local without local endpoints programs the cluster set only when externally accessible', () => {
    const local = service({ namespace: 'ns1', name: 'svc1', clusterIP: '172.30.1.1', internalTrafficPolicy: 'Local' });
    const lines = ipvs(
      report([local], [slice('ns1', 'svc1', [{ ip: '10.0.1.2', nodeName: 'host1' }])], { proxyMode: 'ipvs', ipvsScheduler: 'sh' }),
    );
    expect(lines.slice(3)).toEqual(['TCP  172.30.1.1:80 sh']);
  });
});
