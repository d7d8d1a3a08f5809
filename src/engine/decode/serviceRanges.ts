/** The cluster's Service IP ranges: the API server's `kubernetes` ServiceCIDR and the ones the input declares. */
import { DEFAULT_SERVICE_RANGES, type ServiceRange } from './allocators';
import type { ServiceCIDR } from './decodeServiceCIDR';

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
