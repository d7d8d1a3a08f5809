/** A controller-managed EndpointSlice object (k8s.io/endpointslice utils.go newEndpointSlice). */
import { CONTROLLER_NAME, MANAGED_BY_LABEL, SERVICE_NAME_LABEL, type EndpointSlice, type Labels, type Service } from '../model';
import { SAFE_ALPHABET, generateName, randomSuffix, type NextValue } from '../names/generateName';
import { hashString } from '../random';
import type { EndpointPort } from './getEndpointPorts';
import type { IPAddressType } from './podToEndpoint';

const HEADLESS_LABEL = 'service.kubernetes.io/headless';

/**
 * Slice suffixes stir the hash between characters instead of taking its next base-27 digit:
 * that is how slice names have always been made, and they must not change.
 */
const stirHash: NextValue = (hash) => (Math.floor(hash / SAFE_ALPHABET.length) ^ Math.imul(hash, 31)) >>> 0;

/**
 * A deterministic stand-in for `generateName`: the prefix (cut to 58 characters as the API server
 * does) plus 5 characters derived from `seed`, re-derived while the name is already taken.
 *
 * @example
 * generateSliceName('echo-svc-', 'default/echo-svc/IPv4/0', new Set()); // 'echo-svc-' + 5 characters
 */
export function generateSliceName(prefix: string, seed: string, taken: Set<string>): string {
  return generateName(prefix, (attempt) => randomSuffix(hashString(attempt === 0 ? seed : `${seed}#${attempt}`), stirHash), taken);
}

/**
 * An empty EndpointSlice owned by the Service: labels are the Service's own labels (reserved
 * keys skipped) plus `kubernetes.io/service-name` and `endpointslice.kubernetes.io/managed-by`.
 *
 * @example
 * newEndpointSlice(service, [{ name: '', port: 5678, protocol: 'TCP' }], 'IPv4', 'echo-svc-x7k2p');
 */
export function newEndpointSlice(service: Service, ports: EndpointPort[], addressType: IPAddressType, name: string): EndpointSlice {
  const labels: Labels = {};
  for (const key in service.metadata.labels) {
    if (key === SERVICE_NAME_LABEL || key === MANAGED_BY_LABEL || key === HEADLESS_LABEL) continue;
    labels[key] = service.metadata.labels[key]!;
  }
  // NOTE: upstream also labels Services without a ClusterIP as headless; here an unset
  // clusterIP means "not allocated yet", so only an explicit None counts.
  if (service.clusterIP === 'None') labels[HEADLESS_LABEL] = '';
  labels[SERVICE_NAME_LABEL] = service.metadata.name;
  labels[MANAGED_BY_LABEL] = CONTROLLER_NAME;
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      name,
      namespace: service.metadata.namespace,
      generateName: `${service.metadata.name}-`,
      labels,
      ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: service.metadata.name, controller: true }],
    },
    addressType,
    endpoints: [],
    ports,
  };
}
