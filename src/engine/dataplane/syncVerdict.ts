/**
 * Which endpoint set a Linux proxier programs for one traffic kind, and the verdict when that set
 * is empty (iptables/nftables syncProxyRules, ipvs syncEndpoint).
 */
import type { ProxyMode } from '../model';
import type { CategorizedEndpoints } from '../proxy/categorizeEndpoints';
import type { ProxyEndpoint } from '../proxy/proxyEndpoint';
import type { ServicePortInfo } from '../proxy/serviceport';
import type { TrafficKind, TraceStep, Verdict } from '../report';

export interface ProgrammedEndpoints {
  verdict: Verdict;
  endpoints: ProxyEndpoint[];
  steps: TraceStep[];
}

/**
 * Picks the Cluster or Local set for `kind` as the proxier in `mode` does, with REJECT when the
 * Service has no usable endpoint anywhere and DROP when only the Local set is empty.
 *
 * @example
 * syncVerdict('iptables', 'internal', info, categorized).verdict; // "drop" for iTP Local without local endpoints
 */
export function syncVerdict(mode: Exclude<ProxyMode, 'kernelspace'>, kind: TrafficKind, info: ServicePortInfo, c: CategorizedEndpoints): ProgrammedEndpoints {
  const local = kind === 'internal' ? info.internalPolicyLocal : info.externalPolicyLocal;
  const policy = kind === 'internal' ? `internalTrafficPolicy ${local ? 'Local' : 'Cluster'}` : `externalTrafficPolicy ${local ? 'Local' : 'Cluster'}`;
  const rule = mode === 'ipvs' ? 'syncEndpoint' : 'syncProxyRules';
  const chosen = (local ? c.localEndpoints : c.clusterEndpoints) ?? [];

  if (mode === 'ipvs') return ipvsVerdict(kind, info, c, local, policy, rule);

  if (!c.hasAnyEndpoints) {
    const how = mode === 'iptables' ? '-j REJECT, ICMP port unreachable' : 'goto reject-chain';
    return { verdict: 'reject', endpoints: [], steps: [step(rule, `no usable endpoints anywhere → REJECT ("${info.name} has no endpoints", ${how})`)] };
  }
  if (chosen.length === 0) {
    const how = mode === 'iptables' ? 'KUBE-MARK-DROP' : 'nftables verdict drop';
    return { verdict: 'drop', endpoints: [], steps: [step(rule, `${policy} and no local endpoints → DROP ("${info.name} has no local endpoints", ${how})`)] };
  }
  const set = local ? `the ${chosen.length} local endpoint${plural(chosen.length)}` : `the ${chosen.length} cluster endpoint${plural(chosen.length)}`;
  const chain = mode === 'iptables' ? (local ? 'KUBE-SVL' : 'KUBE-SVC') : local ? 'local-' : 'service-';
  const ext = kind === 'external' ? ` (KUBE-EXT entry for NodePort/LoadBalancer/externalIP traffic from outside the cluster)` : '';
  return { verdict: 'forward', endpoints: chosen, steps: [step(rule, `${policy} → ${set} in the ${chain} chain${mode === 'iptables' ? ext : ''}`)] };
}

function ipvsVerdict(
  kind: TrafficKind,
  info: ServicePortInfo,
  c: CategorizedEndpoints,
  local: boolean,
  policy: string,
  rule: string,
): ProgrammedEndpoints {
  const localSet = c.localEndpoints ?? [];
  const clusterSet = c.clusterEndpoints ?? [];
  if (local && localSet.length > 0) {
    return { verdict: 'forward', endpoints: localSet, steps: [step(rule, `${policy} → the ${localSet.length} local endpoint${plural(localSet.length)} as IPVS real servers`)] };
  }
  if (!local) {
    if (clusterSet.length === 0) return emptyVirtualServer(info, rule, 'no usable endpoints anywhere');
    return { verdict: 'forward', endpoints: clusterSet, steps: [step(rule, `${policy} → the ${clusterSet.length} cluster endpoint${plural(clusterSet.length)} as IPVS real servers`)] };
  }
  // NOTE: pkg/proxy/ipvs/proxier.go syncEndpoint: with a Local policy and no local endpoints it
  // programs the *cluster* set instead of dropping (PR #97081, "allow access from local pods").
  if (kind === 'internal') {
    if (clusterSet.length === 0) {
      const why = c.hasAnyEndpoints ? `${policy}, no local endpoints, and a ClusterIP-only Service has no cluster set` : 'no usable endpoints anywhere';
      return emptyVirtualServer(info, rule, why);
    }
    return {
      verdict: 'forward',
      endpoints: clusterSet,
      steps: [step(rule, `${policy} but no local endpoints: unlike iptables/nftables, IPVS programs the ${clusterSet.length} cluster endpoint${plural(clusterSet.length)} instead (pkg/proxy/ipvs/proxier.go, PR #97081) because the Service is externally accessible`)],
    };
  }
  if (!c.hasAnyEndpoints) return emptyVirtualServer(info, rule, 'no usable endpoints anywhere');
  return {
    verdict: 'drop',
    endpoints: [],
    steps: [
      step(
        rule,
        `${policy} and no local endpoints: IPVS still programs the cluster endpoints, but the packet keeps the client's source address, the reply comes from the pod address and the client discards it → effectively DROP ("${info.name} has no local endpoints")`,
      ),
    ],
  };
}

function emptyVirtualServer(info: ServicePortInfo, rule: string, why: string): ProgrammedEndpoints {
  return {
    verdict: 'reject',
    endpoints: [],
    steps: [step(rule, `${why} → the IPVS virtual server for ${info.name} has no real servers; the kernel answers ICMP port unreachable → REJECT`)],
  };
}

/** Module-level rather than a closure per call: this runs once per node class. */
function step(rule: string, message: string): TraceStep {
  return { stage: 'kube-proxy', rule, message };
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
