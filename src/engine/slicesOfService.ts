/** A report's EndpointSlices by the Service they belong to (the kubernetes.io/service-name label). */
import { SERVICE_NAME_LABEL } from './model';
import type { RoutingReport } from './report';

type Slices = RoutingReport['endpointSlices'];

// Grouped once per slice list: the rules view asks for every Service of a large report.
const grouped = new WeakMap<Slices, Map<string, Slices>>();
const NONE = Object.freeze([]) as unknown as Slices;

/**
 * The EndpointSlices of `service` ("ns/name"). Read-only: the list may be shared.
 *
 * @example
 * slicesOfService(report, 'default/echo-svc')[0].endpoints.length; // 2
 */
export function slicesOfService(report: Pick<RoutingReport, 'endpointSlices'>, service: string): Slices {
  const slices = report.endpointSlices;
  let byService = grouped.get(slices);
  if (!byService) {
    byService = new Map();
    for (const slice of slices) {
      const name = slice.metadata.labels[SERVICE_NAME_LABEL];
      if (name === undefined) continue;
      const key = `${slice.metadata.namespace}/${name}`;
      const list = byService.get(key);
      if (list) list.push(slice);
      else byService.set(key, [slice]);
    }
    grouped.set(slices, byService);
  }
  return byService.get(service) ?? NONE;
}
