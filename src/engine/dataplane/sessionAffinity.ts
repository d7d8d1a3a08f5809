/** How each data plane implements sessionAffinity: ClientIP. */
import type { ProxyMode } from '../model';
import type { TraceStep } from '../report';

/**
 * @example
 * affinityStep('iptables', 10800).message; // mentions "-m recent --rcheck --seconds 10800 --reap"
 */
export function affinityStep(mode: ProxyMode, timeoutSeconds: number): TraceStep {
  const t = timeoutSeconds;
  if (mode === 'kernelspace') {
    // NOTE: winkernel passes only a boolean to HNS (loadBalancerFlags.sessionAffinity →
    // hcn.LoadBalancerDistributionSourceIP): the Service's timeoutSeconds never reaches the node.
    return {
      stage: 'data-plane',
      rule: 'sessionAffinity ClientIP',
      message: `sessionAffinity ClientIP: the HNS load balancer distributes by source IP (LoadBalancerDistributionSourceIP, Windows Server 2022 and later), which has no timeout: a client keeps the endpoint of its first connection as long as the load balancer policy stays, whatever sessionAffinityConfig.clientIP.timeoutSeconds says (${t}s here); the shares are for that first connection`,
    };
  }
  const how: Record<Exclude<ProxyMode, 'kernelspace'>, string> = {
    iptables: `"-m recent --name KUBE-SEP-… --rcheck --seconds ${t} --reap" rules come before the probability rules`,
    nftables: `per-endpoint affinity sets (flags dynamic,timeout; timeout ${t}s) are checked before numgen`,
    ipvs: `the virtual server is persistent (timeout ${t}s)`,
  };
  return {
    stage: 'data-plane',
    rule: 'sessionAffinity ClientIP',
    message: `sessionAffinity ClientIP: ${how[mode]}, so a client keeps the endpoint of its first connection for ${t}s; the shares are for that first connection`,
  };
}
