/**
 * `ipvsadm -Ln` on one node: a virtual server per cluster IP, external IP and load-balancer IP
 * of each service port, with kube-proxy's scheduler, persistence for ClientIP affinity and the
 * real servers it programs (pkg/proxy/ipvs/proxier.go syncService/syncEndpoint).
 */
import { syncVerdict } from '../dataplane/syncVerdict';
import type { IpvsScheduler } from '../model';
import type { TrafficKind } from '../report';
import type { NodeServicePort } from './nodeServicePorts';
import type { RuleLine } from './ruleLine';

const PROTOCOL_NUMBER: Record<string, number> = { tcp: 6, udp: 17, sctp: 132 };

interface VirtualServer {
  protocol: string;
  ip: string;
  port: number;
  lines: RuleLine[];
}

/**
 * @example
 * ipvsRules(nodeServicePorts(report, 'mnode-m02'), 'rr')[3].text; // "TCP  10.96.117.253:80 rr"
 */
export function ipvsRules(ports: readonly NodeServicePort[], scheduler: IpvsScheduler): RuleLine[] {
  const servers: VirtualServer[] = [];
  for (const port of ports) {
    const { info, summary, protocol } = port;
    const service = summary.key;
    const p = info.port.port;
    const addresses: [string, TrafficKind][] = [[summary.clusterIP!, 'internal']];
    for (const ip of [...(summary.externalIPs ?? []), ...(summary.loadBalancerIPs ?? [])]) addresses.push([ip, 'external']);
    for (const [ip, kind] of addresses) {
      const programmed = syncVerdict('ipvs', kind, info, port.categorized);
      const flags = summary.sessionAffinity === 'ClientIP' ? ` persistent ${summary.sessionAffinityTimeoutSeconds ?? 10800}` : '';
      const lines: RuleLine[] = [
        { text: `${protocol.toUpperCase()}  ${ip}:${p} ${scheduler}${flags}`, link: { service, port: p, traffic: kind } },
      ];
      if (programmed.verdict === 'forward') {
        const dests = [...programmed.endpoints].sort((a, b) => compareIP(a.ip, b.ip) || a.port - b.port);
        for (const ep of dests) {
          lines.push({
            text: `  -> ${ep.key.padEnd(28)} ${'Masq'.padEnd(7)} ${'1'.padEnd(6)} ${'0'.padEnd(10)} ${'0'.padEnd(10)}`,
            link: { service, port: p, traffic: kind, pod: ep.pod },
          });
        }
      } else {
        lines[0]!.link!.verdict = programmed.verdict;
      }
      servers.push({ protocol, ip, port: p, lines });
    }
  }
  // ipvsadm sorts virtual servers by protocol, address and port.
  servers.sort(
    (a, b) => (PROTOCOL_NUMBER[a.protocol] ?? 0) - (PROTOCOL_NUMBER[b.protocol] ?? 0) || compareIP(a.ip, b.ip) || a.port - b.port,
  );
  return [
    { text: 'IP Virtual Server version 1.2.1 (size=4096)' },
    { text: 'Prot LocalAddress:Port Scheduler Flags' },
    { text: '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn' },
    ...servers.flatMap((s) => s.lines),
  ];
}

function compareIP(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
