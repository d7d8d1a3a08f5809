/** Pod → EndpointSlice endpoint (k8s.io/endpointslice utils.go podToEndpoint). */
import type { EndpointSlice, Node, Pod, Service, SliceEndpoint } from '../model';

export type IPAddressType = Exclude<EndpointSlice['addressType'], 'FQDN'>;

/**
 * The address family of an IP string.
 *
 * @example
 * ipFamilyOf('fd00::1'); // 'IPv6'
 */
export function ipFamilyOf(ip: string): IPAddressType {
  return ip.includes(':') ? 'IPv6' : 'IPv4';
}

/**
 * The endpoint the controller writes for a pod, with the conditions set exactly as upstream:
 * serving = pod Ready, terminating = deletionTimestamp set,
 * ready = publishNotReadyAddresses || (serving && !terminating).
 *
 * @example
 * podToEndpoint(pod, node, service, 'IPv4').conditions; // { ready: true, serving: true, terminating: false }
 */
export function podToEndpoint(pod: Pod, node: Node | undefined, service: Service, addressType: IPAddressType): SliceEndpoint {
  const serving = pod.status.ready;
  const terminating = pod.metadata.deletionTimestamp !== undefined;
  // NOTE: with publishNotReadyAddresses every endpoint is ready, even a terminating or
  // not-ready one ("for compatibility reasons", utils.go).
  const ready = service.publishNotReadyAddresses || (serving && !terminating);
  const endpoint: SliceEndpoint = {
    addresses: pod.status.podIPs.filter((ip) => ipFamilyOf(ip) === addressType),
    conditions: { ready, serving, terminating },
    targetRef: {
      kind: 'Pod',
      namespace: pod.metadata.namespace,
      name: pod.metadata.name,
      ...(pod.metadata.uid ? { uid: pod.metadata.uid } : {}),
    },
  };
  if (pod.spec.nodeName) endpoint.nodeName = pod.spec.nodeName;
  if (node?.zone) endpoint.zone = node.zone;
  return endpoint;
}
