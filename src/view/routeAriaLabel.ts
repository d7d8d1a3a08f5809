/**
 * What a screen reader hears for a route edge, and the locality words the inspector shares.
 */
import type { RouteEdgeModel } from './routeModel';

const localityWords = {
  'same-node': 'same node',
  'same-zone': 'same zone',
  'cross-zone': 'cross zone',
  'unknown-zone': 'zone unknown',
} as const;

export function routeAriaLabel(route: RouteEdgeModel): string {
  const from = route.external ? `traffic from outside arriving at ${route.node}` : route.from;
  if (route.verdict !== 'forward') return `${from} to ${route.service}: ${route.label}. ${route.reason}`;
  if (route.pods) {
    const where = route.locality ? `, ${localityWords[route.locality]}` : '';
    return `${from} to ${route.pods.length} pods on ${route.targetNode ?? 'no node'}: ${route.label} of connections together${where}`;
  }
  return `${from} to ${route.targetPod}: ${route.label} of connections, ${route.locality ? localityWords[route.locality] : ''}`;
}

export function localityWord(locality: keyof typeof localityWords): string {
  return localityWords[locality];
}
