/**
 * The rules view: what kube-proxy programs on one node, in the format of the tool an operator
 * would run there (iptables-save, nft list table ip kube-proxy, ipvsadm -Ln).
 */
import type { RoutingReport } from '../report';
import { iptablesRules } from './iptablesRules';
import { ipvsRules } from './ipvsRules';
import { nftablesRules } from './nftablesRules';
import { nodeServicePorts } from './nodeServicePorts';
import { nftablesDump } from './nftablesDump';
import type { RuleLine, RulesMode } from './ruleLine';
import { rulesContext } from './rulesContext';

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
}

export type NodeRulesResult =
  { ok: true; mode: RulesMode; command: string; lines: RuleLine[]; notes: string[] } | { ok: false; error: string };

const COMMANDS: Record<RulesMode, string> = {
  iptables: 'iptables-save',
  nftables: 'nft list table ip kube-proxy',
  ipvs: 'ipvsadm -Ln',
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
  const ctx = rulesContext(report, options.node, mode, options.clusterCIDR ? { clusterCIDR: options.clusterCIDR } : {});
  const lines =
    mode === 'iptables'
      ? iptablesRules(ports, ctx)
      : mode === 'nftables'
        ? options.transaction
          ? nftablesDump(ports, ctx)
          : nftablesRules(ports, ctx)
        : ipvsRules(ports, report.ipvsScheduler ?? 'rr');
  const command = mode === 'nftables' && options.transaction ? 'nft -f (kube-proxy transaction)' : COMMANDS[mode];
  return { ok: true, mode, command, lines, notes: ctx.notes };
}

/** The listing as text, one line each, ending with a newline. */
export function rulesText(lines: readonly RuleLine[]): string {
  return lines.map((l) => l.text).join('\n') + '\n';
}
