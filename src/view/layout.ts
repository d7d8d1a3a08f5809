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
  /** Compact boxes (small frames): one-line pods, kube-proxy in its node's title row. */
  compact: boolean;
  /** Height of a node's or an area's title row. */
  header: number;
}

export interface LayoutInput {
  nodes: readonly Pick<NodeSummary, 'name' | 'zone'>[];
  pods: readonly Pick<PodSummary, 'key' | 'node' | 'client'>[];
  /** Draw an external entry on every node (NodePort / LoadBalancer Services). */
  externalEntries?: boolean;
  /** The external entries' width when they carry a note (who may enter, ipMode Proxy); the default entry width otherwise. */
  externalEntryWidth?: number;
  /** Level of detail: draw the pods of crowded nodes, or of every node in a large cluster, as chips. */
  compactPods?: boolean;
  /**
   * The screen size the picture will be fitted into. With it the layout uses the frame's shape
   * (areas side by side when wide, stacked when tall) and switches to compact boxes when full-size
   * ones would be drawn too small to read. Without it, a roughly square picture of full-size boxes.
   */
  frame?: { width: number; height: number };
  /** With `frame`: the smallest on-screen size of a pod's name worth keeping full-size boxes for (px; 12 unless said). */
  minNamePx?: number;
}

export const POD_W = 200;
export const POD_H = 46;
const GAP = 14;
const PAD = 14;
const HEADER = 30;
export const ENTRY_W = 96;
export const ENTRY_H = 30;
const MAX_POD_COLS = 6;

/** Box sizes of one level of detail. */
interface Metrics {
  podW: number;
  podH: number;
  gap: number;
  pad: number;
  header: number;
  entryW: number;
  entryH: number;
  /** kube-proxy and the external entry open the node's title row (its name after them), not a row below it. */
  entriesInHeader: boolean;
}

const FULL: Metrics = {
  podW: POD_W,
  podH: POD_H,
  gap: GAP,
  pad: PAD,
  header: HEADER,
  entryW: ENTRY_W,
  entryH: ENTRY_H,
  entriesInHeader: false,
};

/** Compact boxes: a pod is one line (status mark and name), kube-proxy a pill in the node's title row. */
export const COMPACT_POD_H = 26;
/** Widths a compact pod box may take, widest first: wide enough for a whole generated name, down to the narrowest readable. */
const COMPACT_POD_WIDTHS = [230, 180, 136, 120];
const COMPACT: Metrics = {
  podW: 136,
  podH: COMPACT_POD_H,
  gap: 8,
  pad: 8,
  header: 26,
  entryW: 90,
  entryH: 20,
  entriesInHeader: true,
};

/** Font sizes of a pod's name (CSS px at zoom 1), full and compact: the layout picks the readable one. */
export const POD_NAME_FONT = 12.5;
export const COMPACT_POD_NAME_FONT = 14;
/** Full-size boxes are kept while their pod names are drawn at least this large on screen. */
const READABLE_NAME_PX = 12;
/** Room above the top row for route arcs, in canvas units, when estimating the fit. */
const ARC_ROOM = 30;
/** The fit's margin around the picture, in screen pixels (kept in step with the canvas's fit). */
export const FIT_MARGIN_PX = 8;
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
  const frame = input.frame && input.frame.width > 0 && input.frame.height > 0 ? input.frame : undefined;
  const full = buildLayout(input, FULL, frame);
  // Chips already are the compact drawing of a large cluster; small frames only change small pictures.
  if (!frame || full.chips.length > 0) return full;
  const wanted = input.minNamePx ?? READABLE_NAME_PX;
  let best = { layout: full, px: fitScale(layoutBounds(full), frame) * POD_NAME_FONT };
  if (best.px >= wanted) return full;
  // Compact boxes, the widest first (the fewest names shortened) that draws names large enough.
  for (const podW of COMPACT_POD_WIDTHS) {
    const layout = buildLayout(input, { ...COMPACT, podW }, frame);
    const px = fitScale(layoutBounds(layout), frame) * COMPACT_POD_NAME_FONT;
    if (px >= wanted) return layout;
    if (px > best.px) best = { layout, px };
  }
  return best.layout;
}

/**
 * The zoom at which `bounds` (plus room for the route arcs above) fits `frame` with the canvas's
 * margin. The canvas fits the same way, so the layout knows how large its text will be drawn.
 *
 * @example
 * fitScale({ x: 0, y: 0, width: 400, height: 170 }, { width: 420, height: 400 }); // 1
 */
export function fitScale(bounds: { width: number; height: number }, frame: { width: number; height: number }): number {
  const width = Math.max(1, frame.width - 2 * FIT_MARGIN_PX);
  const height = Math.max(1, frame.height - 2 * FIT_MARGIN_PX);
  return Math.min(width / Math.max(1, bounds.width), height / Math.max(1, bounds.height + ARC_ROOM));
}

function buildLayout(input: LayoutInput, m: Metrics, frame: { width: number; height: number } | undefined): Layout {
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
    asChips(keys.length) ? chipGrid(keys, parentId, top, m) : podGrid(keys, parentId, top, m);
  // Clients first (they are where routes start), then by key.
  const podOrder = (a: string, b: string) => Number(clients.has(b)) - Number(clients.has(a)) || byString(a, b);
  const minNodeW = m.podW + 2 * m.pad;

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
    top.push(areaGroup(boxId.zone(zone), 'zone', zone, nodeGroups(nodesByZone.get(zone)!), m));
  }
  if (zoneless.length) top.push(areaGroup(boxId.noZone(), 'no-zone', '', nodeGroups(zoneless), m));
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
    const grid = pods(unscheduled.sort(podOrder), box.id, m.header + m.pad);
    box.width = Math.max(minNodeW, grid.width);
    box.height = grid.height + m.pad;
    top.push({ box, leaves: grid.chips ? [] : grid.boxes, groups: [], ...(grid.chips ? { chips: grid.boxes } : {}) });
  }

  function nodeGroups(names: string[]): Group[] {
    return names.sort(byString).map((name) => nodeGroup(name, (podsByNode.get(name) ?? []).sort(podOrder)));
  }

  function nodeGroup(name: string, podKeys: string[]): Group {
    const id = boxId.node(name);
    const entry = (kind: 'proxy' | 'external', ref: string): LayoutBox => ({
      id: kind === 'proxy' ? boxId.proxy(ref) : boxId.external(ref),
      kind,
      ref,
      parentId: id,
      x: 0,
      y: 0,
      width: kind === 'external' ? Math.max(m.entryW, input.externalEntryWidth ?? 0) : m.entryW,
      height: m.entryH,
    });
    const entries = [entry('proxy', name), ...(input.externalEntries ? [entry('external', name)] : [])];
    const entriesWidth = entries.reduce((sum, e) => sum + e.width, 0) + (entries.length - 1) * m.gap;
    const podsTop = m.entriesInHeader ? m.header : m.header + m.entryH + m.gap;
    const grid = pods(podKeys, id, podsTop);
    const width = Math.max(minNodeW, entriesWidth + 2 * m.pad + (m.entriesInHeader ? NAME_ROOM : 0), grid.width);
    entries.forEach((e, i) => {
      // In the title row the entries come first, above the node's first pod (its clients); else in a row below it.
      e.x = (m.entriesInHeader ? m.pad / 2 : m.pad) + i * (m.entryW + m.gap);
      e.y = m.entriesInHeader ? (m.header - m.entryH) / 2 : m.header;
    });
    const box: LayoutBox = {
      id,
      kind: 'node',
      ref: name,
      x: 0,
      y: 0,
      width,
      // A node without pods folds to its title row (with kube-proxy) in compact boxes.
      height: podKeys.length ? grid.height + m.pad : m.entriesInHeader ? m.header + 2 : m.header + m.entryH + m.pad,
    };
    if (grid.chips) return { box, leaves: entries, groups: [], chips: grid.boxes };
    return { box, leaves: [...entries, ...grid.boxes], groups: [] };
  }

  // Pack the top-level areas to the frame's shape (or about square), then flatten parents before children.
  const areas = top.map((g) => g.box);
  const gap = 2 * m.gap;
  shelfPack(areas, 0, 0, frame && !chipsEverywhere ? rowWidthForFrame(areas, gap, frame) : rowWidthFor(areas, m.gap), gap);
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
  return { boxes, absolute, chips, compact: m.entriesInHeader, header: m.header };
}

/** Width kept for a node's name after the entries in a compact title row. */
const NAME_ROOM = 84;

/** A zone-like area holding node groups, sized to fit them. */
function areaGroup(id: string, kind: BoxKind, ref: string, nodes: Group[], m: Metrics): Group {
  for (const node of nodes) node.box.parentId = id;
  const size = shelfPack(
    nodes.map((n) => n.box),
    m.pad,
    m.header + m.pad / 2,
    rowWidthFor(
      nodes.map((n) => n.box),
      m.gap,
    ),
    m.gap,
  );
  const box: LayoutBox = {
    id,
    kind,
    ref,
    x: 0,
    y: 0,
    width: size.width + m.pad,
    height: size.height + m.pad,
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
function podGrid(keys: string[], parentId: string, top: number, m: Metrics): PodGrid {
  const cols = Math.max(1, Math.min(MAX_POD_COLS, Math.ceil(Math.sqrt(keys.length))));
  return cellGrid(keys, parentId, top, cols, m.podW, m.podH, m.gap, m.pad);
}

/** Pods as chips in rows below `top`: a few times wider than tall, like a node's box. */
function chipGrid(keys: string[], parentId: string, top: number, m: Metrics): PodGrid {
  const cols = Math.max(2, Math.min(MAX_CHIP_COLS, Math.ceil(Math.sqrt(keys.length * 2))));
  return { ...cellGrid(keys, parentId, top, cols, CHIP_W, CHIP_H, CHIP_GAP, m.pad), chips: true };
}

/** Equal cells, `cols` to a row, below `top`, in key order. */
function cellGrid(
  keys: string[],
  parentId: string,
  top: number,
  cols: number,
  cellW: number,
  cellH: number,
  gap: number,
  pad: number,
): PodGrid {
  const boxes = keys.map((key, i) => ({
    id: boxId.pod(key),
    kind: 'pod' as const,
    ref: key,
    parentId,
    x: pad + (i % cols) * (cellW + gap),
    y: top + Math.floor(i / cols) * (cellH + gap),
    width: cellW,
    height: cellH,
  }));
  const rows = Math.ceil(keys.length / cols);
  return {
    boxes,
    width: 2 * pad + cols * cellW + (cols - 1) * gap,
    height: top + rows * cellH + Math.max(0, rows - 1) * gap,
  };
}

/** A row width that makes the packed boxes come out about square, never narrower than the widest. */
function rowWidthFor(boxes: readonly LayoutBox[], gap: number): number {
  let area = 0;
  let widest = 0;
  for (const box of boxes) {
    area += (box.width + gap) * (box.height + gap);
    widest = Math.max(widest, box.width);
  }
  return Math.max(widest, Math.sqrt(area) * ROW_ASPECT);
}

/**
 * The row width, among those that put 1, 2, … boxes in a row, whose packing is drawn largest in
 * `frame`: side by side on a wide frame, stacked on a tall one, a grid in between. Ties keep the
 * fewer rows' width earlier in the list (deterministic).
 */
function rowWidthForFrame(boxes: readonly LayoutBox[], gap: number, frame: { width: number; height: number }): number {
  let best = { rowWidth: Infinity, scale: -1 };
  const trial = boxes.map((b) => ({ ...b }));
  for (let perRow = boxes.length; perRow >= 1; perRow--) {
    let rowWidth = 0;
    for (let i = 0; i < boxes.length; i += perRow) {
      const row = boxes.slice(i, i + perRow);
      rowWidth = Math.max(rowWidth, row.reduce((sum, b) => sum + b.width, 0) + (row.length - 1) * gap);
    }
    const size = shelfPack(trial, 0, 0, rowWidth, gap);
    const scale = fitScale(size, frame);
    if (scale > best.scale + 1e-9) best = { rowWidth, scale };
  }
  return best.rowWidth;
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
