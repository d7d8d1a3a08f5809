import type { Locality } from '../report';

/**
 * Where an endpoint sits relative to a node. Without `nodeName` (a class of nodes sharing a zone)
 * nothing is same-node.
 *
 * @example
 * localityOf({ nodeName: 'a', zone: 'z1' }, 'b', 'z1'); // "same-zone"
 */
export function localityOf(ep: { nodeName?: string; zone?: string }, nodeName: string | undefined, zone: string | undefined): Locality {
  if (nodeName !== undefined && ep.nodeName === nodeName) return 'same-node';
  if (!zone || !ep.zone) return 'unknown-zone';
  return ep.zone === zone ? 'same-zone' : 'cross-zone';
}

/**
 * localityOf for an endpoint already placed in a report (its `node` and `zone`).
 *
 * @example
 * localityOfWeighted({ node: 'a', zone: 'z1' }, 'a', 'z1'); // "same-node"
 */
export function localityOfWeighted(ep: { node?: string; zone?: string }, nodeName: string | undefined, zone: string | undefined): Locality {
  if (nodeName !== undefined && ep.node === nodeName) return 'same-node';
  if (!zone || !ep.zone) return 'unknown-zone';
  return ep.zone === zone ? 'same-zone' : 'cross-zone';
}
