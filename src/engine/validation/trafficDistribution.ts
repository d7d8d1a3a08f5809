/** Which spec.trafficDistribution values the API server accepts, per version and gates. */
import type { FeatureGates, KubeVersion } from '../version';
import { minorOf } from '../version';

export const PREFER_CLOSE = 'PreferClose';
export const PREFER_SAME_ZONE = 'PreferSameZone';
export const PREFER_SAME_NODE = 'PreferSameNode';

/**
 * The supported values in validateServiceTrafficDistribution's order, or undefined when the
 * field is gated off and the API server drops it on write (dropDisabledFields).
 * NOTE: 1.33+ lists PreferClose, PreferSameZone, PreferSameNode only with the
 * PreferSameTrafficDistribution gate on; otherwise PreferClose alone
 * (pkg/apis/core/validation/validation.go, KEP-3015).
 *
 * @example
 * supportedTrafficDistributions('1.33', defaultGates('1.33')); // ['PreferClose']
 * supportedTrafficDistributions('1.30', defaultGates('1.30')); // undefined: dropped
 */
export function supportedTrafficDistributions(version: KubeVersion, gates: FeatureGates): string[] | undefined {
  if (!gates.ServiceTrafficDistribution) return undefined;
  if (minorOf(version) >= 33 && gates.PreferSameTrafficDistribution) return [PREFER_CLOSE, PREFER_SAME_ZONE, PREFER_SAME_NODE];
  return [PREFER_CLOSE];
}
