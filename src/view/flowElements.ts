/**
 * Turns the layout and the route models into React Flow nodes and edges (no rendering here).
 */
import type { ExternalEntryNote } from './externalEntry';
import type { Edge, Node } from '@xyflow/react';
import type { NodeSummary, PodSummary } from '../engine';
import { appColorSlots, appOf } from './appColors';
import { emphasiseRouteEdges } from './edgeEmphasis';
import type { EdgeGeometry } from './edgeGeometry';
import type { Layout } from './layout';
import { podLabel } from './podLabel';
import { ownerBadge, type OwnerBadge } from './ownerBadge';
import { podStatus, type PodStatusLook } from './podStatus';
import { buildRouteGeometry } from './routeGeometry';
import type { RouteEdgeModel, Selection } from './routeModel';
import type { RouteHighlight } from '../state/highlightSlice';
import type { DriftBadge } from './driftBadges';
import type { AreaSummaryFlowNode } from './summaryNodes';

export { localityWord, routeAriaLabel } from './routeAriaLabel';

/** A pod drawn as a chip inside its node's box (level of detail for crowded or large clusters). */
export type PodChipData = {
  key: string;
  name: string;
  client: boolean;
  look: PodStatusLook;
  /** Full name, status and why, for the tooltip and screen readers. */
  detail: string;
  appSlot?: number;
  /** Relative to the box that draws the chip. */
  x: number;
  y: number;
  selected: boolean;
  reached: boolean;
  drift?: DriftBadge;
};
export type AreaData = {
  kind: 'zone' | 'no-zone' | 'unscheduled';
  name: string;
  testId: string;
  selected: boolean;
  chips?: PodChipData[];
};
export type ClusterNodeData = {
  node: NodeSummary;
  /** Compact layout: kube-proxy opens the title row, and the title starts after it (at this x). */
  compact: boolean;
  titleLeft?: number;
  selected: boolean;
  reached: boolean;
  drift?: DriftBadge;
  chips?: PodChipData[];
  /** A large cluster between levels of detail: the node's pods as a count rather than chips. */
  podCount?: number;
};
export type PodData = {
  pod: PodSummary;
  look: PodStatusLook;
  /** The name as drawn: shortened in the middle when the box is narrow (`pod.name` is the full one). */
  label: string;
  /** One-line box of a compact layout. */
  compact: boolean;
  /** The controller that made the pod, as a short tag (DS, STS, RS, RC, Deploy). */
  owner?: OwnerBadge;
  appSlot?: number;
  selected: boolean;
  reached: boolean;
  drift?: DriftBadge;
};
export type EntryData = {
  kind: 'proxy' | 'external';
  node: string;
  selected: boolean;
  /** The external entry's note: who may enter, or that the load balancer arrives on the node port. */
  note?: ExternalEntryNote;
};

export type AreaFlowNode = Node<AreaData, 'area'>;
export type ClusterFlowNode = Node<ClusterNodeData, 'clusterNode'>;
export type PodFlowNode = Node<PodData, 'pod'>;
export type EntryFlowNode = Node<EntryData, 'entry'>;
export type FlowNode = AreaFlowNode | ClusterFlowNode | PodFlowNode | EntryFlowNode | AreaSummaryFlowNode;

export type Emphasis = 'normal' | 'highlight' | 'dim';
export type RouteEdgeData = {
  route: RouteEdgeModel;
  geometry: EdgeGeometry;
  emphasis: Emphasis;
};
export type RouteFlowEdge = Edge<RouteEdgeData, 'route'>;

function isSelected(selection: Selection, kind: NonNullable<Selection>['kind'], id: string): boolean {
  return selection !== null && selection.kind === kind && selection.id === id;
}

export function podTooltip(pod: PodSummary, look: PodStatusLook): string {
  const owner = pod.owner ? ` (${pod.owner.replace(' ', '/')})` : '';
  return `${pod.key}${owner} — ${look.text}${pod.pendingReason ? `: ${pod.pendingReason}` : ''}`;
}

/**
 * React Flow nodes for every layout box, parents first; chips ride in their box's data.
 * `reached` marks pods and nodes that the highlighted routes end at. `drift` holds the badges by
 * box id (read once for the whole canvas, so no box subscribes to the store itself).
 */
export function buildFlowNodes(
  layout: Layout,
  nodes: readonly NodeSummary[],
  pods: readonly PodSummary[],
  selection: Selection,
  reached: ReadonlySet<string>,
  drift: ReadonlyMap<string, DriftBadge> = new Map(),
  /** `chips: false` draws each node's pods as a count (a large cluster zoomed out to its nodes). */
  options: { chips?: boolean; externalNote?: ExternalEntryNote } = {},
): FlowNode[] {
  const withChips = options.chips !== false;
  const nodeByName = new Map(nodes.map((n) => [n.name, n]));
  const podByKey = new Map(pods.map((p) => [p.key, p]));
  const slots = appColorSlots(pods);
  const slotOf = (pod: PodSummary) => {
    const app = pod.client ? undefined : appOf(pod);
    return app === undefined ? undefined : slots.get(app);
  };
  const chipsByOwner = new Map<string, PodChipData[]>();
  const chipCount = new Map<string, number>();
  if (!withChips) for (const chip of layout.chips) chipCount.set(chip.parentId!, (chipCount.get(chip.parentId!) ?? 0) + 1);
  for (const chip of withChips ? layout.chips : []) {
    const pod = podByKey.get(chip.ref)!;
    const look = podStatus(pod);
    const appSlot = slotOf(pod);
    const badge = drift.get(chip.id);
    const data: PodChipData = {
      key: pod.key,
      name: pod.name,
      client: pod.client,
      look,
      detail: podTooltip(pod, look),
      ...(appSlot === undefined ? {} : { appSlot }),
      x: chip.x,
      y: chip.y,
      selected: isSelected(selection, 'pod', chip.ref),
      reached: reached.has(chip.id),
      ...(badge ? { drift: badge } : {}),
    };
    const list = chipsByOwner.get(chip.parentId!);
    if (list) list.push(data);
    else chipsByOwner.set(chip.parentId!, [data]);
  }
  // In compact boxes the node's title starts after its entries (kube-proxy, external).
  const titleLeft = new Map<string, number>();
  if (layout.compact) {
    for (const box of layout.boxes) {
      if ((box.kind === 'proxy' || box.kind === 'external') && box.parentId) {
        titleLeft.set(box.parentId, Math.max(titleLeft.get(box.parentId) ?? 0, box.x + box.width));
      }
    }
  }
  const out: FlowNode[] = [];
  for (const box of layout.boxes) {
    const base = {
      id: box.id,
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      draggable: false,
      connectable: false,
      ...(box.parentId ? { parentId: box.parentId, extent: 'parent' as const } : {}),
    };
    switch (box.kind) {
      case 'zone':
      case 'no-zone':
      case 'unscheduled': {
        const testId = box.kind === 'zone' ? `zone-${box.ref}` : box.kind === 'no-zone' ? 'zone-none' : 'area-unscheduled';
        out.push({
          ...base,
          type: 'area',
          selectable: box.kind === 'zone',
          data: {
            kind: box.kind,
            name: box.ref,
            testId,
            selected: isSelected(selection, 'zone', box.ref),
            ...(chipsByOwner.has(box.id) ? { chips: chipsByOwner.get(box.id)! } : {}),
          },
        });
        break;
      }
      case 'node': {
        const node = nodeByName.get(box.ref)!;
        const badge = drift.get(box.id);
        out.push({
          ...base,
          type: 'clusterNode',
          data: {
            node,
            compact: layout.compact,
            ...(titleLeft.has(box.id) ? { titleLeft: titleLeft.get(box.id)! } : {}),
            selected: isSelected(selection, 'node', box.ref),
            reached: reached.has(box.id),
            ...(badge ? { drift: badge } : {}),
            ...(chipsByOwner.has(box.id) ? { chips: chipsByOwner.get(box.id)! } : {}),
            ...(chipCount.has(box.id) ? { podCount: chipCount.get(box.id)! } : {}),
          },
        });
        break;
      }
      case 'pod': {
        const pod = podByKey.get(box.ref)!;
        const appSlot = slotOf(pod);
        const badge = drift.get(box.id);
        const owner = ownerBadge(pod.owner);
        out.push({
          ...base,
          type: 'pod',
          ariaLabel: `Pod ${pod.key}${pod.client ? ' (client)' : ''}`,
          data: {
            pod,
            look: podStatus(pod),
            label: podLabel(pod.name, box.width, layout.compact),
            compact: layout.compact,
            ...(owner ? { owner } : {}),
            ...(appSlot === undefined ? {} : { appSlot }),
            selected: isSelected(selection, 'pod', box.ref),
            reached: reached.has(box.id),
            ...(badge ? { drift: badge } : {}),
          },
        });
        break;
      }
      case 'proxy':
      case 'external':
        // Between levels of detail a node is its title and pod count: no entries to draw.
        if (!withChips && layout.chips.length > 0) break;
        out.push({
          ...base,
          type: 'entry',
          selectable: box.kind === 'external',
          data: {
            kind: box.kind,
            node: box.ref,
            selected: box.kind === 'external' && isSelected(selection, 'external', box.ref),
            ...(box.kind === 'external' && options.externalNote ? { note: options.externalNote } : {}),
          },
        });
        break;
    }
  }
  return out;
}

/**
 * Route edges with their paths and emphasis in one call (for one-off drawings such as the SVG
 * export); the canvas memoises the two passes apart. Edges whose ends are not drawn are left out,
 * and routes from one source to the chips of one box are drawn as one edge to that box.
 */
export function buildFlowEdges(
  layout: Layout,
  routes: readonly RouteEdgeModel[],
  selection: Selection,
  /** A hovered rule in the rules panel: the routes it implements stand out, the rest dim. */
  highlight: RouteHighlight | null = null,
): { edges: RouteFlowEdge[]; reached: Set<string> } {
  return emphasiseRouteEdges(buildRouteGeometry(layout, routes), selection, highlight);
}
