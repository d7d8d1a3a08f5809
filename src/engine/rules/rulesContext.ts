/**
 * What one node's kube-proxy knows besides Services and endpoints when it writes rules: its
 * KubeProxyConfiguration (local-traffic detector, masquerade mark, masqueradeAll,
 * nodePortAddresses, localhostNodePorts), the node's IPs and pod CIDRs, and the Service CIDRs.
 */
import { defaultTrafficConfig } from '../decode/decodeKubeProxyConfiguration';
import type { KubeProxyTrafficConfig } from '../model';
import type { RoutingReport } from '../report';
import { podCidrPrefix } from '../scheduler/podIPs';
import { localDetector, type LocalDetector } from './localDetector';
import { nodePortAddressing, type NodePortAddressing } from './nodePortAddresses';

export interface RulesContext {
  traffic: KubeProxyTrafficConfig;
  detector: LocalDetector;
  masqueradeAll: boolean;
  /** "0x4000" for masqueradeBit 14, as iptables-save prints it. */
  masqueradeMark: string;
  nodePorts: NodePortAddressing;
  /** iptables.localhostNodePorts, off unless nodePortAddresses holds 127.0.0.1 (NewProxier). */
  localhostNodePorts: boolean;
  /** The node's primary IP (its first InternalIP), when the input gives one. */
  nodeIP?: string;
  /** IPv4 Service CIDRs (nftables cluster-ips-check drops traffic to unallocated ones). */
  serviceCIDRs: string[];
  /** Things the listing could not know, said next to it. */
  notes: string[];
}

/**
 * @example
 * rulesContext(report, 'node-a1', 'iptables').masqueradeMark; // "0x4000"
 */
export function rulesContext(
  report: RoutingReport,
  nodeName: string,
  mode: 'iptables' | 'nftables' | 'ipvs',
  override: Partial<KubeProxyTrafficConfig> = {},
): RulesContext {
  const traffic: KubeProxyTrafficConfig = { ...(report.kubeProxyTraffic ?? defaultTrafficConfig(false)), ...override };
  const index = report.nodes.findIndex((n) => n.name === nodeName);
  const node = report.nodes[index];
  const podCIDRs = node?.podCIDRs ?? (index >= 0 ? [`${podCidrPrefix(index)}.0/24`] : []);
  const internalIPs = node?.internalIPs ?? [];
  const nodePorts = nodePortAddressing(traffic, internalIPs, { nftables: mode === 'nftables' });
  const notes: string[] = [];
  if (nodePorts.nodeIPUnknown)
    notes.push(
      `nodePortAddresses ${traffic.nodePortAddresses.length ? traffic.nodePortAddresses.join(',') : 'primary (the nftables default)'} needs the node's IP, which the input does not give: listed as if every local address accepted NodePort traffic; give Node ${nodeName} a status.addresses InternalIP to see the addresses it picks`,
    );
  const detector = localDetector(traffic, podCIDRs);
  const serviceCIDRs = (report.serviceCIDRs ?? ['10.96.0.0/12']).filter((c) => !c.includes(':'));
  const context: RulesContext = {
    traffic,
    detector,
    // The nftables proxier reads nftables.masqueradeAll/masqueradeBit; iptables and IPVS read iptables.*.
    masqueradeAll: mode === 'nftables' ? traffic.nftablesMasqueradeAll : traffic.masqueradeAll,
    masqueradeMark: `0x${(2 ** (mode === 'nftables' ? traffic.nftablesMasqueradeBit : traffic.masqueradeBit)).toString(16)}`,
    nodePorts,
    localhostNodePorts: traffic.localhostNodePorts && nodePorts.containsIPv4Loopback,
    serviceCIDRs,
    notes,
  };
  if (internalIPs[0]) context.nodeIP = internalIPs[0];
  return context;
}
