import { defaultGates, type KubeVersion } from '../../engine/version';

export const TRAFFIC_DISTRIBUTIONS = ['PreferClose', 'PreferSameZone', 'PreferSameNode'] as const;

/**
 * The trafficDistribution values the API server accepts in `version` with default feature gates
 * (ServiceTrafficDistribution for PreferClose, PreferSameTrafficDistribution for the other two).
 *
 * @example
 * trafficDistributionValues('1.32'); // ['PreferClose']
 */
export function trafficDistributionValues(version: KubeVersion): string[] {
  const gates = defaultGates(version);
  const values: string[] = [];
  if (gates.ServiceTrafficDistribution) values.push('PreferClose');
  if (gates.ServiceTrafficDistribution && gates.PreferSameTrafficDistribution) values.push('PreferSameZone', 'PreferSameNode');
  return values;
}
