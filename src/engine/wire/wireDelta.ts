/**
 * A report posted as what changed since the one posted before it (which the page holds): each
 * list that travels as the report holds it (pods, Services, EndpointSlices, nodes, diagnostics…)
 * as a patch of that report's list (see listPatch); the node classes and routes in their wire form
 * as ever. The page rebuilds the wire report, then revives it as it revives any.
 */
import type { RoutingReport } from '../report';
import type { WireReport } from '../reportWire';
import { applyListPatch, diffList, type ListPatch } from './listPatch';

/** The lists of a wire report sent as patches of the report posted before it (`base`, its request's id). */
export interface WireDelta {
  base: number;
  lists: Record<string, ListPatch<unknown>>;
}

/** Lists the wire form writes its own way: never patched. */
const ENCODED = new Set(['serviceViews', 'routes', 'secondaryFamily', 'classes', 'tables']);

/**
 * `wire` (the wire form of `report`) with the lists it shares with `previous` left empty, and their
 * patches; undefined when no list shares enough with the one before.
 *
 * @example
 * const delta = wireDelta(lastPosted, report, toWire(report), lastId);
 * if (delta) post({ id, report: delta.wire, patches: delta.patches });
 */
export function wireDelta(
  previous: RoutingReport,
  report: RoutingReport,
  wire: WireReport,
  base: number,
): { wire: WireReport; patches: WireDelta } | undefined {
  const lists: Record<string, ListPatch<unknown>> = {};
  const sent: Record<string, unknown> = { ...wire };
  let any = false;
  for (const key of Object.keys(report)) {
    if (ENCODED.has(key)) continue;
    const now: unknown = (report as unknown as Record<string, unknown>)[key];
    const before: unknown = (previous as unknown as Record<string, unknown>)[key];
    if (!Array.isArray(now) || !Array.isArray(before) || (wire as unknown as Record<string, unknown>)[key] !== now) continue;
    const patch = now === before ? { runs: Int32Array.of(0, now.length), items: [] } : diffList<unknown>(before, now);
    if (!patch) continue;
    lists[key] = patch;
    // An empty list in its place keeps the report's key order.
    sent[key] = [];
    any = true;
  }
  return any ? { wire: sent as unknown as WireReport, patches: { base, lists } } : undefined;
}

/**
 * The wire report a delta describes, from the wire report of its base.
 *
 * @example
 * const full = applyWireDelta(lastWire, data.report, data.patches); // then fromWire(full)
 */
export function applyWireDelta(base: WireReport, wire: WireReport, patches: WireDelta): WireReport {
  const out: Record<string, unknown> = { ...wire };
  const from = base as unknown as Record<string, unknown>;
  for (const [key, patch] of Object.entries(patches.lists)) out[key] = applyListPatch(from[key] as unknown[], patch);
  return out as unknown as WireReport;
}
