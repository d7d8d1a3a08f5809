/** kube-proxy's view of one endpoint of one service port (pkg/proxy/endpoint.go BaseEndpointInfo). */

export interface ProxyEndpoint {
  ip: string;
  port: number;
  /** "IP:port" ("[IP]:port" for IPv6), the string kube-proxy keys and sorts endpoints by. */
  key: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  nodeName?: string;
  zone?: string;
  /** hints.forZones names. */
  zoneHints: readonly string[];
  /** hints.forNodes names (empty when kube-proxy ignores them). */
  nodeHints: readonly string[];
  /** "namespace/name" of the pod behind it, or the address when the slice names no pod. */
  pod: string;
}

/** kube-proxy's endpoint string: net.JoinHostPort(ip, port). */
export function endpointKey(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** Serving and terminating: usable only when nothing Ready is left. */
export function isServingTerminating(ep: ProxyEndpoint): boolean {
  return ep.serving && ep.terminating;
}

/** "10.244.2.3 (default/echo-abc)" — how traces name an endpoint. */
export function describeEndpoint(ep: ProxyEndpoint): string {
  return ep.pod === ep.ip ? ep.ip : `${ep.ip} (${ep.pod})`;
}
