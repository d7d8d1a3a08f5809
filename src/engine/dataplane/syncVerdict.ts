/**
 * Which endpoint set a Linux proxier programs for one traffic kind, and the verdict when that set
 * is empty (iptables/nftables syncProxyRules, ipvs syncEndpoint).
 */
import type { ProxyMode } from '../model';
import type { CategorizedEndpoints } from '../proxy/categorizeEndpoints';
import type { ProxyEndpoint } from '../proxy/proxyEndpoint';
import { kubeProxyStep } from '../proxy/proxyTrace';
import type { ServicePortInfo } from '../proxy/serviceport';
import type { TrafficKind, TraceStep, Verdict } from '../report';

export type LinuxProxyMode = Exclude<ProxyMode, 'kernelspace'>;

/** The set a proxier programs for one traffic kind, and its verdict. */
export interface ProgrammedSet {
  verdict: Verdict;
  endpoints: ProxyEndpoint[];
  /** IPVS with a Local policy and no local endpoint programmed the cluster set instead. */
  localFallback?: true;
}

/** A programmed set with the steps that explain it (winkernel decides and explains in one go). */
export interface ProgrammedEndpoints extends ProgrammedSet {
  steps: TraceStep[];
}

/** The sizes of CategorizeEndpoints' sets: all the choice and its explanation depend on. */
export interface EndpointSetSizes {
  /** null when the Service never uses Cluster policy. */
  cluster: number | null;
  /** null when the Service never uses Local policy. */
  local: number | null;
  hasAnyEndpoints: boolean;
}

/** How the proxier decided, to be put in words by verdictSteps. */
type Case =
  | 'no-endpoints'
  | 'no-local-endpoints'
  | 'programmed'
  | 'ipvs-programmed'
  | 'ipvs-local-fallback'
  | 'ipvs-empty'
  | 'ipvs-external-no-local';

interface Choice {
  verdict: Verdict;
  /** The set programmed (when forwarding). */
  set: 'cluster' | 'local' | null;
  why: Case;
}

/**
 * Picks the Cluster or Local set for `kind` as the proxier in `mode` does, with REJECT when the
 * Service has no usable endpoint anywhere and DROP when only the Local set is empty.
 * verdictSteps explains the choice, from the sets' sizes (categorizeFacts).
 *
 * @example
 * syncVerdict('iptables', 'internal', info, categorized).verdict; // "drop" for iTP Local without local endpoints
 */
export function syncVerdict(mode: LinuxProxyMode, kind: TrafficKind, info: ServicePortInfo, c: CategorizedEndpoints): ProgrammedSet {
  const local = c.localEndpoints ? c.localEndpoints.length : null;
  const cluster = c.clusterEndpoints ? c.clusterEndpoints.length : null;
  const choice = choose(mode, kind, info, cluster, local, c.hasAnyEndpoints);
  const endpoints = choice.set === 'local' ? (c.localEndpoints ?? []) : choice.set === 'cluster' ? (c.clusterEndpoints ?? []) : [];
  return choice === IPVS_LOCAL_FALLBACK
    ? { verdict: choice.verdict, endpoints, localFallback: true }
    : { verdict: choice.verdict, endpoints };
}

/**
 * The steps syncVerdict explains its choice with, from the set sizes alone.
 *
 * @example
 * verdictSteps('iptables', 'internal', info, { cluster: 2, local: null, hasAnyEndpoints: true })[0].message;
 * // "internalTrafficPolicy Cluster → the 2 cluster endpoints in the KUBE-SVC chain"
 */
export function verdictSteps(mode: LinuxProxyMode, kind: TrafficKind, info: ServicePortInfo, sizes: EndpointSetSizes): TraceStep[] {
  return describe(mode, kind, info, sizes, choose(mode, kind, info, sizes.cluster, sizes.local, sizes.hasAnyEndpoints));
}

function isLocal(kind: TrafficKind, info: ServicePortInfo): boolean {
  return kind === 'internal' ? info.internalPolicyLocal : info.externalPolicyLocal;
}

function choice(verdict: Verdict, set: Choice['set'], why: Case): Choice {
  return Object.freeze({ verdict, set, why });
}

// Every possible choice, made once: a node class allocates none.
const REJECT_NO_ENDPOINTS = choice('reject', null, 'no-endpoints');
const DROP_NO_LOCAL = choice('drop', null, 'no-local-endpoints');
const PROGRAM_LOCAL = choice('forward', 'local', 'programmed');
const PROGRAM_CLUSTER = choice('forward', 'cluster', 'programmed');
const IPVS_LOCAL = choice('forward', 'local', 'ipvs-programmed');
const IPVS_CLUSTER = choice('forward', 'cluster', 'ipvs-programmed');
const IPVS_EMPTY = choice('reject', null, 'ipvs-empty');
const IPVS_LOCAL_FALLBACK = choice('forward', 'cluster', 'ipvs-local-fallback');
const IPVS_EXTERNAL_NO_LOCAL = choice('drop', null, 'ipvs-external-no-local');

function choose(
  mode: LinuxProxyMode,
  kind: TrafficKind,
  info: ServicePortInfo,
  cluster: number | null,
  local: number | null,
  hasAnyEndpoints: boolean,
): Choice {
  const usesLocal = isLocal(kind, info);
  const localSize = local ?? 0;
  const clusterSize = cluster ?? 0;
  if (mode !== 'ipvs') {
    if (!hasAnyEndpoints) return REJECT_NO_ENDPOINTS;
    if ((usesLocal ? localSize : clusterSize) === 0) return DROP_NO_LOCAL;
    return usesLocal ? PROGRAM_LOCAL : PROGRAM_CLUSTER;
  }
  if (usesLocal && localSize > 0) return IPVS_LOCAL;
  if (!usesLocal) return clusterSize === 0 ? IPVS_EMPTY : IPVS_CLUSTER;
  // NOTE: pkg/proxy/ipvs/proxier.go syncEndpoint: with a Local policy and no local endpoints it
  // programs the *cluster* set instead of dropping (PR #97081, "allow access from local pods").
  if (kind === 'internal') return clusterSize === 0 ? IPVS_EMPTY : IPVS_LOCAL_FALLBACK;
  if (!hasAnyEndpoints) return IPVS_EMPTY;
  return IPVS_EXTERNAL_NO_LOCAL;
}

function describe(mode: LinuxProxyMode, kind: TrafficKind, info: ServicePortInfo, sizes: EndpointSetSizes, choice: Choice): TraceStep[] {
  const local = isLocal(kind, info);
  const policy =
    kind === 'internal' ? `internalTrafficPolicy ${local ? 'Local' : 'Cluster'}` : `externalTrafficPolicy ${local ? 'Local' : 'Cluster'}`;
  const rule = mode === 'ipvs' ? 'syncEndpoint' : 'syncProxyRules';
  const size = choice.set === 'local' ? (sizes.local ?? 0) : (sizes.cluster ?? 0);
  const endpoints = `${size} ${choice.set ?? 'cluster'} endpoint${size === 1 ? '' : 's'}`;
  switch (choice.why) {
    case 'no-endpoints': {
      const how = mode === 'iptables' ? '-j REJECT, ICMP port unreachable' : 'goto reject-chain';
      return [kubeProxyStep(rule, `no usable endpoints anywhere → REJECT ("${info.name} has no endpoints", ${how})`)];
    }
    case 'no-local-endpoints': {
      const how = mode === 'iptables' ? 'KUBE-MARK-DROP' : 'nftables verdict drop';
      return [kubeProxyStep(rule, `${policy} and no local endpoints → DROP ("${info.name} has no local endpoints", ${how})`)];
    }
    case 'programmed': {
      const chain = mode === 'iptables' ? (local ? 'KUBE-SVL' : 'KUBE-SVC') : local ? 'local-' : 'service-';
      const ext =
        mode === 'iptables' && kind === 'external'
          ? ` (KUBE-EXT entry for NodePort/LoadBalancer/externalIP traffic from outside the cluster)`
          : '';
      return [kubeProxyStep(rule, `${policy} → the ${endpoints} in the ${chain} chain${ext}`)];
    }
    case 'ipvs-programmed':
      return [kubeProxyStep(rule, `${policy} → the ${endpoints} as IPVS real servers`)];
    case 'ipvs-local-fallback':
      return [
        kubeProxyStep(
          rule,
          `${policy} but no local endpoints: unlike iptables/nftables, IPVS programs the ${endpoints} instead (pkg/proxy/ipvs/proxier.go, PR #97081) because the Service is externally accessible`,
        ),
      ];
    case 'ipvs-empty': {
      let why = 'no usable endpoints anywhere';
      if (local && kind === 'internal' && sizes.hasAnyEndpoints)
        why = `${policy}, no local endpoints, and a ClusterIP-only Service has no cluster set`;
      return [
        kubeProxyStep(
          rule,
          `${why} → the IPVS virtual server for ${info.name} has no real servers; the kernel answers ICMP port unreachable → REJECT`,
        ),
      ];
    }
    case 'ipvs-external-no-local':
      return [
        kubeProxyStep(
          rule,
          `${policy} and no local endpoints: IPVS still programs the cluster endpoints, but the packet keeps the client's source address, the reply comes from the pod address and the client discards it → effectively DROP ("${info.name} has no local endpoints")`,
        ),
      ];
  }
}
