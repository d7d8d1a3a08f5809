/** Routes and views in a line of words, for check messages. */
import { shortObjectKey } from '../model';
import type { ViewResult, WeightedEndpoint } from '../report';
import type { EndpointFilter } from './types';

const percent = (weight: number) => `${Math.round(weight * 100)}%`;

/** "forward: echo-1@mnode-m02 50%, echo-2@mnode-m03 50%" or "drop". */
export function describeOutcome(view: ViewResult): string {
  if (view.verdict !== 'forward') return view.verdict;
  const taking = view.endpoints.filter((ep) => ep.weight > 0);
  const listed = taking.map(
    (ep) => `${shortObjectKey(ep.pod)}@${ep.node ?? '?'}${ep.terminating ? ' (terminating)' : ''} ${percent(ep.weight)}`,
  );
  return `forward: ${listed.join(', ')}`;
}

/** "node mnode-m02, zone zone-a" */
export function describeFilter(filter: EndpointFilter): string {
  const parts: string[] = [];
  if (filter.pod) parts.push(`pod ${filter.pod}`);
  if (filter.node) parts.push(`node ${filter.node}`);
  if (filter.zone) parts.push(`zone ${filter.zone}`);
  if (filter.locality) parts.push(filter.locality);
  if (filter.terminating !== undefined) parts.push(filter.terminating ? 'terminating' : 'not terminating');
  return parts.join(', ') || 'any endpoint';
}

export function matchesFilter(ep: WeightedEndpoint, filter: EndpointFilter): boolean {
  if (filter.pod !== undefined && ep.pod !== filter.pod && shortObjectKey(ep.pod) !== filter.pod) return false;
  if (filter.node !== undefined && ep.node !== filter.node) return false;
  if (filter.zone !== undefined && ep.zone !== filter.zone) return false;
  if (filter.locality !== undefined && ep.locality !== filter.locality) return false;
  if (filter.terminating !== undefined && ep.terminating !== filter.terminating) return false;
  return true;
}
