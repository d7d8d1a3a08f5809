/**
 * networking.k8s.io ServiceCIDR: extra cluster-IP ranges (MultiCIDRServiceAllocator; v1 and GA in
 * 1.33, v1beta1 in 1.31–1.32 and v1alpha1 before, both off by default), validated as
 * ValidateServiceCIDR does (pkg/apis/networking/validation).
 */
import type { SourceRef } from '../diagnostics';
import { parseCIDR, INVALID_CIDR, type Prefix } from '../validation/cidr';
import { invalid, required } from '../validation/fieldErrors';
import { minorOf, type KubeVersion } from '../version';
import { decodeObjectMeta } from './decodeObjectMeta';
import type { ObjectContext } from './objectContext';
import { readObj, readStringArray, type Obj } from './read';

export interface ServiceCIDR {
  name: string;
  prefixes: Prefix[];
  source: SourceRef;
}

/**
 * Decodes and validates a ServiceCIDR; errors go to ctx (it is then not applied).
 *
 * @example
 * decodeServiceCIDR({ apiVersion: 'networking.k8s.io/v1', kind: 'ServiceCIDR', metadata: { name: 'eks' },
 *   spec: { cidrs: ['172.20.0.0/16'] } }, ctx, source).prefixes[0].text; // "172.20.0.0/16"
 */
export function decodeServiceCIDR(obj: Obj, ctx: ObjectContext, source: SourceRef): ServiceCIDR {
  const metadata = decodeObjectMeta(obj, ctx, { namespaced: false, nameRule: 'subdomain' });
  const spec = readObj(obj, 'spec', ctx, []) ?? {};
  const cidrs = readStringArray(spec, 'cidrs', ctx, ['spec']);
  const out: ServiceCIDR = { name: metadata.name, prefixes: [], source };
  if (cidrs.length === 0) {
    ctx.error(['spec', 'cidrs'], required('spec.cidrs', 'at least one CIDR required'));
    return out;
  }
  if (cidrs.length > 2) {
    ctx.error(['spec', 'cidrs'], invalid('spec.cidrs', { cidrs }, 'may only hold up to 2 values'));
    return out;
  }
  const parsed = cidrs.map((c) => parseCIDR(c));
  if (parsed.length === 2 && parsed[0] && parsed[1] && parsed[0].family === parsed[1].family) {
    ctx.error(
      ['spec', 'cidrs'],
      invalid('spec.cidrs', { cidrs }, 'may specify no more than one IP for each IP family, i.e 192.168.0.0/24 and 2001:db8::/64'),
    );
    return out;
  }
  parsed.forEach((prefix, i) => {
    const path = ['spec', 'cidrs', i];
    if (!prefix) ctx.error(path, invalid(`spec.cidrs[${i}]`, cidrs[i], INVALID_CIDR));
    else if (!prefix.canonical) ctx.error(path, invalid(`spec.cidrs[${i}]`, cidrs[i], `must be in canonical form ("${prefix.text}")`));
    else out.prefixes.push(prefix);
  });
  return out;
}

/**
 * How the API server of `version` takes a ServiceCIDR at `apiVersion`: 'serve' (v1 from 1.33),
 * 'gated' (the alpha/beta API, served only with --runtime-config and the MultiCIDRServiceAllocator
 * gate: applied with an info, as a cluster that enabled them would) or 'unknown'.
 *
 * @example
 * serviceCIDRApiVersion('networking.k8s.io/v1beta1', '1.32'); // 'gated'
 */
export function serviceCIDRApiVersion(apiVersion: string, version: KubeVersion): 'serve' | 'gated' | 'unknown' {
  const minor = minorOf(version);
  if (apiVersion === 'networking.k8s.io/v1') return minor >= 33 ? 'serve' : 'unknown';
  if (apiVersion === 'networking.k8s.io/v1beta1') return minor >= 31 ? 'gated' : 'unknown';
  if (apiVersion === 'networking.k8s.io/v1alpha1') return minor <= 30 ? 'gated' : 'unknown';
  return 'unknown';
}

/** The info said when a ServiceCIDR comes at an API the version serves only when enabled. */
export function gatedServiceCIDRNote(apiVersion: string, version: KubeVersion): string {
  return `${apiVersion} ServiceCIDR is served by Kubernetes ${version} only when kube-apiserver runs with --runtime-config=${apiVersion}=true and the MultiCIDRServiceAllocator feature gate (both off by default; networking.k8s.io/v1 is GA in 1.33); the playground applies it as such a cluster would`;
}
