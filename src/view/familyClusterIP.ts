/** Which of a Service's cluster IPs belongs to an IP family (the one that family's proxier programs). */
import type { IPFamilyName, ServiceSummary } from '../engine';

/** The family of an address as the API server tells them apart. */
export const familyOfIP = (ip: string): IPFamilyName => (ip.includes(':') ? 'IPv6' : 'IPv4');

/**
 * The Service's cluster IP of `family` (of spec.clusterIPs for a dual-stack Service), else its
 * clusterIP when no family is asked for; undefined when it has none of that family.
 *
 * @example
 * familyClusterIP({ clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10', 'fd00::a'] }, 'IPv6'); // "fd00::a"
 */
export function familyClusterIP(
  service: Pick<ServiceSummary, 'clusterIP' | 'clusterIPs'>,
  family: IPFamilyName | undefined,
): string | undefined {
  if (!family) return service.clusterIP;
  return (service.clusterIPs ?? (service.clusterIP ? [service.clusterIP] : [])).find((ip) => familyOfIP(ip) === family);
}
