/**
 * spec.ipFamilyPolicy and spec.ipFamilies, defaulted and checked against the cluster's Service
 * ranges as the API server's tryDefaultValidateServiceClusterIPFields does (registry/core/service).
 */
import { duplicate, invalid, notSupported } from '../validation/fieldErrors';
import type { IPFamily } from '../validation/cidr';
import type { WrittenService } from '../validation/writtenService';
import type { ObjectContext } from './objectContext';

const POLICIES = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];
const FAMILIES = ['IPv4', 'IPv6'];

/**
 * Fills svc.ipFamilyPolicy and svc.ipFamilies in place; errors go to ctx. `clusterFamilies` are
 * the families the Service ranges cover, the primary first.
 *
 * @example
 * defaultIPFamilies(svc, ['IPv4', 'IPv6'], ctx); // RequireDualStack → ipFamilies ['IPv4', 'IPv6']
 */
export function defaultIPFamilies(svc: WrittenService, clusterFamilies: readonly IPFamily[], ctx: ObjectContext): void {
  if (svc.type === 'ExternalName') return;
  const policyPath = ['spec', 'ipFamilyPolicy'];
  if (svc.ipFamilyPolicy !== undefined && !POLICIES.includes(svc.ipFamilyPolicy)) {
    ctx.error(policyPath, notSupported('spec.ipFamilyPolicy', svc.ipFamilyPolicy, POLICIES));
    return;
  }
  const families = svc.ipFamilies ?? [];
  // Loops and module-level helpers: no closure per Service.
  for (let i = 0; i < families.length; i++) {
    const family = families[i]!;
    if (!FAMILIES.includes(family)) ctx.error(['spec', 'ipFamilies', i], notSupported(`spec.ipFamilies[${i}]`, family, FAMILIES));
    else if (families.indexOf(family) !== i) ctx.error(['spec', 'ipFamilies', i], duplicate(`spec.ipFamilies[${i}]`, family));
  }
  if (families.length > 2) ctx.error(['spec', 'ipFamilies'], invalid('spec.ipFamilies', families, 'may only hold up to 2 values'));
  const clusterIPs = svc.clusterIPs ?? [];
  if (svc.ipFamilyPolicy === 'SingleStack') {
    if (clusterIPs.length === 2)
      ctx.error(
        policyPath,
        invalid(
          'spec.ipFamilyPolicy',
          'SingleStack',
          "must be RequireDualStack or PreferDualStack when multiple 'clusterIPs' are specified",
        ),
      );
    if (families.length === 2)
      ctx.error(
        policyPath,
        invalid(
          'spec.ipFamilyPolicy',
          'SingleStack',
          "must be RequireDualStack or PreferDualStack when multiple 'ipFamilies' are specified",
        ),
      );
  }
  if (ctx.errorCount > 0) return;

  // Families follow the requested cluster IPs.
  const out = [...families] as IPFamily[];
  for (let i = 0; i < clusterIPs.length; i++) {
    const ip = clusterIPs[i]!;
    if (ip === 'None') break;
    const family: IPFamily = ip.includes(':') ? 'IPv6' : 'IPv4';
    if (i < out.length) {
      if (out[i] !== family)
        ctx.error(
          ['spec', 'clusterIPs', i],
          invalid(`spec.clusterIPs[${i}]`, ip, `expected an ${out[i]} value as indicated by \`ipFamilies[${i}]\``),
        );
      continue;
    }
    if (!clusterFamilies.includes(family)) {
      ctx.error(
        ['spec', 'clusterIPs', i],
        invalid(`spec.clusterIPs[${i}]`, clusterIPs, `may not use ${family} on a cluster which is not configured for it`),
      );
      return;
    }
    out.push(family);
  }
  if (ctx.errorCount > 0) return;
  const dual = clusterFamilies.length >= 2;
  const primary = clusterFamilies[0] ?? 'IPv4';

  if (svc.clusterIP === 'None' && !svc.selector) {
    // Headless without selector: RequireDualStack by default, families as the cluster allows.
    svc.ipFamilyPolicy ??= 'RequireDualStack';
    if (out.length === 0) out.push(primary);
    if (out.length < 2 && (svc.ipFamilyPolicy === 'RequireDualStack' || (svc.ipFamilyPolicy === 'PreferDualStack' && dual)))
      out.push(other(out[0]!));
    svc.ipFamilies = out;
    return;
  }
  if (svc.ipFamilyPolicy === 'RequireDualStack' && !dual) {
    ctx.error(policyPath, invalid('spec.ipFamilyPolicy', 'RequireDualStack', 'Cluster is not configured for dual stack services'));
    return;
  }
  for (let i = 0; i < out.length; i++) {
    const family = out[i]!;
    if (!clusterFamilies.includes(family))
      ctx.error(['spec', 'ipFamilies', i], invalid(`spec.ipFamilies[${i}]`, clusterIPs, `ipfamily ${family} is not configured on cluster`));
  }
  if (ctx.errorCount > 0) return;
  svc.ipFamilyPolicy ??= 'SingleStack';
  if (out.length === 0) out.push(primary);
  if (svc.ipFamilyPolicy !== 'SingleStack' && out.length === 1 && dual) out.push(other(out[0]!));
  svc.ipFamilies = out;
}

function other(f: IPFamily): IPFamily {
  return f === 'IPv4' ? 'IPv6' : 'IPv4';
}
