/** Desired EndpointSlices of one Service and address type (k8s.io/endpointslice reconciler.go). */
import type { EndpointSlice, Node, Pod, Service } from '../model';
import { keyOf } from '../model';
import { portMapKey, type EndpointPort } from './getEndpointPorts';
import { generateSliceName, newEndpointSlice } from './newEndpointSlice';
import { podToEndpoint, type IPAddressType } from './podToEndpoint';

/** The controller's default --max-endpoints-per-slice. */
export const maxEndpointsPerSlice = 100;

/** A pod that passed ShouldPodBeInEndpoints and the node check, with its resolved ports. */
export interface EligiblePod {
  pod: Pod;
  node: Node | undefined;
  ports: EndpointPort[];
}

/**
 * Groups endpoints by their resolved ports (one group per distinct port list, in pod order),
 * fills slices of at most 100 endpoints, and adds an empty placeholder slice when there is no
 * endpoint at all, as upstream does. Hints are left to the hint stage.
 *
 * @example
 * buildEndpointSlices(service, eligible, 'IPv4', new Set()); // [EndpointSlice 'echo-svc-…']
 */
export function buildEndpointSlices(
  service: Service,
  eligible: readonly EligiblePod[],
  addressType: IPAddressType,
  takenNames: Set<string>,
): EndpointSlice[] {
  const groups = new Map<string, { ports: EndpointPort[]; pods: EligiblePod[] }>();
  let last: { ports: EndpointPort[]; pods: EligiblePod[] } | undefined;
  for (const entry of eligible) {
    // Pods of one Service nearly always resolve the same ports: no key string built for those.
    if (last && samePorts(last.ports, entry.ports)) {
      last.pods.push(entry);
      continue;
    }
    const key = portMapKey(entry.ports);
    last = groups.get(key);
    if (last) last.pods.push(entry);
    else groups.set(key, (last = { ports: entry.ports, pods: [entry] }));
  }

  const prefix = `${service.metadata.name}-`;
  const seed = `${keyOf(service.metadata)}/${addressType}`;
  const slices: EndpointSlice[] = [];
  for (const [key, group] of groups) {
    let slice: EndpointSlice | undefined;
    for (const { pod, node } of group.pods) {
      const endpoint = podToEndpoint(pod, node, service, addressType);
      if (endpoint.addresses.length === 0) continue;
      if (!slice || slice.endpoints.length >= maxEndpointsPerSlice) {
        slice = newEndpointSlice(
          service,
          group.ports,
          addressType,
          generateSliceName(prefix, `${seed}/${key}/${slices.length}`, takenNames),
        );
        slices.push(slice);
      }
      slice.endpoints.push(endpoint);
    }
  }
  if (slices.length === 0) {
    slices.push(newEndpointSlice(service, [], addressType, generateSliceName(prefix, `${seed}/placeholder`, takenNames)));
  }
  return slices;
}

/** Equal lists in equal order (so equal portMapKeys). */
function samePorts(a: readonly EndpointPort[], b: readonly EndpointPort[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.name !== y.name || x.port !== y.port || x.protocol !== y.protocol) return false;
  }
  return true;
}
