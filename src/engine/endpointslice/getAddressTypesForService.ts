/** Address types of a Service's EndpointSlices (k8s.io/endpointslice utils.go getAddressTypesForService). */
import type { Service } from '../model';
import type { EligiblePod } from './buildEndpointSlices';
import { ipFamilyOf, type IPAddressType } from './podToEndpoint';

/**
 * Address types of the Service's slices.
 * NOTE: upstream reads spec.ipFamilies, which the model does not carry: the ClusterIP's family
 * stands in for it, and without a ClusterIP the families of the pods' IPs (upstream assumes both).
 *
 * @example
 * getAddressTypesForService(service, []); // ['IPv6'] when its clusterIP is fd00::10
 */
export function getAddressTypesForService(service: Service, eligible: readonly EligiblePod[]): IPAddressType[] {
  // spec.ipFamilies as the API server defaulted it: one slice address type per family.
  if (service.ipFamilies?.length && service.clusterIP !== 'None') return [...service.ipFamilies];
  if (service.clusterIP && service.clusterIP !== 'None') return [ipFamilyOf(service.clusterIP)];
  const families = new Set<IPAddressType>();
  for (const { pod } of eligible) for (const ip of pod.status.podIPs) families.add(ipFamilyOf(ip));
  if (families.size === 0) return ['IPv4'];
  return (['IPv4', 'IPv6'] as const).filter((family) => families.has(family));
}
