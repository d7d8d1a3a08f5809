/** How each data plane implements sessionAffinity: ClientIP. */
import type { ProxyMode } from '../model';
import type { TraceStep } from '../report';

/**
 * @example
 * affinityStep('iptables', 10800).message; // mentions "-m recent --rcheck --seconds 10800 --reap"
 */
export function affinityStep(mode: ProxyMode, timeoutSeconds: number): TraceStep {
  const t = timeoutSeconds;
  const how: Record<ProxyMode, string> = {
    iptables: `"-m recent --name KUBE-SEP-… --rcheck --seconds ${t} --reap" rules come before the probability rules`,
    nftables: `per-endpoint affinity sets (flags dynamic,timeout; timeout ${t}s) are checked before numgen`,
    ipvs: `the virtual server is persistent (timeout ${t}s)`,
    kernelspace: `the HNS load balancer has session affinity (Windows Server 2022 and later)`,
  };
  return {
    stage: 'data-plane',
    rule: 'sessionAffinity ClientIP',
    message: `sessionAffinity ClientIP: ${how[mode]}, so a client keeps the endpoint of its first connection for ${t}s; the shares are for that first connection`,
  };
}
