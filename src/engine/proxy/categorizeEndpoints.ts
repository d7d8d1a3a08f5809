/** kube-proxy's CategorizeEndpoints (pkg/proxy/topology.go): the endpoint sets one node may use. */
import { isServingTerminating, type ProxyEndpoint } from './proxyEndpoint';
import { type ServicePortInfo, usesClusterEndpoints, usesLocalEndpoints } from './serviceport';
import { decideTopologyMode, type HintSummary, summarizeHints, type TopologyContext, type TopologyMode } from './topologyHints';

export interface CategorizedEndpoints {
  /** null when the Service never uses Cluster policy. */
  clusterEndpoints: ProxyEndpoint[] | null;
  /** null when the Service never uses Local policy. */
  localEndpoints: ProxyEndpoint[] | null;
  allReachableEndpoints: ProxyEndpoint[];
  /** Some endpoint anywhere in the cluster is usable (Ready or serving-terminating). */
  hasAnyEndpoints: boolean;
  /** The mode topology filtering used (decideTopology says why). */
  topologyMode: TopologyMode;
  /** The cluster set fell back to serving-terminating endpoints. */
  clusterServingTerminating: boolean;
  /** The local set fell back to serving-terminating endpoints. */
  localServingTerminating: boolean;
}

/**
 * Splits a service port's endpoints into what `nodeName` may use for Cluster and Local policy.
 * Ready endpoints by default; serving-terminating ones only when no Ready one is left
 * (independently for Cluster and Local). Topology filters the Cluster set only. The sets may be
 * `endpoints` itself: treat them as read-only. decideTopology says why a mode was chosen.
 *
 * @example
 * const c = categorizeEndpoints(eps, info, 'mnode-m02', 'zone-a', { minor: 34, gates, hintsAnnotation: '' });
 * c.clusterEndpoints; // the Ready endpoints hinted for mnode-m02 under PreferSameNode
 */
export function categorizeEndpoints(
  endpoints: readonly ProxyEndpoint[],
  info: ServicePortInfo,
  nodeName: string,
  zone: string | undefined,
  ctx: TopologyContext,
  summary: HintSummary = summarizeHints(endpoints),
): CategorizedEndpoints {
  const result: CategorizedEndpoints = {
    clusterEndpoints: null,
    localEndpoints: null,
    allReachableEndpoints: [],
    hasAnyEndpoints: false,
    topologyMode: '',
    clusterServingTerminating: false,
    localServingTerminating: false,
  };
  const usesCluster = usesClusterEndpoints(info);
  const usesLocal = usesLocalEndpoints(info);
  if (endpoints.length === 0) {
    if (usesCluster) result.clusterEndpoints = [];
    if (usesLocal) result.localEndpoints = [];
    return result;
  }

  if (usesCluster) {
    const mode = decideTopologyMode(summary, nodeName, zone, ctx);
    result.topologyMode = mode;
    // Without topology and with every endpoint Ready the set is the input itself (read-only).
    let cluster =
      mode === '' && endpoints.every(isReady)
        ? (endpoints as ProxyEndpoint[])
        : endpoints.filter((ep) => ep.ready && availableForTopology(ep, mode, nodeName, zone ?? ''));
    if (cluster.length === 0) {
      // No Ready endpoint anywhere (topology already fell back per node), so topology is moot.
      cluster = endpoints.filter(isServingTerminating);
      result.clusterServingTerminating = cluster.length > 0;
    }
    result.clusterEndpoints = cluster;
    result.hasAnyEndpoints = cluster.length > 0;
  }

  if (!usesLocal) {
    result.allReachableEndpoints = result.clusterEndpoints ?? [];
    return result;
  }

  let localReady = false;
  let localServingTerminating = false;
  for (const ep of endpoints) {
    const local = ep.nodeName === nodeName;
    if (ep.ready) {
      result.hasAnyEndpoints = true;
      if (local) localReady = true;
    } else if (isServingTerminating(ep)) {
      result.hasAnyEndpoints = true;
      if (local) localServingTerminating = true;
    }
  }
  if (localReady) result.localEndpoints = endpoints.filter((ep) => ep.nodeName === nodeName && ep.ready);
  else if (localServingTerminating) {
    result.localServingTerminating = true;
    result.localEndpoints = endpoints.filter((ep) => ep.nodeName === nodeName && isServingTerminating(ep));
  } else result.localEndpoints = [];

  if (!result.clusterEndpoints) {
    result.allReachableEndpoints = result.localEndpoints;
    return result;
  }
  result.allReachableEndpoints = union(endpoints, result.clusterEndpoints, result.localEndpoints);
  return result;
}

/**
 * The endpoints in either set, in `endpoints`' order (by IP:port). Both sets were filtered from
 * `endpoints`, so one pass with a cursor into each finds them without a lookup.
 */
function union(endpoints: readonly ProxyEndpoint[], a: readonly ProxyEndpoint[], b: readonly ProxyEndpoint[]): ProxyEndpoint[] {
  if (b.length === 0) return a as ProxyEndpoint[];
  if (a.length === 0) return b as ProxyEndpoint[];
  const out: ProxyEndpoint[] = [];
  let i = 0;
  let j = 0;
  for (const ep of endpoints) {
    const inA = a[i] === ep;
    const inB = b[j] === ep;
    if (inA) i++;
    if (inB) j++;
    if (inA || inB) out.push(ep);
  }
  return out;
}

function isReady(ep: ProxyEndpoint): boolean {
  return ep.ready;
}

/** No fallback here: the fallback happens when the mode is chosen. */
function availableForTopology(ep: ProxyEndpoint, mode: TopologyMode, nodeName: string, zone: string): boolean {
  switch (mode) {
    case '':
      return true;
    case 'PreferSameNode':
      return ep.nodeHints.includes(nodeName);
    case 'PreferSameZone':
      return ep.zoneHints.includes(zone);
  }
}
