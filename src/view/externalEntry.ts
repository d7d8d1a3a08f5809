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

/** What the canvas's external entry says about how outside traffic may come in (one line, and the whole story as its title). */
export interface ExternalEntryNote {
  /** Shown in the entry after its arrow, e.g. "LB only from 203.0.113.0/25". */
  text: string;
  /** Every fact, one per line, for the hover title and the accessible name. */
  title: string;
}

const NOTE_CHARS = 34;

/**
 * The drawn Services' load-balancer facts that change who reaches a node from outside, for the
 * Linux proxiers (kube-proxy on Windows has neither): ingress IPs with ipMode Proxy arrive from
 * the load balancer on the node port, and loadBalancerSourceRanges limit who may use a VIP.
 * Undefined when neither applies: the entry then just says "external".
 *
 * @example
 * externalEntryNote(report, ['default/web'])?.text; // "LB only from 203.0.113.0/25"
 */
export function externalEntryNote(report: RoutingReport, services: readonly string[]): ExternalEntryNote | undefined {
  if (report.proxyMode === 'kernelspace') return undefined;
  const short: string[] = [];
  const long: string[] = [];
  for (const key of services) {
    const svc = report.services.find((s) => s.key === key);
    if (!svc) continue;
    const nodePorts = svc.ports.flatMap((p) => (p.nodePort ? [`:${p.nodePort}`] : []));
    const proxied = svc.loadBalancerProxyIPs ?? [];
    if (proxied.length) {
      short.push(`from LB on ${nodePorts.join(', ') || 'the node port'} (Proxy)`);
      long.push(
        `${svc.key}: the load balancer ${proxied.join(', ')} (ipMode Proxy) sends its traffic to the node port ${nodePorts.join(', ')}; kube-proxy has no rule for ${proxied.length === 1 ? 'that IP' : 'those IPs'}`,
      );
    }
    const firewall = sourceRangeFirewall(svc);
    if (firewall) {
      const [first, ...rest] = firewall.ranges;
      short.push(`LB only from ${first}${rest.length ? ` +${rest.length}` : ''}`);
      long.push(
        `${svc.key}: loadBalancerSourceRanges: only clients in ${firewall.ranges.join(', ')} may use the load-balancer IP ${loadBalancerVIPs(svc).join(', ')}; kube-proxy drops the rest (node ports are not filtered)`,
      );
    }
  }
  if (!short.length) return undefined;
  let text = short.join(' · ');
  if (text.length > NOTE_CHARS && short.length > 1) text = `${short[0]} · +${short.length - 1}`;
  return { text, title: long.join('\n') };
}

/**
 * The width the external entry needs for its note (the canvas widens it; "external" alone fits the default).
 *
 * @example
 * externalEntryWidth({ text: 'LB only from 203.0.113.0/25', title: '' }, 96); // 231
 */
export function externalEntryWidth(note: ExternalEntryNote | undefined, defaultWidth: number): number {
  if (!note) return defaultWidth;
  return Math.max(defaultWidth, Math.min(300, Math.ceil(note.text.length * 7.2 + 36)));
}
