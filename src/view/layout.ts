/**
 * Deterministic placement of the topology: zones as group boxes, nodes inside their zone (nodes
 * without a zone label share a "no zone" area, pods without a node an "unscheduled" area), pods
 * inside their node, and kube-proxy (plus, when asked, an external entry) at the top of each node.
 *
 * Pure: no React. Boxes come out parents before children with positions relative to the parent,
 * as React Flow wants them (parentId, extent 'parent'). Same input, same picture: everything is
 * sorted by name first, so input order does not matter.
 */
import type { NodeSummary, PodSummary } from '../engine';

export type BoxKind = 'zone' | 'no-zone' | 'unscheduled' | 'node' | 'pod' | 'proxy' | 'external';

export interface LayoutBox {
  id: string;
  kind: BoxKind;
  /** Zone name, node name or pod key ("ns/name"); '' for the shared areas. */
  ref: string;
  parentId?: string;
  /** Relative to the parent (absolute for top-level boxes). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Layout {
  /** Parents before children. */
  boxes: LayoutBox[];
  /** Absolute top-left corner of every box and chip, by id. */
  absolute: Map<string, { x: number; y: number }>;
  /**
   * Pods drawn as compact chips inside their node (or the unscheduled area) rather than as boxes
   * of their own; `parentId` is the box that draws them. Empty unless `compactPods` was asked.
   */
  chips: LayoutBox[];
}

export interface LayoutInput {
  nodes: readonly Pick<NodeSummary, 'name' | 'zone'>[];
  pods: readonly Pick<PodSummary, 'key' | 'node' | 'client'>[];
  /** Draw an external entry on every node (NodePort / LoadBalancer Services). */
  externalEntries?: boolean;
  /** Level of detail: draw the pods of crowded nodes, or of every node in a large cluster, as chips. */
  compactPods?: boolean;
}

export const POD_W = 200;
export const POD_H = 46;
const GAP = 14;
const PAD = 14;
const HEADER = 30;
export const ENTRY_W = 96;
export const ENTRY_H = 30;
const MIN_NODE_W = POD_W + 2 * PAD;
const MAX_POD_COLS = 6;
export const CHIP_W = 92;
export const CHIP_H = 24;
const CHIP_GAP = 4;
const MAX_CHIP_COLS = 8;
/** A node holding more pods than this draws them as chips. */
export const CHIPS_PER_NODE_FROM = 13;
/** A cluster with more pods than this draws every node's pods as chips. */
export const CHIPS_CLUSTER_FROM = 151;
/** Rows aim at a roughly square picture: this times the square root of the boxes' total area. */
const ROW_ASPECT = 1.4;

export const boxId = {
  zone: (zone: string) => `zone:${zone}`,
  noZone: () => 'area:no-zone',
  unscheduled: () => 'area:unscheduled',
  node: (node: string) => `node:${node}`,
  pod: (key: string) => `pod:${key}`,
  proxy: (node: string) => `proxy:${node}`,
  external: (node: string) => `external:${node}`,
};

const PREFIXED: readonly BoxKind[] = ['zone', 'node', 'pod', 'proxy', 'external'];

/**
 * The box kind and the object a React Flow id made by `boxId` stands for.
 *
 * @example
 * parseBoxId('pod:default/client'); // { kind: 'pod', ref: 'default/client' }
 * parseBoxId('area:no-zone'); // { kind: 'no-zone', ref: '' }
 */
export function parseBoxId(id: string): { kind: BoxKind; ref: string } | null {
  if (id === boxId.noZone()) return { kind: 'no-zone', ref: '' };
  if (id === boxId.unscheduled()) return { kind: 'unscheduled', ref: '' };
  const colon = id.indexOf(':');
  const kind = PREFIXED.find((k) => k === id.slice(0, colon));
  return colon > 0 && kind ? { kind, ref: id.slice(colon + 1) } : null;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A group box being built: its own box, its leaf children and its child groups, relative to it. */
interface Group {
  box: LayoutBox;
  leaves: LayoutBox[];
  groups: Group[];
  chips?: LayoutBox[];
}

/**
 * Places zones, nodes, kube-proxies, external entries and pods.
 *
 * @example
 * const { boxes } = layoutTopology({ nodes: report.nodes, pods: report.pods });
 * boxes.find((b) => b.id === 'pod:default/client'); // inside 'node:mnode-m02'
 */
export function layoutTopology(input: LayoutInput): Layout {
  const nodeNames = new Set(input.nodes.map((n) => n.name));
  const podsByNode = new Map<string, string[]>();
  const clients = new Set<string>();
  const unscheduled: string[] = [];
  const seenPods = new Set<string>();
  for (const pod of input.pods) {
    if (seenPods.has(pod.key)) continue;
    seenPods.add(pod.key);
    if (pod.client) clients.add(pod.key);
    if (pod.node !== undefined && nodeNames.has(pod.node)) push(podsByNode, pod.node, pod.key);
    else unscheduled.push(pod.key);
  }
  const chipsEverywhere = input.compactPods === true && seenPods.size >= CHIPS_CLUSTER_FROM;
  const asChips = (count: number) => input.compactPods === true && (chipsEverywhere || count >= CHIPS_PER_NODE_FROM);
  const pods = (keys: string[], parentId: string, top: number) =>
    asChips(keys.length) ? chipGrid(keys, parentId, top) : podGrid(keys, parentId, top);
  // Clients first (they are where routes start), then by key.
  const podOrder = (a: string, b: string) => Number(clients.has(b)) - Number(clients.has(a)) || byString(a, b);

  const nodesByZone = new Map<string, string[]>();
  const zoneless: string[] = [];
  const seenNodes = new Set<string>();
  for (const node of input.nodes) {
    if (seenNodes.has(node.name)) continue;
    seenNodes.add(node.name);
    if (node.zone) push(nodesByZone, node.zone, node.name);
    else zoneless.push(node.name);
  }

  const top: Group[] = [];
  for (const zone of [...nodesByZone.keys()].sort(byString)) {
    top.push(areaGroup(boxId.zone(zone), 'zone', zone, nodeGroups(nodesByZone.get(zone)!)));
  }
  if (zoneless.length) top.push(areaGroup(boxId.noZone(), 'no-zone', '', nodeGroups(zoneless)));
  if (unscheduled.length) {
    const box: LayoutBox = {
      id: boxId.unscheduled(),
      kind: 'unscheduled',
      ref: '',
      x: 0,
      y: 0,
      width: 0,
      height: 0,
    };
    const grid = pods(unscheduled.sort(podOrder), box.id, HEADER + PAD);
    box.width = Math.max(MIN_NODE_W, grid.width);
    box.height = grid.height + PAD;
    top.push({ box, leaves: grid.chips ? [] : grid.boxes, groups: [], ...(grid.chips ? { chips: grid.boxes } : {}) });
  }

  function nodeGroups(names: string[]): Group[] {
    return names.sort(byString).map((name) => nodeGroup(name, (podsByNode.get(name) ?? []).sort(podOrder)));
  }

  function nodeGroup(name: string, podKeys: string[]): Group {
    const id = boxId.node(name);
    const entries: LayoutBox[] = [
      {
        id: boxId.proxy(name),
        kind: 'proxy',
        ref: name,
        parentId: id,
        x: PAD,
        y: HEADER,
        width: ENTRY_W,
        height: ENTRY_H,
      },
    ];
    if (input.externalEntries) {
      entries.push({
        id: boxId.external(name),
        kind: 'external',
        ref: name,
        parentId: id,
        x: PAD + ENTRY_W + GAP,
        y: HEADER,
        width: ENTRY_W,
        height: ENTRY_H,
      });
    }
    const grid = pods(podKeys, id, HEADER + ENTRY_H + GAP);
    const entriesWidth = entries.length * ENTRY_W + (entries.length - 1) * GAP + 2 * PAD;
    const box: LayoutBox = {
      id,
      kind: 'node',
      ref: name,
      x: 0,
      y: 0,
      width: Math.max(MIN_NODE_W, entriesWidth, grid.width),
      height: (podKeys.length ? grid.height : HEADER + ENTRY_H) + PAD,
    };
    if (grid.chips) return { box, leaves: entries, groups: [], chips: grid.boxes };
    return { box, leaves: [...entries, ...grid.boxes], groups: [] };
  }

  // Shelf-pack the top-level areas, then flatten parents before children.
  shelfPack(
    top.map((g) => g.box),
    0,
    0,
    rowWidthFor(top.map((g) => g.box)),
    2 * GAP,
  );
  const boxes: LayoutBox[] = [];
  const absolute = new Map<string, { x: number; y: number }>();
  const chips: LayoutBox[] = [];
  const place = (box: LayoutBox) => {
    const parent = box.parentId ? absolute.get(box.parentId)! : { x: 0, y: 0 };
    absolute.set(box.id, { x: parent.x + box.x, y: parent.y + box.y });
  };
  const emit = (box: LayoutBox) => {
    place(box);
    boxes.push(box);
  };
  const walk = (group: Group) => {
    emit(group.box);
    group.leaves.forEach(emit);
    for (const chip of group.chips ?? []) {
      place(chip);
      chips.push(chip);
    }
    group.groups.forEach(walk);
  };
  top.forEach(walk);
  return { boxes, absolute, chips };
}

/** A zone-like area holding node groups, sized to fit them. */
function areaGroup(id: string, kind: BoxKind, ref: string, nodes: Group[]): Group {
  for (const node of nodes) node.box.parentId = id;
  const size = shelfPack(
    nodes.map((n) => n.box),
    PAD,
    HEADER + PAD / 2,
    rowWidthFor(nodes.map((n) => n.box)),
    GAP,
  );
  const box: LayoutBox = {
    id,
    kind,
    ref,
    x: 0,
    y: 0,
    width: size.width + PAD,
    height: size.height + PAD,
  };
  return { box, leaves: [], groups: nodes };
}

interface PodGrid {
  boxes: LayoutBox[];
  width: number;
  height: number;
  /** The boxes are chips drawn by the parent, not boxes of their own. */
  chips?: true;
}

/** Pods in a near-square grid, below `top`; returns the boxes and the extent they need. */
function podGrid(keys: string[], parentId: string, top: number): PodGrid {
  const cols = Math.max(1, Math.min(MAX_POD_COLS, Math.ceil(Math.sqrt(keys.length))));
  return cellGrid(keys, parentId, top, cols, POD_W, POD_H, GAP);
}

/** Pods as chips in rows below `top`: a few times wider than tall, like a node's box. */
function chipGrid(keys: string[], parentId: string, top: number): PodGrid {
  const cols = Math.max(2, Math.min(MAX_CHIP_COLS, Math.ceil(Math.sqrt(keys.length * 2))));
  return { ...cellGrid(keys, parentId, top, cols, CHIP_W, CHIP_H, CHIP_GAP), chips: true };
}

/** Equal cells, `cols` to a row, below `top`, in key order. */
function cellGrid(keys: string[], parentId: string, top: number, cols: number, cellW: number, cellH: number, gap: number): PodGrid {
  const boxes = keys.map((key, i) => ({
    id: boxId.pod(key),
    kind: 'pod' as const,
    ref: key,
    parentId,
    x: PAD + (i % cols) * (cellW + gap),
    y: top + Math.floor(i / cols) * (cellH + gap),
    width: cellW,
    height: cellH,
  }));
  const rows = Math.ceil(keys.length / cols);
  return {
    boxes,
    width: 2 * PAD + cols * cellW + (cols - 1) * gap,
    height: top + rows * cellH + Math.max(0, rows - 1) * gap,
  };
}

/** A row width that makes the packed boxes come out about square, never narrower than the widest. */
function rowWidthFor(boxes: readonly LayoutBox[]): number {
  let area = 0;
  let widest = 0;
  for (const box of boxes) {
    area += (box.width + GAP) * (box.height + GAP);
    widest = Math.max(widest, box.width);
  }
  return Math.max(widest, Math.sqrt(area) * ROW_ASPECT);
}

/**
 * Places boxes left to right from (x0, y0), starting a new row when the next box would pass
 * `rowWidth`; returns the right and bottom extent used.
 */
function shelfPack(boxes: LayoutBox[], x0: number, y0: number, rowWidth: number, gap: number): { width: number; height: number } {
  let x = x0;
  let y = y0;
  let rowHeight = 0;
  let right = x0;
  for (const box of boxes) {
    if (x > x0 && x + box.width > x0 + rowWidth) {
      x = x0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    box.x = x;
    box.y = y;
    x += box.width + gap;
    rowHeight = Math.max(rowHeight, box.height);
    right = Math.max(right, box.x + box.width);
  }
  return { width: right, height: y + rowHeight };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The rectangle that holds every top-level box. */
export function layoutBounds(layout: Layout): { x: number; y: number; width: number; height: number } {
  let right = 0;
  let bottom = 0;
  for (const box of layout.boxes) {
    if (box.parentId) continue;
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  return { x: 0, y: 0, width: right, height: bottom };
}
