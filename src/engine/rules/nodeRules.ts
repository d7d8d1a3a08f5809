/**
 * The rules view: what kube-proxy programs on one node, in the format of the tool an operator
 * would run there (iptables-save, nft list table ip kube-proxy, ipvsadm -Ln).
 */
import type { RoutingReport } from '../report';
import { iptablesRules } from './iptablesRules';
import { ipvsRules } from './ipvsRules';
import { nftablesRules } from './nftablesRules';
import { dualStackFamily, nodeServicePorts, type NodeServicePort } from './nodeServicePorts';
import { nftablesDump } from './nftablesDump';
import type { RuleLine, RulesMode } from './ruleLine';
import { rulesContext } from './rulesContext';
import { parseCIDR, parseIP, prefixContains } from '../validation/cidr';

export interface NodeRulesOptions {
  node: string;
  /** Default: the report's proxy mode. */
  mode?: RulesMode;
  /** "namespace/name" of the Services to list; default every Service. */
  services?: readonly string[];
  /** Overrides the KubeProxyConfiguration's clusterCIDR. */
  clusterCIDR?: string;
  /** nftables only: print the table as kube-proxy's transaction (`nft -f` input, as upstream's tests dump it). */
  transaction?: boolean;
  /** Overrides the KubeProxyConfiguration's nodePortAddresses: CIDRs, or "primary". */
  nodePortAddresses?: readonly string[];
}

export type NodeRulesResult =
  { ok: true; mode: RulesMode; command: string; lines: RuleLine[]; notes: string[] } | { ok: false; error: string };

const COMMANDS: Record<RulesMode, string> = {
  iptables: 'iptables-save',
  nftables: 'nft list table ip kube-proxy',
  ipvs: 'ipvsadm -Ln; ipset list',
};

/**
 * @example
 * const r = nodeRules(report, { node: 'mnode-m02', services: ['default/echo-svc'] });
 * if (r.ok) console.log(r.lines.map((l) => l.text).join('\n'));
 */
export function nodeRules(report: RoutingReport, options: NodeRulesOptions): NodeRulesResult {
  if (!report.nodes.some((n) => n.name === options.node)) {
    return { ok: false, error: `nodes "${options.node}" not found` };
  }
  const mode = options.mode ?? (report.proxyMode === 'kernelspace' ? undefined : report.proxyMode);
  if (!mode) {
    return {
      ok: false,
      error:
        'kube-proxy mode kernelspace programs Windows HNS load balancers, not iptables, nftables or IPVS rules; pass --mode to see what a Linux node would get',
    };
  }
  const ports = nodeServicePorts(report, options.node, options.services);
  const override = {
    ...(options.clusterCIDR ? { clusterCIDR: options.clusterCIDR } : {}),
    ...(options.nodePortAddresses ? { nodePortAddresses: [...options.nodePortAddresses] } : {}),
  };
  const ctx = rulesContext(report, options.node, mode, override);
  ctx.notes.push(...dualStackNotes(ports, mode));
  if (mode === 'ipvs') {
    const node = report.nodes.find((n) => n.name === options.node)!;
    const nodeIPs = nodePortIPs(node.addresses ?? [], ctx.traffic.nodePortAddresses);
    const nodeIP = nodePortIPs(node.addresses ?? [])[0];
    const listing = ipvsRules(ports, {
      scheduler: report.ipvsScheduler ?? 'rr',
      node: options.node,
      nodeIPs,
      ...(nodeIP ? { nodeIP } : {}),
    });
    return {
      ok: true,
      mode,
      command: COMMANDS[mode],
      lines: listing.lines,
      notes: [...ctx.notes, ...(listing.notes ?? []), ipvsIptablesNote(ctx)],
    };
  }
  const lines =
    mode === 'iptables' ? iptablesRules(ports, ctx) : options.transaction ? nftablesDump(ports, ctx) : nftablesRules(ports, ctx);
  const command = mode === 'nftables' && options.transaction ? 'nft -f (kube-proxy transaction)' : COMMANDS[mode];
  return { ok: true, mode, command, lines, notes: ctx.notes };
}

/** What a listing of dual-stack Services shows: one proxier's family; the other's is not modelled. */
function dualStackNotes(ports: readonly NodeServicePort[], mode: RulesMode): string[] {
  const byFamily = new Map<string, string[]>();
  for (const port of ports) {
    const family = dualStackFamily(port.summary);
    if (!family) continue;
    const list = byFamily.get(family) ?? [];
    if (!list.includes(port.summary.key)) list.push(port.summary.key);
    byFamily.set(family, list);
  }
  return [...byFamily].map(([family, services]) => {
    const other = family === 'IPv4' ? 'IPv6' : 'IPv4';
    const tool =
      mode === 'iptables'
        ? other === 'IPv6'
          ? 'ip6tables'
          : 'iptables'
        : mode === 'nftables'
          ? `the ${other === 'IPv6' ? 'ip6' : 'ip'} kube-proxy table`
          : 'IPVS';
    return `${services.join(', ')} ${services.length === 1 ? 'is' : 'are'} dual-stack: listed as kube-proxy's ${family} proxier programs ${services.length === 1 ? 'it' : 'them'} (the ${family} cluster IP, the ${family} EndpointSlices). The ${other} proxier's rules (${tool}) are not modelled.`;
  });
}

/** The listing as text, one line each, ending with a newline. */
export function rulesText(lines: readonly RuleLine[]): string {
  return lines.map((l) => l.text).join('\n') + '\n';
}

/**
 * The node addresses the IPVS proxier makes nodePort virtual servers for: the Node's InternalIP
 * addresses (the ones certainly on its interfaces), all of them or those nodePortAddresses selects
 * ("primary": the first of each family, as kube-proxy's node IPs).
 *
 * @example
 * nodePortIPs([{ type: 'InternalIP', address: '192.168.49.2' }], ['192.168.0.0/16']); // ['192.168.49.2']
 */
export function nodePortIPs(addresses: readonly { type: string; address: string }[], nodePortAddresses?: readonly string[]): string[] {
  const internal = addresses.filter((a) => a.type === 'InternalIP' && parseIP(a.address)).map((a) => a.address);
  if (!nodePortAddresses || nodePortAddresses.length === 0) return internal;
  const primary = new Set<string>();
  for (const family of [false, true]) {
    const first = internal.find((ip) => ip.includes(':') === family);
    if (first) primary.add(first);
  }
  const prefixes = nodePortAddresses.map((c) => parseCIDR(c)).filter((c) => c !== undefined);
  return internal.filter(
    (ip) => (nodePortAddresses.includes('primary') && primary.has(ip)) || prefixes.some((prefix) => prefixContains(prefix, parseIP(ip)!)),
  );
}

/**
 * In IPVS mode kube-proxy also writes iptables rules (matching the ipsets), which the listing does
 * not print: where the local-traffic detector and the masquerade fields act in that mode.
 */
function ipvsIptablesNote(ctx: ReturnType<typeof rulesContext>): string {
  const masq = ctx.masqueradeAll
    ? 'iptables.masqueradeAll is on: every connection to a cluster IP is marked'
    : ctx.detector.implemented
      ? `connections to a cluster IP from outside the pod network (${ctx.detector.iptablesIfNotLocal}) are marked`
      : 'no local-traffic detector (no clusterCIDR): connections to a cluster IP are not marked for masquerade';
  return `kube-proxy also writes iptables rules in IPVS mode (nat KUBE-SERVICES matching these ipsets, KUBE-MARK-MASQ, KUBE-POSTROUTING, the filter firewall chains), which this listing does not print; there ${masq} with ${ctx.masqueradeMark} (iptables.masqueradeBit) and masqueraded on the way out.`;
}
