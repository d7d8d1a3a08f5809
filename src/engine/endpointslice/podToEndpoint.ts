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
  const addresses = addressesOf(pod.status.podIPs, addressType);
  const conditions = CONDITIONS[(ready ? 4 : 0) + (serving ? 2 : 0) + (terminating ? 1 : 0)]!;
  const nodeName = pod.spec.nodeName;
  if (nodeName && node?.zone && !pod.metadata.uid) {
    // The usual endpoint, in one literal of the same key order: no property added after creation
    // (a V8 shape; measured with summarizePod's and weighted()'s, see the README's Benchmarks).
    return {
      addresses,
      conditions,
      targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name },
      nodeName,
      zone: node.zone,
    };
  }
  const endpoint: SliceEndpoint = {
    addresses,
    conditions,
    targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name },
  };
  if (pod.metadata.uid) endpoint.targetRef!.uid = pod.metadata.uid;
  if (pod.spec.nodeName) endpoint.nodeName = pod.spec.nodeName;
  if (node?.zone) endpoint.zone = node.zone;
  return endpoint;
}

// Eight possible condition sets: every endpoint of a large cluster shares one of them (read-only).
const CONDITIONS: readonly SliceEndpoint['conditions'][] = Array.from({ length: 8 }, (_, i) =>
  Object.freeze({ ready: (i & 4) !== 0, serving: (i & 2) !== 0, terminating: (i & 1) !== 0 }),
);

/** The pod's IPs of the family; the pod's own array when all of them are (a single-stack pod). */
function addressesOf(podIPs: readonly string[], addressType: IPAddressType): string[] {
  for (let i = 0; i < podIPs.length; i++) {
    if (ipFamilyOf(podIPs[i]!) !== addressType) return podIPs.filter((ip) => ipFamilyOf(ip) === addressType);
  }
  return podIPs as string[];
}
