/**
 * Windows kernelspace (pkg/proxy/winkernel/proxier.go): HNS load balancers built straight from the
 * endpoints, without CategorizeEndpoints — so topology hints never apply.
 */
import type { ProxyEndpoint } from '../proxy/proxyEndpoint';
import type { ServicePortInfo } from '../proxy/serviceport';
import type { TrafficKind, TraceStep } from '../report';
import type { ProgrammedEndpoints } from './syncVerdict';

/**
 * The endpoints the HNS load balancer for `kind` gets on `nodeName`.
 *
 * @example
 * winkernelEndpoints(eps, info, 'win-1', 'internal').endpoints; // Ready endpoints, hints ignored
 */
export function winkernelEndpoints(
  endpoints: readonly ProxyEndpoint[],
  info: ServicePortInfo,
  nodeName: string,
  kind: TrafficKind,
): ProgrammedEndpoints {
  const step = (message: string): TraceStep => ({ stage: 'kube-proxy', rule: 'winkernel syncProxyRules', message });
  const steps: TraceStep[] = [step('kernelspace does not call CategorizeEndpoints: topology hints are ignored')];
  const isLoadBalancer = info.service.loadBalancerIPs.length > 0;
  // NOTE: the all-terminating and all-non-serving checks only run for Services with
  // LoadBalancer ingress IPs; every other Service uses Ready endpoints only.
  let allTerminating = false;
  let someServing = true;
  if (isLoadBalancer) {
    allTerminating = endpoints.every((ep) => !(ep.ready || ep.terminating) || ep.terminating);
    someServing = endpoints.some((ep) => ep.serving);
  }
  const usable = someServing ? endpoints.filter((ep) => (allTerminating || ep.ready) && ep.serving) : [...endpoints];
  if (allTerminating && someServing && usable.length)
    steps.push(step('every endpoint is terminating → the load balancer uses the serving-terminating ones'));
  if (!someServing && usable.length)
    steps.push(step('no endpoint is serving → winkernel keeps all of them for the ClusterIP load balancer'));

  if (usable.length === 0) {
    steps.push(
      step(
        `no usable endpoints → no HNS load balancer policy for ${info.name} ("Endpoint information not available for service, not applying any policy"): traffic to the VIP is not forwarded → DROP`,
      ),
    );
    return { verdict: 'drop', endpoints: [], steps };
  }
  if (kind === 'internal') {
    if (!info.internalPolicyLocal) {
      steps.push(
        step(`internalTrafficPolicy Cluster → ClusterIP load balancer over ${usable.length} endpoint${usable.length === 1 ? '' : 's'}`),
      );
      return { verdict: 'forward', endpoints: usable, steps };
    }
    const local = usable.filter((ep) => ep.nodeName === nodeName);
    if (local.length === 0) {
      steps.push(
        step(
          `internalTrafficPolicy Local and no local endpoints → no ClusterIP load balancer on this node → DROP ("${info.name} has no local endpoints")`,
        ),
      );
      return { verdict: 'drop', endpoints: [], steps };
    }
    steps.push(
      step(`internalTrafficPolicy Local → ClusterIP load balancer over the ${local.length} local endpoint${local.length === 1 ? '' : 's'}`),
    );
    return { verdict: 'forward', endpoints: local, steps };
  }
  if (isLoadBalancer && (allTerminating || !someServing)) {
    // NOTE: winkernel gates the NodePort and externalIP load balancers on endpointsAvailableForLB
    // (not all terminating, not all non-serving), but the load-balancer ingress IP's only on having
    // endpoints: that one is still created, over the same endpoints as the ClusterIP's.
    const why = allTerminating ? 'every endpoint is terminating' : 'no endpoint is serving';
    steps.push(
      step(
        `${why} → no NodePort or externalIP load balancer is created (endpointsAvailableForLB is false) → DROP; the load-balancer ingress IP's HNS load balancer is still created over the ${usable.length} ${allTerminating && someServing ? 'serving-terminating ' : ''}endpoint${usable.length === 1 ? '' : 's'}, so traffic the cloud load balancer sends to ${info.service.loadBalancerIPs.join(', ')} itself is forwarded (this view shows the node-port path)`,
      ),
    );
    return { verdict: 'drop', endpoints: [], steps };
  }
  if (info.externalPolicyLocal) {
    steps.push(step('externalTrafficPolicy Local is honoured by winkernel only in DSR mode (enableDSR), assumed off here → all endpoints'));
  }
  steps.push(step(`external load balancer over ${usable.length} endpoint${usable.length === 1 ? '' : 's'}`));
  return { verdict: 'forward', endpoints: usable, steps };
}
