/**
 * How traffic from outside the cluster reaches one node, per externally reachable Service: on
 * which node port, which load-balancer IPs the node's own rules catch (ipMode VIP) and which
 * arrive from the load balancer on the node port instead (ipMode Proxy), who
 * loadBalancerSourceRanges lets in, and whether the health-check node port passes.
 */
import { loadBalancerVIPs, sourceRangeFirewall } from '../engine';
import type { RoutingReport } from '../engine';

/**
 * One sentence per Service with external traffic.
 *
 * @example
 * externalEntryLines(report, 'node-1'); // ["default/web: node port 30080; load balancer 1.2.3.4 (ipMode Proxy) forwards to the node port, ..."]
 */
export function externalEntryLines(report: RoutingReport, nodeName: string): string[] {
  const node = report.nodes.find((n) => n.name === nodeName);
  const lines: string[] = [];
  for (const svc of report.services) {
    const nodePorts = svc.ports.flatMap((p) => (p.nodePort ? [p.nodePort] : []));
    const external = svc.externalIPs ?? [];
    const lbIPs = svc.loadBalancerIPs ?? [];
    if (!nodePorts.length && !external.length && !lbIPs.length) continue;
    const parts: string[] = [];
    if (nodePorts.length) parts.push(`node port ${nodePorts.join(', ')}`);
    if (external.length) parts.push(`external IP ${external.join(', ')} (this node's rule)`);
    const vips = loadBalancerVIPs(svc);
    if (vips.length) parts.push(`load-balancer IP ${vips.join(', ')} (this node's rule)`);
    const proxied = svc.loadBalancerProxyIPs ?? [];
    if (proxied.length)
      parts.push(`load balancer ${proxied.join(', ')} (ipMode Proxy) forwards to the node port: kube-proxy has no rule for that IP`);
    const firewall = sourceRangeFirewall(svc, node?.internalIPs?.[0]);
    if (firewall) parts.push(`only clients in ${firewall.allowed.join(', ')} may use the load-balancer IP`);
    if (svc.healthCheckNodePort && svc.externalTrafficPolicy === 'Local') {
      const view = report.serviceViews
        .find((g) => g.service === svc.key && g.traffic === 'external')
        ?.classes.find((c) => c.nodes.includes(nodeName));
      const local = view ? view.endpoints.filter((e) => e.locality === 'same-node' && e.weight > 0).length : 0;
      parts.push(
        local > 0
          ? `health check :${svc.healthCheckNodePort} answers 200 (${local} local endpoint${local === 1 ? '' : 's'}), the load balancer sends here`
          : `health check :${svc.healthCheckNodePort} answers 503 (no local endpoint), the load balancer skips this node`,
      );
    }
    lines.push(`${svc.key}: ${parts.join('; ')}`);
  }
  return lines;
}
