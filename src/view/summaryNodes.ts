/**
 * React Flow nodes of a large cluster zoomed out: one box per zone (or shared area), where the
 * layout puts it, holding the area's summary rather than its nodes and pods.
 */
import type { Node } from '@xyflow/react';
import type { PodSummary } from '../engine';
import type { AreaSummary } from './clusterSummary';
import type { Layout } from './layout';
import type { Selection } from './routeModel';

export type AreaSummaryData = {
  kind: 'zone' | 'no-zone' | 'unscheduled';
  name: string;
  testId: string;
  /** The zone itself is selected. */
  selected: boolean;
  summary: AreaSummary;
  /** The class holding the selected node (or the selected pod's node). */
  selectedClass: string | null;
  /** The summary is laid out this wide (px) and scaled by `scale` to fill the box. */
  contentWidth: number;
  scale: number;
};
export type AreaSummaryFlowNode = Node<AreaSummaryData, 'areaSummary'>;

/** Classes listed per area; the rest are counted in one line. */
export const LISTED_CLASSES = 6;
const CONTENT_W = 300;

/** Rough height of the summary at its own width: title, counts, classes, routes, hint. */
function contentHeight(summary: AreaSummary): number {
  const classes = Math.min(LISTED_CLASSES, summary.classes.length) + (summary.classes.length > LISTED_CLASSES ? 0.5 : 0);
  return 64 + classes * 50 + (summary.routes.length ? 24 + Math.min(4, summary.routes.length) * 18 : 0) + 28;
}

/**
 * @example
 * buildSummaryNodes(layout, summarizeAreas(report, service), selection, report.pods).map((n) => n.id); // ['zone:zone-a', …]
 */
export function buildSummaryNodes(
  layout: Layout,
  summaries: ReadonlyMap<string, AreaSummary>,
  selection: Selection,
  pods: readonly PodSummary[],
): AreaSummaryFlowNode[] {
  let selectedNode: string | null = null;
  if (selection?.kind === 'node') selectedNode = selection.id;
  if (selection?.kind === 'pod') selectedNode = pods.find((p) => p.key === selection.id)?.node ?? null;
  const out: AreaSummaryFlowNode[] = [];
  for (const box of layout.boxes) {
    if (box.parentId || (box.kind !== 'zone' && box.kind !== 'no-zone' && box.kind !== 'unscheduled')) continue;
    const summary = summaries.get(box.id) ?? { id: box.id, nodes: 0, pods: 0, clients: 0, classes: [], routes: [], lost: 0 };
    const scale = Math.max(0.01, Math.min((box.width - 16) / CONTENT_W, (box.height - 16) / contentHeight(summary)));
    const testId = box.kind === 'zone' ? `zone-${box.ref}` : box.kind === 'no-zone' ? 'zone-none' : 'area-unscheduled';
    out.push({
      id: box.id,
      type: 'areaSummary',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      draggable: false,
      connectable: false,
      selectable: box.kind === 'zone',
      data: {
        kind: box.kind,
        name: box.ref,
        testId,
        selected: selection?.kind === 'zone' && selection.id === box.ref,
        summary,
        selectedClass: selectedNode === null ? null : (summary.classes.find((c) => c.members.has(selectedNode!))?.id ?? null),
        contentWidth: CONTENT_W,
        scale,
      },
    });
  }
  return out;
}
