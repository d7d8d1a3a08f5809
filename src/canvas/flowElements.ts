/**
 * Turns the layout and the route models into React Flow nodes and edges (no rendering here).
 */
import type { Edge, Node } from '@xyflow/react';
import type { NodeSummary, PodSummary } from '../engine/report';
import { appColorSlots, appOf } from './appColors';
import { edgeGeometry, type EdgeGeometry } from './edgeGeometry';
import type { Layout, LayoutBox } from './layout';
import { podStatus, type PodStatusLook } from './podStatus';
import { edgeMatchesSelection, type RouteEdgeModel, type Selection } from './routeModel';
import { routeMatchesHighlight } from '../rulesview/routeHighlight';
import type { RouteHighlight } from '../store/highlightSlice';

export type AreaData = {
  kind: 'zone' | 'no-zone' | 'unscheduled';
  name: string;
  testId: string;
  selected: boolean;
};
export type ClusterNodeData = {
  node: NodeSummary;
  selected: boolean;
  reached: boolean;
};
export type PodData = {
  pod: PodSummary;
  look: PodStatusLook;
  appSlot?: number;
  selected: boolean;
  reached: boolean;
};
export type EntryData = {
  kind: 'proxy' | 'external';
  node: string;
  selected: boolean;
};

export type AreaFlowNode = Node<AreaData, 'area'>;
export type ClusterFlowNode = Node<ClusterNodeData, 'clusterNode'>;
export type PodFlowNode = Node<PodData, 'pod'>;
export type EntryFlowNode = Node<EntryData, 'entry'>;
export type FlowNode = AreaFlowNode | ClusterFlowNode | PodFlowNode | EntryFlowNode;

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

/**
 * React Flow nodes for every layout box, parents first.
 * `reached` marks pods and nodes that the highlighted routes end at.
 */
export function buildFlowNodes(
  layout: Layout,
  nodes: readonly NodeSummary[],
  pods: readonly PodSummary[],
  selection: Selection,
  reached: ReadonlySet<string>,
): FlowNode[] {
  const nodeByName = new Map(nodes.map((n) => [n.name, n]));
  const podByKey = new Map(pods.map((p) => [p.key, p]));
  const slots = appColorSlots(pods);
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
          },
        });
        break;
      }
      case 'node': {
        const node = nodeByName.get(box.ref)!;
        out.push({
          ...base,
          type: 'clusterNode',
          data: {
            node,
            selected: isSelected(selection, 'node', box.ref),
            reached: reached.has(box.id),
          },
        });
        break;
      }
      case 'pod': {
        const pod = podByKey.get(box.ref)!;
        const app = pod.client ? undefined : appOf(pod);
        const appSlot = app === undefined ? undefined : slots.get(app);
        out.push({
          ...base,
          type: 'pod',
          data: {
            pod,
            look: podStatus(pod),
            ...(appSlot === undefined ? {} : { appSlot }),
            selected: isSelected(selection, 'pod', box.ref),
            reached: reached.has(box.id),
          },
        });
        break;
      }
      case 'proxy':
      case 'external':
        out.push({
          ...base,
          type: 'entry',
          selectable: box.kind === 'external',
          data: {
            kind: box.kind,
            node: box.ref,
            selected: box.kind === 'external' && isSelected(selection, 'external', box.ref),
          },
        });
        break;
    }
  }
  return out;
}

/** Route edges with their paths and emphasis; edges whose ends are not drawn are left out. */
export function buildFlowEdges(
  layout: Layout,
  routes: readonly RouteEdgeModel[],
  selection: Selection,
  /** A hovered rule in the rules panel: the routes it implements stand out, the rest dim. */
  highlight: RouteHighlight | null = null,
): { edges: RouteFlowEdge[]; reached: Set<string> } {
  const byRule = highlight?.origin === 'rules' ? highlight : null;
  const boxesById = new Map<string, LayoutBox>(layout.boxes.map((b) => [b.id, b]));
  const edges: RouteFlowEdge[] = [];
  const reached = new Set<string>();
  for (const route of routes) {
    const geometry = edgeGeometry(layout, boxesById, route);
    if (!geometry) continue;
    const matches = byRule ? routeMatchesHighlight(route, byRule) : selection ? edgeMatchesSelection(route, selection) : false;
    const emphasis: Emphasis = !selection && !byRule ? 'normal' : matches ? 'highlight' : 'dim';
    if (matches && route.targetPod) {
      reached.add(route.target);
      if (route.targetNode) reached.add(`node:${route.targetNode}`);
    }
    edges.push({
      id: route.id,
      type: 'route',
      source: route.source,
      target: route.target,
      selectable: false,
      focusable: true,
      zIndex: emphasis === 'highlight' ? 20 : 10,
      ariaLabel: routeAriaLabel(route),
      domAttributes: {
        'data-testid': route.testId,
        'data-emphasis': emphasis,
        'data-verdict': route.verdict,
      } as RouteFlowEdge['domAttributes'],
      data: { route, geometry, emphasis },
    });
  }
  return { edges, reached };
}

const localityWords = {
  'same-node': 'same node',
  'same-zone': 'same zone',
  'cross-zone': 'cross zone',
  'unknown-zone': 'zone unknown',
} as const;

export function routeAriaLabel(route: RouteEdgeModel): string {
  const from = route.external ? `traffic from outside arriving at ${route.node}` : route.from;
  if (route.verdict !== 'forward') return `${from} to ${route.service}: ${route.label}. ${route.reason}`;
  return `${from} to ${route.targetPod}: ${route.label} of connections, ${route.locality ? localityWords[route.locality] : ''}`;
}

export function localityWord(locality: keyof typeof localityWords): string {
  return localityWords[locality];
}
