/**
 * The rules view: what kube-proxy programs on one node, in the format of the tool an operator
 * would run there (iptables-save, nft list table ip kube-proxy, ipvsadm -Ln).
 */
import type { RoutingReport } from '../report';
import { iptablesRules } from './iptablesRules';
import { ipvsRules } from './ipvsRules';
import { nftablesRules } from './nftablesRules';
import { nodeServicePorts } from './nodeServicePorts';
import type { RuleLine, RulesMode } from './ruleLine';

/** kubeadm's --pod-network-cidr, which the engine hands pod IPs out of; kube-proxy's clusterCIDR. */
export const DEFAULT_CLUSTER_CIDR = '10.244.0.0/16';

export interface NodeRulesOptions {
  node: string;
  /** Default: the report's proxy mode. */
  mode?: RulesMode;
  /** "namespace/name" of the Services to list; default every Service. */
  services?: readonly string[];
  clusterCIDR?: string;
}

export type NodeRulesResult = { ok: true; mode: RulesMode; command: string; lines: RuleLine[] } | { ok: false; error: string };

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
  const clusterCIDR = options.clusterCIDR ?? DEFAULT_CLUSTER_CIDR;
  const lines =
    mode === 'iptables'
      ? iptablesRules(ports, { clusterCIDR })
      : mode === 'nftables'
        ? nftablesRules(ports, { clusterCIDR })
        : ipvsRules(ports, report.ipvsScheduler ?? 'rr');
  return { ok: true, mode, command: COMMANDS[mode], lines };
}

/** The listing as text, one line each, ending with a newline. */
export function rulesText(lines: readonly RuleLine[]): string {
  return lines.map((l) => l.text).join('\n') + '\n';
}
