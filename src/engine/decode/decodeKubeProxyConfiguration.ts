/** kubeproxy.config.k8s.io/v1alpha1 KubeProxyConfiguration: mode, ipvs.scheduler, featureGates. */
import type { SourceRef } from '../diagnostics';
import type { IpvsScheduler, KubeProxyConfiguration, ProxyMode } from '../model';
import { validateKubeProxyConfiguration } from '../validation/validateKubeProxyConfiguration';
import type { ObjectContext } from './objectContext';
import { readObj, readString, type Obj } from './read';

/** What kube-proxy runs with when the workspace has no KubeProxyConfiguration. */
export function defaultKubeProxyConfiguration(): KubeProxyConfiguration {
  return { mode: 'iptables', ipvsScheduler: 'rr', featureGates: {} };
}

/**
 * Decodes and validates the configuration; "" mode means iptables and "" scheduler means rr.
 *
 * @example
 * decodeKubeProxyConfiguration({ mode: 'ipvs', ipvs: { scheduler: '' } }, ctx, src); // { mode: 'ipvs', ipvsScheduler: 'rr', ... }
 */
export function decodeKubeProxyConfiguration(obj: Obj, ctx: ObjectContext, source: SourceRef): KubeProxyConfiguration {
  ctx.name = 'kube-proxy';
  ctx.refusedBy = 'kube-proxy';
  const mode = readString(obj, 'mode', ctx, []) ?? '';
  const ipvs = readObj(obj, 'ipvs', ctx, []);
  const scheduler = (ipvs && readString(ipvs, 'scheduler', ctx, ['ipvs'])) ?? '';
  const featureGates = readObj(obj, 'featureGates', ctx, []) ?? {};
  validateKubeProxyConfiguration({ mode, scheduler }, ctx);
  return {
    mode: (mode || 'iptables') as ProxyMode,
    ipvsScheduler: (scheduler || 'rr') as IpvsScheduler,
    featureGates,
    source,
  };
}
