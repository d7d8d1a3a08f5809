/**
 * How external traffic reaches a node's rules, for the Linux proxiers: load-balancer ingress IPs
 * with ipMode Proxy are not programmed (the load balancer forwards to the node port), the
 * loadBalancerSourceRanges firewall decides who may enter through a VIP, and with
 * externalTrafficPolicy Local the health-check node port tells the load balancer whether to send
 * to this node (kube-proxy's service health server: 200 with local ready endpoints, else 503).
 */
import type { TraceStep } from '../report';
import { describeSourceRanges, loadBalancerVIPs, sourceRangeFirewall } from './loadBalancerFirewall';
import type { CategorizeFacts } from './proxyTrace';
import { kubeProxyStep } from './proxyTrace';
import type { ServicePortInfo } from './serviceport';

/**
 * @example
 * externalEntrySteps(info, facts, 'node node-3', 'iptables')[0].message;
 * // "healthCheckNodePort 30000 on node node-3 answers 503 (no local ready endpoints): the load balancer's health check fails and it stops sending here"
 */
export function externalEntrySteps(
  info: ServicePortInfo,
  facts: CategorizeFacts | undefined,
  nodeLabel: string,
  mode: 'iptables' | 'ipvs' | 'nftables',
): TraceStep[] {
  const svc = info.service;
  const steps: TraceStep[] = [];
  const proxied = svc.loadBalancerProxyIPs ?? [];
  if (proxied.length) {
    steps.push(
      kubeProxyStep(
        'IsVIPMode',
        `load-balancer IP ${proxied.join(', ')} has ipMode Proxy: kube-proxy programs no rule for it; the load balancer forwards its traffic to the node port ${info.port.nodePort ?? ''}`.trimEnd(),
      ),
    );
  }
  const firewall = sourceRangeFirewall(svc);
  if (firewall && loadBalancerVIPs(svc).length) {
    const where =
      mode === 'iptables'
        ? 'KUBE-FW chain, KUBE-PROXY-FIREWALL drops the rest'
        : mode === 'nftables'
          ? 'firewall-ips map and firewall chain'
          : 'KUBE-LOAD-BALANCER-SOURCE-CIDR ipset';
    steps.push(kubeProxyStep('loadBalancerSourceRanges', `${describeSourceRanges(firewall)} (${where})`));
  }
  if (svc.healthCheckNodePort && info.externalPolicyLocal && facts && facts.local !== null) {
    const ready = facts.localServingTerminating ? 0 : facts.local;
    const hc = `healthCheckNodePort ${svc.healthCheckNodePort} on ${nodeLabel}`;
    steps.push(
      kubeProxyStep(
        'healthCheckNodePort',
        ready > 0
          ? `${hc} answers 200 (localEndpoints: ${ready}): the load balancer's health check passes and it sends traffic here`
          : `${hc} answers 503 (no local ready endpoints): the load balancer's health check fails and it stops sending here`,
      ),
    );
  }
  return steps;
}
