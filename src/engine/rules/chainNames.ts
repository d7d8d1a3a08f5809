/**
 * kube-proxy's chain names: iptables KUBE-SVC-/KUBE-SEP-… (pkg/proxy/iptables/proxier.go
 * servicePortPolicyClusterChain and friends) and nftables hashAndTruncate names
 * (pkg/proxy/nftables/proxier.go).
 */
import { base32Std } from './base32';
import { sha256 } from './sha256';

/** base32(sha256(s))[:16], the hash in every iptables chain name. */
function portProtoHash(s: string): string {
  return base32Std(sha256(s)).slice(0, 16);
}

export type ServiceChainPrefix = 'KUBE-SVC-' | 'KUBE-SVL-' | 'KUBE-EXT-' | 'KUBE-FW-';

/**
 * @example
 * iptablesServiceChain('KUBE-SVC-', 'ns1/svc1:p80', 'tcp'); // "KUBE-SVC-XPGD46QRK7WJZT7O"
 */
export function iptablesServiceChain(prefix: ServiceChainPrefix, servicePortName: string, protocol: string): string {
  return prefix + portProtoHash(servicePortName + protocol);
}

/**
 * The per-endpoint chain; `endpoint` is "IP:port" ("[IP]:port" for IPv6).
 *
 * @example
 * iptablesEndpointChain('ns1/svc1:p80', 'tcp', '10.180.0.1:80'); // "KUBE-SEP-SXIVWICOYRO3J4NJ"
 */
export function iptablesEndpointChain(servicePortName: string, protocol: string, endpoint: string): string {
  return 'KUBE-SEP-' + portProtoHash(servicePortName + protocol + endpoint);
}

/**
 * nftables names are readable but unique: the first 8 base32 characters of the name's hash, "-",
 * then the name itself (truncated to nftables' limit).
 *
 * @example
 * hashAndTruncate('ns1/svc1/tcp/p80'); // "ULMVA6XW-ns1/svc1/tcp/p80"
 */
export function hashAndTruncate(name: string): string {
  const hashed = base32Std(sha256(name)).slice(0, 8) + '-' + name;
  // NOTE: upstream truncates to 256 characters (NFT_CHAIN_MAXNAMELEN).
  return hashed.length > 256 ? hashed.slice(0, 256) : hashed;
}

/**
 * "ns/svc/proto/port" — the base of a service port's nftables chains; the port part is the port's
 * name, or empty for an unnamed port.
 *
 * @example
 * nftablesServiceBase('ns1', 'svc1', 'tcp', 'p80'); // "ns1/svc1/tcp/p80"
 */
export function nftablesServiceBase(namespace: string, name: string, protocol: string, portName: string): string {
  return `${namespace}/${name}/${protocol}/${portName}`;
}

/**
 * "base__IP/port", IPv6 colons written as dots (nftables names may not hold ':').
 *
 * @example
 * nftablesEndpointBase('ns1/svc1/tcp/p80', '10.180.0.1', 80); // "ns1/svc1/tcp/p80__10.180.0.1/80"
 */
export function nftablesEndpointBase(serviceBase: string, ip: string, port: number): string {
  return `${serviceBase}__${ip.replace(/:/g, '.')}/${port}`;
}
