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
  for (const entry of eligible) {
    const key = portMapKey(entry.ports);
    const group = groups.get(key);
    if (group) group.pods.push(entry);
    else groups.set(key, { ports: entry.ports, pods: [entry] });
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
        slice = newEndpointSlice(service, group.ports, addressType, generateSliceName(prefix, `${seed}/${key}/${slices.length}`, takenNames));
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
