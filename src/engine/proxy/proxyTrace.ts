/** kube-proxy trace sentences shared by every node class of a service port. */
import type { TraceStep } from '../report';
import type { CategorizedEndpoints } from './categorizeEndpoints';
import { isServingTerminating, type ProxyEndpoint } from './proxyEndpoint';

/**
 * What the EndpointSliceCache holds for the port.
 *
 * @example
 * cacheSteps('default/echo-svc', eps, false)[0].message; // "EndpointSliceCache: 2 endpoints for default/echo-svc (2 Ready)"
 */
export function cacheSteps(name: string, endpoints: readonly ProxyEndpoint[], ignoredNodeHints: boolean): TraceStep[] {
  const step = (message: string): TraceStep => kubeProxyStep('EndpointSliceCache', message);
  if (endpoints.length === 0) return [step(`EndpointSliceCache: no endpoints for ${name}`)];
  let ready = 0;
  let servingTerminating = 0;
  for (const ep of endpoints) {
    if (ep.ready) ready++;
    else if (isServingTerminating(ep)) servingTerminating++;
  }
  const parts = [`${ready} Ready`];
  if (servingTerminating) parts.push(`${servingTerminating} serving-terminating`);
  const unusable = endpoints.length - ready - servingTerminating;
  if (unusable) parts.push(`${unusable} not serving`);
  const steps = [step(`EndpointSliceCache: ${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'} for ${name} (${parts.join(', ')})`)];
  if (ignoredNodeHints) steps.push(step("forNodes hints ignored: kube-proxy's PreferSameTrafficDistribution gate is off"));
  return steps;
}

/**
 * How CategorizeEndpoints built the set the traffic uses.
 *
 * @example
 * categorizeSteps(c, false, 'mnode-m02', 1.34)[0].rule; // "topologyModeFromHints"
 */
export function categorizeSteps(c: CategorizedEndpoints, usesLocalSet: boolean, nodeLabel: string, minor: number): TraceStep[] {
  const steps: TraceStep[] = [];
  const rule = minor >= 33 ? 'topologyModeFromHints' : 'canUseTopology';
  if (!usesLocalSet && c.clusterEndpoints) {
    for (const reason of c.topologyReasons) steps.push(kubeProxyStep(rule, reason));
    if (c.clusterServingTerminating) steps.push(kubeProxyStep('CategorizeEndpoints', 'no Ready endpoints → falling back to serving-terminating endpoints (topology does not apply to them)'));
    else if (c.clusterEndpoints.length) {
      const ready = c.clusterEndpoints.length;
      const mode = c.topologyMode ? ` (${c.topologyMode})` : '';
      steps.push(kubeProxyStep('CategorizeEndpoints', `cluster endpoints for ${nodeLabel}: ${ready} Ready${mode}`));
    }
  }
  if (usesLocalSet && c.localEndpoints) {
    steps.push(kubeProxyStep('CategorizeEndpoints', 'topology hints never apply to the Local set'));
    if (c.localServingTerminating) steps.push(kubeProxyStep('CategorizeEndpoints', `no Ready local endpoints on ${nodeLabel} → falling back to local serving-terminating endpoints`));
    else steps.push(kubeProxyStep('CategorizeEndpoints', `local endpoints on ${nodeLabel}: ${c.localEndpoints.length} Ready`));
  }
  return steps;
}

/** A module-level step maker: categorizeSteps runs once per node class, so no closure per call. */
function kubeProxyStep(rule: string, message: string): TraceStep {
  return { stage: 'kube-proxy', rule, message };
}
