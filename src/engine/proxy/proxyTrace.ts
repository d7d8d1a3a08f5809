/** kube-proxy trace sentences shared by every node class of a service port. */
import type { EndpointSetSizes } from '../dataplane/syncVerdict';
import type { TraceStep } from '../report';
import type { CategorizedEndpoints } from './categorizeEndpoints';
import { describeEndpoint, isServingTerminating, type ProxyEndpoint } from './proxyEndpoint';

/**
 * What the EndpointSliceCache holds for the port.
 *
 * @example
 * cacheSteps('default/echo-svc', eps, false)[0].message; // "EndpointSliceCache: 2 endpoints for default/echo-svc (2 Ready)"
 */
export function cacheSteps(name: string, endpoints: readonly ProxyEndpoint[], ignoredNodeHints: boolean): TraceStep[] {
  // No closure per call: this runs once per service port.
  if (endpoints.length === 0) return [cacheStep(`EndpointSliceCache: no endpoints for ${name}`)];
  let ready = 0;
  let servingTerminating = 0;
  let terminatingNotServing = 0;
  for (const ep of endpoints) {
    if (ep.ready) ready++;
    else if (isServingTerminating(ep)) servingTerminating++;
    else if (ep.terminating) terminatingNotServing++;
  }
  const parts = [`${ready} Ready`];
  if (servingTerminating) parts.push(`${servingTerminating} serving-terminating`);
  if (terminatingNotServing) parts.push(`${terminatingNotServing} terminating and not serving`);
  // NOTE: kube-proxy reads an unset serving as true (endpointslicecache.go), so a not-ready endpoint
  // that is not terminating is "not ready", whatever its serving condition says: only a terminating
  // endpoint is used for its serving condition.
  const notReady = endpoints.length - ready - servingTerminating - terminatingNotServing;
  if (notReady) parts.push(`${notReady} not ready`);
  const steps = [
    cacheStep(`EndpointSliceCache: ${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'} for ${name} (${parts.join(', ')})`),
  ];
  if (ignoredNodeHints) steps.push(cacheStep("forNodes hints ignored: kube-proxy's PreferSameTrafficDistribution gate is off"));
  return steps;
}

function cacheStep(message: string): TraceStep {
  return kubeProxyStep('EndpointSliceCache', message);
}

/**
 * What the categorize and verdict steps say about a CategorizedEndpoints: its set sizes, not the
 * endpoints, so a trace not yet written keeps no endpoint alive.
 */
export interface CategorizeFacts extends EndpointSetSizes {
  topologyMode: CategorizedEndpoints['topologyMode'];
  clusterServingTerminating: boolean;
  localServingTerminating: boolean;
}

/**
 * The facts categorizeSteps and verdictSteps need from `c`.
 *
 * @example
 * categorizeFacts(c).cluster; // 3 when three endpoints serve the node's cluster set
 */
export function categorizeFacts(c: CategorizedEndpoints): CategorizeFacts {
  return {
    cluster: c.clusterEndpoints ? c.clusterEndpoints.length : null,
    local: c.localEndpoints ? c.localEndpoints.length : null,
    hasAnyEndpoints: c.hasAnyEndpoints,
    topologyMode: c.topologyMode,
    clusterServingTerminating: c.clusterServingTerminating,
    localServingTerminating: c.localServingTerminating,
  };
}

/**
 * How CategorizeEndpoints built the set the traffic uses; `reasons` are decideTopology's for the node.
 *
 * @example
 * categorizeSteps(categorizeFacts(c), false, 'node mnode-m02', 34, decision.reasons)[0].rule; // "topologyModeFromHints"
 */
export function categorizeSteps(
  c: CategorizeFacts,
  usesLocalSet: boolean,
  nodeLabel: string,
  minor: number,
  reasons: readonly string[],
): TraceStep[] {
  const steps: TraceStep[] = [];
  const rule = minor >= 33 ? 'topologyModeFromHints' : 'canUseTopology';
  if (!usesLocalSet && c.cluster !== null) {
    for (const reason of reasons) steps.push(kubeProxyStep(rule, reason));
    if (c.clusterServingTerminating)
      steps.push(
        kubeProxyStep(
          'CategorizeEndpoints',
          'no Ready endpoints → falling back to serving-terminating endpoints (topology does not apply to them)',
        ),
      );
    else if (c.cluster) {
      const mode = c.topologyMode ? ` (${c.topologyMode})` : '';
      steps.push(kubeProxyStep('CategorizeEndpoints', `cluster endpoints for ${nodeLabel}: ${c.cluster} Ready${mode}`));
    }
  }
  if (usesLocalSet && c.local !== null) {
    steps.push(kubeProxyStep('CategorizeEndpoints', 'topology hints never apply to the Local set'));
    if (c.localServingTerminating)
      steps.push(
        kubeProxyStep(
          'CategorizeEndpoints',
          `no Ready local endpoints on ${nodeLabel} → falling back to local serving-terminating endpoints`,
        ),
      );
    else steps.push(kubeProxyStep('CategorizeEndpoints', `local endpoints on ${nodeLabel}: ${c.local} Ready`));
  }
  return steps;
}

/** A kube-proxy trace step (module-level: no closure per call, as this runs once per node class). */
export function kubeProxyStep(rule: string, message: string): TraceStep {
  return { stage: 'kube-proxy', rule, message };
}

/**
 * IPVS graceful termination (pkg/proxy/ipvs/graceful_termination.go): a terminating endpoint that
 * kube-proxy stops programming is not deleted from the virtual server at once.
 *
 * @example
 * ipvsDrainSteps('TCP', eps)[0].rule; // "GracefulDeleteRS"
 */
export function ipvsDrainSteps(protocol: string, endpoints: readonly ProxyEndpoint[]): TraceStep[] {
  const anyReady = endpoints.some((ep) => ep.ready);
  // Without a Ready endpoint the serving-terminating ones are the fallback set: still programmed.
  const draining = endpoints.filter((ep) => ep.terminating && (anyReady || !ep.serving));
  if (draining.length === 0) return [];
  const names = draining.length <= 3 ? draining.map(describeEndpoint).join(', ') : `${draining.length} endpoints`;
  const message =
    protocol === 'TCP'
      ? `IPVS graceful termination: ${names} ${draining.length === 1 ? 'is' : 'are'} terminating and no longer programmed, so kube-proxy sets ${draining.length === 1 ? 'its real server' : 'their real servers'} to weight 0 (no new connections) and deletes ${draining.length === 1 ? 'it' : 'them'} once ActiveConn and InActConn are both 0, checking every minute`
      : `IPVS graceful termination does not apply to ${protocol}: the real server${draining.length === 1 ? '' : 's'} of ${names} ${draining.length === 1 ? 'is' : 'are'} deleted at once (existing flows are dropped on their next packet, expire_nodest_conn)`;
  return [kubeProxyStep('GracefulDeleteRS', message)];
}
