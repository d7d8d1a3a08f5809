import type { Locality } from '../report';

/**
 * Where an endpoint on `epNode` in `epZone` sits relative to a node. Without `nodeName` (a class
 * of nodes sharing a zone) nothing is same-node.
 *
 * @example
 * localityFrom('a', 'z1', 'b', 'z1'); // "same-zone"
 */
export function localityFrom(
  epNode: string | undefined,
  epZone: string | undefined,
  nodeName: string | undefined,
  zone: string | undefined,
): Locality {
  if (nodeName !== undefined && epNode === nodeName) return 'same-node';
  if (!zone || !epZone) return 'unknown-zone';
  return epZone === zone ? 'same-zone' : 'cross-zone';
}

/**
 * localityFrom for a kube-proxy endpoint.
 *
 * @example
 * localityOf({ nodeName: 'a', zone: 'z1' }, 'b', 'z1'); // "same-zone"
 */
export function localityOf(ep: { nodeName?: string; zone?: string }, nodeName: string | undefined, zone: string | undefined): Locality {
  return localityFrom(ep.nodeName, ep.zone, nodeName, zone);
}
