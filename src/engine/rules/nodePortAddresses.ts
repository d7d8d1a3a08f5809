/**
 * Which of a node's addresses accept NodePort traffic (pkg/proxy/util/nodeport_addresses.go):
 * nodePortAddresses CIDRs of the family, or "primary" (the node's primary IP), or, when none
 * apply, every local address. The node's addresses are its InternalIPs and the loopback 127.0.0.1.
 */
import type { KubeProxyTrafficConfig } from '../model';
import { parseCIDR, parseIP, prefixContains, type IPFamily } from '../validation/cidr';

export interface NodePortAddressing {
  /** No CIDR applies: every local address (iptables "-m addrtype --dst-type LOCAL", nftables "fib daddr type local"). */
  matchAll: boolean;
  /** With CIDRs: the node's addresses they hold, loopback included when held. */
  ips: string[];
  /** ContainsIPv4Loopback: matchAll, or a CIDR holds 127.0.0.1 (route_localnet is then set). */
  containsIPv4Loopback: boolean;
  /**
   * "primary" or a CIDR was given but the node's InternalIP is not in the input: listed as
   * matchAll (every local address), with a note, rather than as a node that accepts no NodePort.
   */
  nodeIPUnknown: boolean;
}

const LOOPBACK = '127.0.0.1';

/**
 * @example
 * nodePortAddressing({ ...traffic, nodePortAddresses: ['192.168.0.2/32'] }, ['192.168.0.2']).ips; // ['192.168.0.2']
 */
export function nodePortAddressing(
  t: KubeProxyTrafficConfig,
  internalIPs: readonly string[],
  options: { nftables: boolean; family?: IPFamily },
): NodePortAddressing {
  const family = options.family ?? 'IPv4';
  const nodeIPs = internalIPs.filter((ip) => parseIP(ip)?.family === family);
  // kube-proxy in nftables mode defaults an empty nodePortAddresses to "primary" (KEP-3866).
  const written = t.nodePortAddresses.length === 0 && options.nftables ? ['primary'] : t.nodePortAddresses;
  const prefixes = written.flatMap((a) => {
    if (a === 'primary') {
      const primary = nodeIPs[0];
      return primary ? [parseCIDR(`${primary}/${family === 'IPv4' ? 32 : 128}`)!] : [];
    }
    const p = parseCIDR(a);
    return p && p.family === family ? [p] : [];
  });
  const nodeIPUnknown = written.length > 0 && nodeIPs.length === 0 && !prefixes.some((p) => p.bits === 0);
  // A zero CIDR (0.0.0.0/0) matches every address, as no CIDR does.
  if (prefixes.length === 0 || nodeIPUnknown || prefixes.some((p) => p.bits === 0))
    return { matchAll: true, ips: [], containsIPv4Loopback: family === 'IPv4', nodeIPUnknown };
  const addresses = family === 'IPv4' ? [LOOPBACK, ...nodeIPs] : nodeIPs;
  const ips = addresses.filter((ip) => prefixes.some((p) => prefixContains(p, parseIP(ip)!)));
  const loopback = parseIP(LOOPBACK)!;
  return { matchAll: false, ips, containsIPv4Loopback: prefixes.some((p) => prefixContains(p, loopback)), nodeIPUnknown };
}
