/**
 * `ipvsadm -Ln` and `ipset list` on one node: a virtual server per cluster IP, external IP,
 * load-balancer ingress IP (not those with ipMode Proxy) and, for a nodePort, per node address, with
 * kube-proxy's scheduler, persistence for ClientIP affinity and the real servers it programs; then
 * the ipsets its iptables rules match (pkg/proxy/ipvs/proxier.go syncProxyRules, syncService,
 * syncEndpoint; graceful_termination.go for real servers being removed).
 */
import { syncVerdict } from '../dataplane/syncVerdict';
import type { IpvsScheduler } from '../model';
import { endpointKey, type ProxyEndpoint } from '../proxy/proxyEndpoint';
import type { TrafficKind } from '../report';
import { parseCIDR, parseIP, prefixContains } from '../validation/cidr';
import { Ipsets } from './ipvsIpsets';
import type { NodeServicePort } from './nodeServicePorts';
import type { RuleLine, RuleLink } from './ruleLine';

const PROTOCOL_NUMBER: Record<string, number> = { tcp: 6, udp: 17, sctp: 132 };

export interface IpvsOptions {
  scheduler: IpvsScheduler;
  node: string;
  /**
   * The node's addresses kube-proxy makes NodePort virtual servers for (every local address but
   * loopback and kube-ipvs0's, or those nodePortAddresses selects); empty when the input gives none.
   */
  nodeIPs: readonly string[];
  /** kube-proxy's own node IP (the Node's first InternalIP); default the first of nodeIPs. */
  nodeIP?: string;
}

export interface IpvsListing {
  lines: RuleLine[];
  /** What the listing assumes or leaves out, in plain words. */
  notes: string[];
}

interface VirtualServer {
  protocol: string;
  ip: string;
  port: number;
  lines: RuleLine[];
}

/**
 * @example
 * ipvsRules(nodeServicePorts(report, 'mnode-m02'), { scheduler: 'rr', node: 'mnode-m02', nodeIPs: [] }).lines[3].text;
 * // "TCP  10.96.117.253:80 rr"
 */
export function ipvsRules(ports: readonly NodeServicePort[], options: IpvsOptions): IpvsListing {
  const { scheduler, node } = options;
  const servers: VirtualServer[] = [];
  const ipv6 = ports.length > 0 && ports.every((p) => p.summary.clusterIP!.includes(':'));
  const nodeIPs = options.nodeIPs.filter((ip) => ip.includes(':') === ipv6);
  const nodeAddressSet = new Set(nodeIPs);
  const primaryIP = options.nodeIP ?? nodeIPs[0];
  const sets = new Ipsets(ipv6);
  const notes: string[] = [];
  const draining = new Map<string, string>();
  const nodePorts: string[] = [];

  for (const port of ports) {
    const { info, summary, protocol } = port;
    const service = summary.key;
    const p = info.port.port;
    const link = (traffic: TrafficKind, extra: Partial<RuleLink> = {}): RuleLink => ({ service, port: p, traffic, ...extra });
    const member = (ip: string, portNumber = p) => `${ip},${protocol}:${portNumber}`;
    const addServer = (ip: string, vsPort: number, kind: TrafficKind) =>
      servers.push({ protocol, ip, port: vsPort, lines: virtualServer(port, ip, vsPort, kind, scheduler, node, draining) });

    // Hairpin: a local endpoint reaching its own Service is masqueraded.
    for (const ep of port.endpoints) {
      if (ep.nodeName === node) sets.add('KUBE-LOOP-BACK', `${ep.ip},${protocol}:${ep.port},${ep.ip}`, link('internal', { pod: ep.pod }));
    }
    const clusterIP = summary.clusterIP!;
    sets.add('KUBE-CLUSTER-IP', member(clusterIP), link('internal'));
    sets.add('KUBE-IPVS-IPS', clusterIP);
    addServer(clusterIP, p, 'internal');

    for (const ip of summary.externalIPs ?? []) {
      sets.add(info.externalPolicyLocal ? 'KUBE-EXTERNAL-IP-LOCAL' : 'KUBE-EXTERNAL-IP', member(ip), link('external'));
      if (!nodeAddressSet.has(ip)) sets.add('KUBE-IPVS-IPS', ip);
      addServer(ip, p, 'external');
    }

    const proxyIPs = new Set(summary.loadBalancerProxyIPs ?? []);
    for (const ip of summary.loadBalancerIPs ?? []) {
      if (proxyIPs.has(ip)) continue;
      sets.add('KUBE-LOAD-BALANCER', member(ip), link('external'));
      if (info.externalPolicyLocal) sets.add('KUBE-LOAD-BALANCER-LOCAL', member(ip), link('external'));
      const ranges = summary.loadBalancerSourceRanges ?? [];
      if (ranges.length) {
        sets.add('KUBE-LOAD-BALANCER-FW', member(ip), link('external'));
        let allowFromNode = false;
        for (const range of ranges) {
          const prefix = parseCIDR(range.trim());
          if (!prefix) continue;
          sets.add('KUBE-LOAD-BALANCER-SOURCE-CIDR', `${member(ip)},${prefix.text}`, link('external'));
          const primary = primaryIP && parseIP(primaryIP);
          if (primary && prefixContains(prefix, primary)) allowFromNode = true;
        }
        // NOTE: the proxier lets the node itself reach the LB IP when a range holds the node's IP.
        if (allowFromNode) sets.add('KUBE-LOAD-BALANCER-SOURCE-IP', `${member(ip)},${ip}`, link('external'));
      }
      if (!nodeAddressSet.has(ip)) sets.add('KUBE-IPVS-IPS', ip);
      addServer(ip, p, 'external');
    }

    const skipped = (summary.loadBalancerIPs ?? []).filter((ip) => proxyIPs.has(ip));
    if (skipped.length && port === ports.find((q) => q.summary.key === service)) {
      notes.push(
        `${service}: ${skipped.join(', ')} ${skipped.length === 1 ? 'has' : 'have'} ipMode: Proxy, so the load balancer delivers to the node with its own address as destination; kube-proxy makes no virtual server and no KUBE-LOAD-BALANCER entry for ${skipped.length === 1 ? 'it' : 'them'} (the traffic comes in through the node port).`,
      );
    }

    const nodePort = info.port.nodePort;
    if (nodePort) {
      nodePorts.push(`${nodePort}/${protocol.toUpperCase()}`);
      // NOTE: without node addresses the proxier skips the nodePort altogether (`len(nodeIPs) == 0`).
      if (nodeIPs.length === 0) continue;
      if (protocol === 'sctp') {
        for (const ip of nodeIPs) {
          sets.add('KUBE-NODE-PORT-SCTP-HASH', member(ip, nodePort), link('external'));
          if (info.externalPolicyLocal) sets.add('KUBE-NODE-PORT-LOCAL-SCTP-HASH', member(ip, nodePort), link('external'));
        }
      } else {
        const upper = protocol.toUpperCase() as 'TCP' | 'UDP';
        sets.add(`KUBE-NODE-PORT-${upper}`, String(nodePort), link('external'));
        if (info.externalPolicyLocal) sets.add(`KUBE-NODE-PORT-LOCAL-${upper}`, String(nodePort), link('external'));
      }
      for (const ip of nodeIPs) addServer(ip, nodePort, 'external');
    }
  }

  // ipvsadm sorts virtual servers by protocol, address and port.
  servers.sort(
    (a, b) => (PROTOCOL_NUMBER[a.protocol] ?? 0) - (PROTOCOL_NUMBER[b.protocol] ?? 0) || compareIP(a.ip, b.ip) || a.port - b.port,
  );

  if (nodePorts.length) {
    const unique = [...new Set(nodePorts)];
    notes.push(
      nodeIPs.length
        ? `The nodePort virtual servers (${unique.join(', ')}) are listed for the node's addresses the input gives (${nodeIPs.join(', ')}); on the node kube-proxy makes them for every local address but loopback and kube-ipvs0's (docker0, the CNI bridge …, which the input does not give), or for those nodePortAddresses selects.`
        : `${node} gives no status.addresses: kube-proxy makes a nodePort virtual server for every address of the node, which the input does not give, so none is listed for ${unique.join(', ')}.`,
    );
  }
  for (const [key, pod] of draining) {
    notes.push(
      `${key} (${pod}) is terminating and no longer one of the Service's real servers: kube-proxy's graceful-termination manager sets a TCP real server's weight to 0 (no new connections) and deletes it once ActiveConn and InActConn are both 0, checking every minute; a UDP or SCTP real server is deleted at once. The listing counts no connections, so it shows the server at weight 0 while the pod terminates.`,
    );
  }
  const empty = sets.emptySets();
  return {
    lines: [
      { text: 'IP Virtual Server version 1.2.1 (size=4096)' },
      { text: 'Prot LocalAddress:Port Scheduler Flags' },
      { text: '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn' },
      ...servers.flatMap((s) => s.lines),
      { text: '' },
      ...sets.render(),
    ],
    notes: [
      ...notes,
      `ActiveConn and InActConn are 0: the listing counts no connections (the Data plane panel simulates them). ipset list also shows kube-proxy's empty sets: ${empty.join(', ')}.`,
    ],
  };
}

/** One virtual server and its real servers, with the removed ones that drain at weight 0. */
function virtualServer(
  port: NodeServicePort,
  ip: string,
  vsPort: number,
  kind: TrafficKind,
  scheduler: IpvsScheduler,
  node: string,
  draining: Map<string, string>,
): RuleLine[] {
  const { info, summary, protocol } = port;
  const service = summary.key;
  const p = info.port.port;
  const programmed = syncVerdict('ipvs', kind, info, port.categorized);
  const flags = summary.sessionAffinity === 'ClientIP' ? ` persistent ${summary.sessionAffinityTimeoutSeconds ?? 10800}` : '';
  const head: RuleLine = {
    text: `${protocol.toUpperCase()}  ${endpointKey(ip, vsPort)} ${scheduler}${flags}`,
    link: { service, port: p, traffic: kind },
  };
  if (programmed.verdict !== 'forward') head.link!.verdict = programmed.verdict;
  const rows: { ep: ProxyEndpoint; weight: number }[] = [];
  if (programmed.verdict === 'forward') for (const ep of programmed.endpoints) rows.push({ ep, weight: 1 });
  // NOTE: a terminating endpoint that kube-proxy no longer programs was a real server before its pod
  // began terminating (graceful_termination.go GracefulDeleteRS): a TCP one drains at weight 0.
  if (protocol === 'tcp') {
    const programmedSet = new Set(rows.map((r) => r.ep));
    const local = (kind === 'internal' ? info.internalPolicyLocal : info.externalPolicyLocal) && !programmed.localFallback;
    for (const ep of port.endpoints) {
      if (!ep.terminating || programmedSet.has(ep) || (local && ep.nodeName !== node)) continue;
      rows.push({ ep, weight: 0 });
      draining.set(ep.key, ep.pod);
    }
  }
  rows.sort((a, b) => compareIP(a.ep.ip, b.ep.ip) || a.ep.port - b.ep.port);
  return [
    head,
    ...rows.map(({ ep, weight }) => ({
      text: `  -> ${ep.key.padEnd(28)} ${'Masq'.padEnd(7)} ${String(weight).padEnd(6)} ${'0'.padEnd(10)} ${'0'.padEnd(10)}`,
      link: { service, port: p, traffic: kind, pod: ep.pod },
    })),
  ];
}

/** Addresses as numbers, as ipvsadm sorts them (IPv4 before IPv6). */
function compareIP(a: string, b: string): number {
  const pa = parseIP(a);
  const pb = parseIP(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  if (pa.family !== pb.family) return pa.family === 'IPv4' ? -1 : 1;
  return pa.value < pb.value ? -1 : pa.value > pb.value ? 1 : 0;
}
