/**
 * The Compare panel's small multiples: the canvas's own layout (layoutTopology, with the frame and
 * options the canvas last laid out with) of a compared state's nodes and pods, and the routes of
 * one column drawn on it with the canvas's route geometry. The routes are made from the column's
 * figures, which are the engine's routes for that choice; nothing is re-derived here.
 */
import type { ClientFigures, CompareTopology } from '../engine';
import { formatShare } from '../engine';
import { pictureBounds, type Bounds } from './fitView';
import { layoutBounds, layoutTopology, boxId, type Layout, type LayoutBox } from './layout';
import { buildRouteGeometry, labelText, type RouteGeometry } from './routeGeometry';
import type { RouteEdgeModel } from './routeModel';

/** How the canvas lays out its picture: the (quantized) frame, the name size asked for, external entries. */
export interface CanvasLayoutInput {
  frame: { width: number; height: number };
  minNamePx?: number;
  externalEntries?: boolean;
  externalEntryWidth?: number;
}

/** The frame assumed when no canvas has been laid out (the `view=compare` embed): a landscape pane. */
export const DEFAULT_CANVAS_LAYOUT: CanvasLayoutInput = { frame: { width: 960, height: 540 } };

/**
 * The canvas's layout of `topology`, as the canvas computes it for `canvas`.
 *
 * @example
 * compareLayout(topology, DEFAULT_CANVAS_LAYOUT).absolute.get('node:mnode-m02'); // where the canvas puts it
 */
export function compareLayout(topology: CompareTopology, canvas: CanvasLayoutInput): Layout {
  return layoutTopology({
    nodes: topology.nodes,
    pods: topology.pods,
    compactPods: true,
    frame: canvas.frame,
    ...(canvas.externalEntries ? { externalEntries: true } : {}),
    ...(canvas.externalEntryWidth ? { externalEntryWidth: canvas.externalEntryWidth } : {}),
    ...(canvas.minNamePx ? { minNamePx: canvas.minNamePx } : {}),
  });
}

/**
 * The route models of one column, one per client and endpoint (or one drop/reject mark), shaped
 * as the canvas's routeModel makes them from a report.
 *
 * @example
 * figureRoutes('default/echo-svc', 80, figures.clients).map((r) => r.testId); // ['route-default/client->default/echo-…']
 */
export function figureRoutes(service: string, port: number, clients: readonly ClientFigures[]): RouteEdgeModel[] {
  const out: RouteEdgeModel[] = [];
  for (const client of clients) {
    if (!client.node) continue;
    const common = {
      from: client.client,
      source: boxId.pod(client.client),
      via: boxId.proxy(client.node),
      service,
      port,
      node: client.node,
      external: false,
      reason: client.reason,
      trace: [],
    };
    if (client.verdict !== 'forward') {
      out.push({
        ...common,
        id: `cmp:${client.client}:${client.verdict}`,
        testId: `route-${client.verdict}-${client.client}`,
        target: common.via,
        verdict: client.verdict,
        share: 1,
        label: client.verdict === 'drop' ? 'dropped' : 'rejected',
      });
      continue;
    }
    for (const ep of client.endpoints) {
      if (ep.weight <= 0) continue;
      out.push({
        ...common,
        id: `cmp:${client.client}->${ep.pod}`,
        testId: `route-${client.client}->${ep.pod}`,
        target: boxId.pod(ep.pod),
        verdict: 'forward',
        share: ep.weight,
        label: formatShare(ep.weight),
        locality: ep.locality,
        targetPod: ep.pod,
        ...(ep.node ? { targetNode: ep.node } : {}),
      });
    }
  }
  return out;
}

/** A box of the picture with its absolute place. */
export interface PlacedBox extends LayoutBox {
  ax: number;
  ay: number;
}

export interface ComparePictures {
  /** Areas, nodes, kube-proxies, then pods and chips, each with its absolute corner; the same for every column. */
  boxes: PlacedBox[];
  /** Each column's drawn routes, in the order given. */
  routes: RouteGeometry[][];
  /** What every picture covers (boxes, and every column's routes and labels): one frame, so the columns line up. */
  bounds: Bounds;
}

/**
 * The boxes (at most `maxPods` pods or chips: the clients and the Service's endpoints first) and
 * the routes' paths of each column, in one frame.
 *
 * @example
 * const pictures = comparePictures(layout, columns.map((c) => figureRoutes(service, port, c.figures.clients)), topology, service);
 * pictures.routes[0]?.length; // the first column's routes: one per client and endpoint it reaches
 */
export function comparePictures(
  layout: Layout,
  columns: readonly (readonly RouteEdgeModel[])[],
  topology: CompareTopology,
  service: string,
  maxPods = 400,
): ComparePictures {
  const place = (box: LayoutBox): PlacedBox => {
    const at = layout.absolute.get(box.id) ?? { x: box.x, y: box.y };
    return { ...box, ax: at.x, ay: at.y };
  };
  const pods = new Map(topology.pods.map((p) => [p.key, p]));
  const important = (box: LayoutBox) => {
    const pod = pods.get(box.ref);
    return !!pod && (pod.client || pod.selectedBy.includes(service));
  };
  const areas = layout.boxes.filter((b) => b.kind !== 'pod').map(place);
  const podBoxes = [...layout.boxes.filter((b) => b.kind === 'pod'), ...layout.chips];
  const kept =
    podBoxes.length <= maxPods ? podBoxes : [...podBoxes.filter(important), ...podBoxes.filter((b) => !important(b))].slice(0, maxPods);
  const routes = columns.map((column) => buildRouteGeometry(layout, column));
  let bounds = layoutBounds(layout);
  for (const column of routes) {
    const b = pictureBounds(
      layout,
      column.map((g) => ({ geometry: g.geometry, label: labelText(g.route) })),
    );
    const x = Math.min(bounds.x, b.x);
    const y = Math.min(bounds.y, b.y);
    bounds = {
      x,
      y,
      width: Math.max(bounds.x + bounds.width, b.x + b.width) - x,
      height: Math.max(bounds.y + bounds.height, b.y + b.height) - y,
    };
  }
  return { boxes: [...areas, ...kept.map(place)], routes, bounds };
}
