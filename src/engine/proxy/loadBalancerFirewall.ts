/**
 * Who may enter through a Service's load-balancer IPs, as kube-proxy decides it for any Linux data
 * plane: which ingress IPs it programs at all (ServicePort.LoadBalancerVIPs keeps only ipMode VIP,
 * upstream's IsVIPMode; ipMode Proxy IPs get no rule, KEP-1860), and the loadBalancerSourceRanges
 * firewall (iptables KUBE-FW-* and KUBE-PROXY-FIREWALL, nftables firewall-ips and firewall-* chains,
 * IPVS KUBE-LOAD-BALANCER-SOURCE-CIDR). NodePorts are never subject to the source ranges.
 */
import { parseCIDR, parseIP, prefixContains, type IPFamily } from '../validation/cidr';

export interface LoadBalancerIngressFields {
  loadBalancerIPs?: readonly string[];
  loadBalancerProxyIPs?: readonly string[];
  loadBalancerSourceRanges?: readonly string[];
}

export interface SourceRangeFirewall {
  /** The source ranges of the family, canonical ("203.0.113.0/25"), in the Service's order. */
  ranges: string[];
  /** A range holds the node's IP: the load-balancer VIPs are allowed as sources too (VIP loops back). */
  allowFromNode: boolean;
  /** Every allowed source: the ranges, then the VIPs when allowFromNode. */
  allowed: string[];
}

/**
 * The ingress IPs kube-proxy programs: ipMode VIP (or unset); ipMode Proxy ones reach the nodes
 * through the load balancer, on the node port.
 *
 * @example
 * loadBalancerVIPs({ loadBalancerIPs: ['1.2.3.4', '5.6.7.8'], loadBalancerProxyIPs: ['5.6.7.8'] }); // ['1.2.3.4']
 */
export function loadBalancerVIPs(s: LoadBalancerIngressFields): string[] {
  const proxied = new Set(s.loadBalancerProxyIPs ?? []);
  return (s.loadBalancerIPs ?? []).filter((ip) => !proxied.has(ip));
}

/**
 * The firewall, or undefined when the Service has no programmed VIP or no source range of the family.
 *
 * @example
 * sourceRangeFirewall({ loadBalancerIPs: ['5.6.7.8'], loadBalancerSourceRanges: ['203.0.113.0/25'] }, '192.168.0.2')!.allowed;
 * // ['203.0.113.0/25']
 */
export function sourceRangeFirewall(
  s: LoadBalancerIngressFields,
  nodeIP?: string,
  family: IPFamily = 'IPv4',
): SourceRangeFirewall | undefined {
  const vips = loadBalancerVIPs(s).filter((ip) => parseIP(ip)?.family === family);
  const prefixes = (s.loadBalancerSourceRanges ?? []).map((r) => parseCIDR(r.trim())).filter((p) => p?.family === family);
  if (vips.length === 0 || prefixes.length === 0) return undefined;
  const node = nodeIP ? parseIP(nodeIP) : undefined;
  const allowFromNode = node !== undefined && prefixes.some((p) => prefixContains(p!, node));
  const ranges = prefixes.map((p) => p!.text);
  return { ranges, allowFromNode, allowed: allowFromNode ? [...ranges, ...vips] : ranges };
}

/**
 * Whether a client address passes the firewall.
 *
 * @example
 * firewallAdmits(fw, '203.0.113.130'); // false for 203.0.113.0/25
 */
export function firewallAdmits(fw: SourceRangeFirewall, sourceIP: string): boolean {
  const ip = parseIP(sourceIP);
  if (!ip) return false;
  return fw.allowed.some((a) => {
    const prefix = parseCIDR(a.includes('/') ? a : `${a}/${ip.family === 'IPv4' ? 32 : 128}`);
    return prefix !== undefined && prefixContains(prefix, ip);
  });
}

/**
 * One sentence for traces and the inspector: who may enter.
 *
 * @example
 * describeSourceRanges(fw); // "loadBalancerSourceRanges: only clients in 203.0.113.0/25 may reach the load-balancer IP; kube-proxy drops the rest (node ports are not filtered)"
 */
export function describeSourceRanges(fw: SourceRangeFirewall): string {
  const extra = fw.allowFromNode ? ', and the node itself (a range holds its IP, so the VIP is allowed as a source)' : '';
  return `loadBalancerSourceRanges: only clients in ${fw.ranges.join(', ')}${extra} may reach the load-balancer IP; kube-proxy drops the rest (node ports are not filtered)`;
}
