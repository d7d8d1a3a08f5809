/** A controller-managed EndpointSlice object (k8s.io/endpointslice utils.go newEndpointSlice). */
import { CONTROLLER_NAME, MANAGED_BY_LABEL, SERVICE_NAME_LABEL, type EndpointSlice, type Labels, type Service } from '../model';
import { hashString } from '../random';
import type { EndpointPort } from './getEndpointPorts';
import type { IPAddressType } from './podToEndpoint';

const HEADLESS_LABEL = 'service.kubernetes.io/headless';
// apiserver's names.SimpleNameGenerator: 5 characters from an alphabet without vowels.
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const RANDOM_LENGTH = 5;
const MAX_GENERATED_NAME_LENGTH = 63 - RANDOM_LENGTH;

/**
 * A deterministic stand-in for `generateName`: the prefix (cut to 58 characters as the API server
 * does) plus 5 characters derived from `seed`, re-derived while the name is already taken.
 *
 * @example
 * generateSliceName('echo-svc-', 'default/echo-svc/IPv4/0', new Set()); // 'echo-svc-' + 5 characters
 */
export function generateSliceName(prefix: string, seed: string, taken: Set<string>): string {
  const base = prefix.length > MAX_GENERATED_NAME_LENGTH ? prefix.slice(0, MAX_GENERATED_NAME_LENGTH) : prefix;
  for (let attempt = 0; ; attempt++) {
    let hash = hashString(attempt === 0 ? seed : `${seed}#${attempt}`);
    let suffix = '';
    for (let i = 0; i < RANDOM_LENGTH; i++) {
      suffix += NAME_ALPHABET[hash % NAME_ALPHABET.length];
      hash = Math.floor(hash / NAME_ALPHABET.length) ^ Math.imul(hash, 31);
      hash >>>= 0;
    }
    const name = base + suffix;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
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
