/** The CLI's JSON report: the engine's RoutingReport with views spelled out per node. */
import { expandViews } from '../engine';
import type { NodeView, RoutingReport } from '../engine';

/** RoutingReport without `serviceViews` (classes of nodes), plus `views` (one per node). */
export type JsonReport = Omit<RoutingReport, 'serviceViews'> & { views: NodeView[] };

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
  for (const [key, value] of Object.entries(report)) {
    if (key === 'serviceViews') out.views = expandViews(report);
    else out[key] = value;
  }
  if (!('views' in out)) out.views = [];
  return out as JsonReport;
}
