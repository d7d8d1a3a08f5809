/** The cluster's Service IP ranges: the API server's `kubernetes` ServiceCIDR and the ones the input declares. */
import { DEFAULT_SERVICE_RANGES, type ServiceRange } from './allocators';
import type { ServiceCIDR } from './decodeServiceCIDR';
import type { ClusterState, ServiceCIDRObject } from '../model';
import { minorOf } from '../version';

/**
 * The ranges in allocation order. A ServiceCIDR named `kubernetes` (the one the API server creates
 * from --service-cluster-ip-range, as a cluster dump lists it) replaces the default
 * 10.96.0.0/12 + fd00:10:96::/112; every other one adds its prefixes.
 *
 * @example
 * serviceRanges([{ name: 'eks', prefixes: [parseCIDR('172.20.0.0/16')!], source }]).map((r) => r.prefix.text);
 * // ['10.96.0.0/12', 'fd00:10:96::/112', '172.20.0.0/16']
 */
export function serviceRanges(cidrs: readonly ServiceCIDR[]): ServiceRange[] {
  const own = cidrs.find((c) => c.name === 'kubernetes');
  const ranges: ServiceRange[] = own ? own.prefixes.map((prefix) => ({ name: own.name, prefix })) : [...DEFAULT_SERVICE_RANGES];
  for (const cidr of cidrs) if (cidr !== own) for (const prefix of cidr.prefixes) ranges.push({ name: cidr.name, prefix });
  return ranges;
}

/**
 * The ServiceCIDR objects the API server holds, as `kubectl get servicecidr` lists them (by name):
 * its own `kubernetes` one, made from --service-cluster-ip-range (the playground's default ranges)
 * unless the input gives one by that name, and the input's. Undefined when the version serves no
 * ServiceCIDR API: before 1.33 without any ServiceCIDR in the input (which implies the alpha/beta
 * API was enabled).
 *
 * @example
 * serviceCIDRObjects({ version: '1.34' } as ClusterState); // [{ name: 'kubernetes', cidrs: ['10.96.0.0/12', 'fd00:10:96::/112'], implied: true }]
 */
export function serviceCIDRObjects(cluster: Pick<ClusterState, 'version' | 'serviceCIDRs'>): ServiceCIDRObject[] | undefined {
  const declared = cluster.serviceCIDRs ?? [];
  if (declared.length === 0 && minorOf(cluster.version) < 33) return undefined;
  const own = declared.some((c) => c.name === 'kubernetes')
    ? []
    : [{ name: 'kubernetes', cidrs: DEFAULT_SERVICE_RANGES.map((r) => r.prefix.text), implied: true }];
  return [...own, ...declared].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
