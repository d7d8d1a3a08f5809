/**
 * Levels of detail for large clusters: zoomed out, each zone is drawn as its node classes with
 * counts; zooming in reveals the nodes, then their pods. Small clusters are always drawn whole.
 */
import { CHIP_H, type Layout } from './layout';

export type DetailLevel = 'classes' | 'nodes' | 'pods';

/** Above either count a cluster is drawn by levels of detail (every built-in scenario is far below). */
export const LARGE_CLUSTER = { nodes: 250, pods: 5_000 } as const;
/** Node boxes narrower than this on screen are summarised into their zone's classes. */
const NODE_MIN_PX = 200;
/** Pod chips shorter than this on screen are left out (each node shows its pod count). */
const CHIP_MIN_PX = 12;

export function isLargeCluster(nodes: number, pods: number): boolean {
  return nodes > LARGE_CLUSTER.nodes || pods > LARGE_CLUSTER.pods;
}

/**
 * The median width of the layout's node boxes: what decides when nodes are worth drawing.
 *
 * @example
 * typicalNodeWidth(layout); // 780 for nodes of 30 pods as chips
 */
export function typicalNodeWidth(layout: Pick<Layout, 'boxes'>): number {
  const widths = layout.boxes.filter((b) => b.kind === 'node').map((b) => b.width);
  if (widths.length === 0) return 0;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)]!;
}

/**
 * What a large cluster shows at `zoom`.
 *
 * @example
 * detailLevelAt(0.05, 780); // 'classes'
 * detailLevelAt(0.4, 780); // 'nodes'
 * detailLevelAt(1, 780); // 'pods'
 */
export function detailLevelAt(zoom: number, nodeWidth: number): DetailLevel {
  if (zoom * nodeWidth < NODE_MIN_PX) return 'classes';
  if (zoom * CHIP_H < CHIP_MIN_PX) return 'nodes';
  return 'pods';
}

/** The smallest zoom that shows `level` (for search: zoom far enough in to see what was found). */
export function zoomFor(level: DetailLevel, nodeWidth: number): number {
  if (level === 'pods') return CHIP_MIN_PX / CHIP_H + 0.01;
  if (level === 'nodes') return nodeWidth > 0 ? NODE_MIN_PX / nodeWidth + 0.01 : 0.2;
  return 0;
}

/**
 * The layout length of one screen pixel in the middle of the node level (between the zoom that
 * draws nodes and the one that draws pods): what the node-pair edges' strokes and labels scale by.
 */
export function nodeLevelUnit(nodeWidth: number): number {
  return Math.max(1, 1 / Math.sqrt(zoomFor('nodes', nodeWidth) * zoomFor('pods', nodeWidth)));
}
