/**
 * What the iptables and nftables proxiers decide alike for one service port before writing their
 * rules (syncProxyRules): which of the cluster and local chains exist, which traffic each serves,
 * and whether internal and external traffic get a chain or a DROP/REJECT.
 */
import type { ProxyEndpoint } from '../proxy/proxyEndpoint';
import { usesClusterEndpoints, usesLocalEndpoints } from '../proxy/serviceport';
import type { NodeServicePort } from './nodeServicePorts';
import type { RuleLink } from './ruleLine';

export interface PortPlan {
  cluster: readonly ProxyEndpoint[];
  local: readonly ProxyEndpoint[];
  /** Some endpoint anywhere is usable: without one, traffic is rejected. */
  hasEndpoints: boolean;
  usesClusterChain: boolean;
  usesLocalChain: boolean;
  /** The chain (cluster or local) internal traffic jumps to, and whether it gets one (else DROP/REJECT). */
  internalChain: string;
  hasInternal: boolean;
  /** The chain external traffic's policy picks, and whether it gets one. */
  externalPolicyChain: string;
  hasExternal: boolean;
  /** An external entry chain is written (NodePort, LoadBalancer, external IPs). */
  usesExtChain: boolean;
  /** The traffic a policy chain's rules serve: internal, external, or both (no traffic in the link). */
  policyLink(chain: string): Partial<RuleLink>;
}

/**
 * @example
 * portPlan(port, 'KUBE-SVC-…', 'KUBE-SVL-…').internalChain; // 'KUBE-SVL-…' under internalTrafficPolicy Local
 */
export function portPlan(port: NodeServicePort, clusterChain: string, localChain: string): PortPlan {
  const { info, categorized: c } = port;
  const cluster = c.clusterEndpoints ?? [];
  const local = c.localEndpoints ?? [];
  const hasEndpoints = c.hasAnyEndpoints;
  const internalChain = info.internalPolicyLocal ? localChain : clusterChain;
  const externalPolicyChain = info.externalPolicyLocal ? localChain : clusterChain;
  return {
    cluster,
    local,
    hasEndpoints,
    usesClusterChain: cluster.length > 0 && usesClusterEndpoints(info),
    usesLocalChain: local.length > 0 && usesLocalEndpoints(info),
    internalChain,
    hasInternal: hasEndpoints && !(info.internalPolicyLocal && local.length === 0),
    externalPolicyChain,
    hasExternal: hasEndpoints && !(info.externalPolicyLocal && local.length === 0),
    usesExtChain: hasEndpoints && info.externallyAccessible,
    policyLink(chain) {
      const internal = chain === internalChain;
      const external = info.externallyAccessible && chain === externalPolicyChain;
      return internal && external ? {} : { traffic: internal ? 'internal' : 'external' };
    },
  };
}
