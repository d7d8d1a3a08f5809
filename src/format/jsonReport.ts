/** The CLI's JSON report: the engine's RoutingReport with views spelled out per node. */
import { expandViews } from '../engine';
import type { NodeView, RoutingReport } from '../engine';

/**
 * RoutingReport without `serviceViews` (classes of nodes), plus `views` (one per node); a
 * dual-stack Service's second family's views and routes follow the others in `views` and
 * `routes`, each with its `ipFamily`.
 */
export type JsonReport = Omit<RoutingReport, 'serviceViews' | 'secondaryFamily'> & { views: NodeView[] };

/**
 * Builds the JSON report printed by `route --format json`, keeping the engine's field order and
 * putting `views` where `serviceViews` was.
 *
 * @example
 * const json = buildJsonReport(analyzeFiles(files));
 * json.views.find((v) => v.node === 'mnode-m02')?.endpoints;
 */
export function buildJsonReport(report: RoutingReport): JsonReport {
  const out: Record<string, unknown> = {};
  const second = report.secondaryFamily;
  for (const [key, value] of Object.entries(report)) {
    if (key === 'serviceViews') out.views = second ? [...expandViews(report), ...expandViews(second)] : expandViews(report);
    else if (key === 'routes') out.routes = second ? [...report.routes, ...second.routes] : value;
    else if (key !== 'secondaryFamily') out[key] = value;
  }
  if (!('views' in out)) out.views = [];
  return out as JsonReport;
}
