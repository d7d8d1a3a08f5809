import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Background,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore as useFlowStore,
  type Edge,
  type Node,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useStore } from '../../state';
import type { Selection } from '../../state';
import { useBusy } from '../../state/busyStore';
import { CanvasControls } from './CanvasControls';
import { edgeTypes } from './edges/edgeTypes';
import { emphasiseRouteEdges } from '../../view/edgeEmphasis';
import { buildFlowNodes } from '../../view/flowElements';
import { boxId, ENTRY_W, layoutTopology, parseBoxId } from '../../view/layout';
import { externalEntryNote, externalEntryWidth } from '../../view/externalEntry';
import { detailLevelAt, isLargeCluster, nodeLevelUnit, typicalNodeWidth, zoomFor } from '../../view/detailLevel';
import { summarizeAreas } from '../../view/clusterSummary';
import { buildSummaryNodes } from '../../view/summaryNodes';
import { aggregateZonePairs, zonePairAriaLabel } from '../../view/zonePairs';
import { zonePairGeometry } from '../../view/zonePairGeometry';
import { aggregateNodePairs, nodePairAriaLabel } from '../../view/nodePairs';
import { nodePairGeometry } from '../../view/nodePairGeometry';
import type { ZonePairFlowEdge } from './edges/ZonePairEdge';
import { findByName } from '../../view/findByName';
import { CanvasSearch } from './CanvasSearch';
import { fitViewport, pictureBounds } from '../../view/fitView';
import { quantizeFrame, useElementSize } from './useElementSize';
import { Legend, LegendToggle, useLegendOpen } from './Legend';
import { MotionContext } from './motionContext';
import { nodeTypes } from './nodes/nodeTypes';
import { PacketLayer } from './PacketLayer';
import { buildRouteGeometry, labelText } from '../../view/routeGeometry';
import { buildRouteEdges, isExternallyReachable, servicesWithRoutes } from '../../view/routeModel';
import { usePageVisible } from './usePageVisible';
import { useReducedMotion } from './useReducedMotion';
import { useFamilyReport } from '../common/useFamilyReport';
import { canvasNote } from '../../view/canvasNote';
import { CanvasNote } from './CanvasNote';
import { useStableEdges, useStableNodes, useStableSet } from './stableNodes';
import { driftBadgesById } from '../../view/driftBadges';

/** The selection a click on a canvas box stands for, from its React Flow id. */
function selectionOf(id: string): Selection | null {
  const box = parseBoxId(id);
  switch (box?.kind) {
    case 'pod':
      return { kind: 'pod', id: box.ref };
    case 'node':
    case 'proxy':
      return { kind: 'node', id: box.ref };
    case 'zone':
      return { kind: 'zone', id: box.ref };
    case 'external':
      return { kind: 'external', id: box.ref };
    default:
      if (id.startsWith(ZONE_PAIR)) return { kind: 'zone-pair', id: id.slice(ZONE_PAIR.length) };
      if (id.startsWith(NODE_PAIR)) return { kind: 'node-pair', id: id.slice(NODE_PAIR.length) };
      return null;
  }
}

const ZONE_PAIR = 'zone-pair:';
const NODE_PAIR = 'node-pair:';

/** A large cluster may be zoomed out this far (5,000 nodes fit a small frame). */
const LARGE_MIN_ZOOM = 0.004;
const NO_EDGES: never[] = [];

/**
 * The node with its handles declared rather than measured: React Flow draws every node it has
 * not measured, visible or not, so a large cluster's first zoom in would draw all its nodes.
 */
function withDeclaredHandles<T extends Node>(node: T): T {
  const x = (node.width ?? 0) / 2;
  return {
    ...node,
    handles: [
      { type: 'source', position: Position.Top, x, y: 0 },
      { type: 'target', position: Position.Top, x, y: 0 },
    ],
  };
}

/** The fit never enlarges the picture past this (a tiny cluster in a big window stays a sensible size). */
const MAX_FIT_ZOOM = 2;

function Canvas({ minNamePx }: { minNamePx: number | undefined }) {
  // A dual-stack drawn Service's routes are those of the IP family chosen in the canvas bar.
  const { report, service, families, family } = useFamilyReport();
  // The picture is that of an earlier state while the YAML has errors or a newer analysis runs.
  const invalid = useStore((s) => s.stale);
  const analysing = useBusy((s) => s.since !== null);
  const stale = invalid || analysing;
  const selection = useStore((s) => s.selection);
  // Only a hovered rule changes the picture; a hovered edge's own highlight is for the rules panel.
  const highlight = useStore((s) => (s.highlight?.origin === 'rules' ? s.highlight : null));
  // Drift is read once here and handed to the boxes, rather than one subscription per box.
  const drift = useStore((s) => s.drift);
  const driftBadges = useMemo(() => driftBadgesById(drift), [drift]);
  const select = useStore((s) => s.select);
  const theme = useStore((s) => s.theme);
  const paused = useStore((s) => s.animationPaused);
  const [allServices, setAllServices] = useState(false);
  const reduced = useReducedMotion();
  const visible = usePageVisible();

  const drawn = useMemo(
    () => (!report ? [] : allServices ? servicesWithRoutes(report) : service ? [service] : []),
    [report, allServices, service],
  );
  const external = useMemo(() => !!report && drawn.some((s) => isExternallyReachable(report, s)), [report, drawn]);
  // The external entries say who may enter (loadBalancerSourceRanges) and when the load balancer comes in on the node port.
  const externalNote = useMemo(() => (report && external ? externalEntryNote(report, drawn) : undefined), [report, external, drawn]);
  const externalWidth = externalNote ? externalEntryWidth(externalNote, ENTRY_W) : undefined;
  // The graph's own area (below the canvas bar): its size picks the layout's shape and density.
  const [graphRef, size] = useElementSize();
  const layoutFrame = useMemo(() => (size ? quantizeFrame(size) : undefined), [size]);
  const frameKey = layoutFrame ? `${layoutFrame.width}x${layoutFrame.height}` : '';
  const layout = useMemo(
    () =>
      report
        ? layoutTopology({
            nodes: report.nodes,
            pods: report.pods,
            externalEntries: external,
            ...(externalWidth ? { externalEntryWidth: externalWidth } : {}),
            compactPods: true,
            ...(layoutFrame ? { frame: layoutFrame } : {}),
            ...(minNamePx ? { minNamePx } : {}),
          })
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the frame counts by its quantized size
    [report, external, externalWidth, frameKey, minNamePx],
  );
  // The Compare panel draws small copies of this picture with the same layout.
  const setCanvasLayout = useStore((s) => s.setCanvasLayout);
  useEffect(() => {
    if (layoutFrame)
      setCanvasLayout({
        frame: layoutFrame,
        ...(minNamePx ? { minNamePx } : {}),
        ...(external ? { externalEntries: true } : {}),
        ...(externalWidth ? { externalEntryWidth: externalWidth } : {}),
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the frame counts by its quantized size
  }, [frameKey, minNamePx, external, externalWidth, setCanvasLayout]);
  // A large cluster is drawn by levels of detail: zones as node classes, then nodes, then pods.
  const large = !!report && isLargeCluster(report.nodes.length, report.pods.length);
  const nodeWidth = useMemo(() => (layout && large ? typicalNodeWidth(layout) : 0), [layout, large]);
  const summaries = useMemo(() => (large && report ? summarizeAreas(report, service) : null), [large, report, service]);
  const routes = useMemo(() => (report ? buildRouteEdges(report, drawn) : []), [report, drawn]);
  // Zoomed out, the drawn Service's routes are summed zone by zone (from the engine's routes).
  const zonePairs = useMemo(() => (large && report ? aggregateZonePairs(report, service) : null), [large, report, service]);
  // Drawn a screen pixel thick at the fit of the boxes, whatever the cluster's size.
  const pairUnit = useMemo(
    () =>
      layout && size ? 1 / fitViewport(pictureBounds(layout, []), size.width, size.height, MAX_FIT_ZOOM, LARGE_MIN_ZOOM).zoom : undefined,
    [layout, size],
  );
  const pairGeometry = useMemo(
    () => (layout && zonePairs ? zonePairGeometry(layout, zonePairs.pairs, pairUnit) : []),
    [layout, zonePairs, pairUnit],
  );
  // Zoomed in to the nodes, they are summed node by node: client node → endpoint node.
  const nodePairs = useMemo(() => (large && report ? aggregateNodePairs(report, service) : null), [large, report, service]);
  const nodePairGeometries = useMemo(
    () => (layout && nodePairs ? nodePairGeometry(layout, nodePairs.pairs, nodeLevelUnit(nodeWidth)) : []),
    [layout, nodePairs, nodeWidth],
  );
  // Paths follow the drawing only; a selection or a hovered rule re-runs just the emphasis.
  const geometry = useMemo(() => (layout ? buildRouteGeometry(layout, routes) : []), [layout, routes]);
  const { edges: builtEdges, reached: reachedNow } = useMemo(
    () => emphasiseRouteEdges(geometry, selection, highlight),
    [geometry, selection, highlight],
  );
  // The fit covers the boxes and the routes' arcs and labels, and is computed here (not measured
  // by React Flow), so it is the same fit the layout planned its text sizes for.
  const { setViewport, zoomIn, zoomOut, getZoom, setCenter } = useReactFlow();
  const bounds = useMemo(
    () =>
      layout
        ? pictureBounds(layout, [
            ...geometry.map((g) => ({ geometry: g.geometry, label: labelText(g.route) })),
            // Zone-pair labels are drawn `unit` times larger: their text length counts that much more.
            ...pairGeometry.map((g) => ({ geometry: g, label: g.pair.label.repeat(Math.ceil(g.unit)) })),
          ])
        : null,
    [layout, geometry, pairGeometry],
  );
  const boundsKey = bounds ? `${bounds.x},${bounds.y},${bounds.width},${bounds.height}` : '';
  // Until a new picture is fitted, its level of detail is that of the fit to come: a large
  // cluster never draws its 30,000 pods on the way to its summary.
  const [fittedKey, setFittedKey] = useState('');
  const fitZoom = bounds && size ? fitViewport(bounds, size.width, size.height, MAX_FIT_ZOOM, LARGE_MIN_ZOOM).zoom : 1;
  const level = useFlowStore((s) => (large ? detailLevelAt(fittedKey === boundsKey ? s.transform[2] : fitZoom, nodeWidth) : 'pods'));
  const pairEdges = useMemo(
    (): ZonePairFlowEdge[] =>
      zonePairs
        ? pairGeometry.map((g) => ({
            id: g.id,
            type: 'zonePair',
            source: g.source,
            target: g.target,
            ariaLabel: zonePairAriaLabel(g.pair, zonePairs.service),
            focusable: true,
            data: {
              geometry: g,
              title: `${zonePairAriaLabel(g.pair, zonePairs.service)} (select for why)`,
              selected: selection?.kind === 'zone-pair' && ZONE_PAIR + selection.id === g.id,
              testId:
                g.pair.verdict === 'forward' ? `zone-pair-${g.pair.from}->${g.pair.to}` : `zone-pair-${g.pair.verdict}-${g.pair.from}`,
            },
          }))
        : NO_EDGES,
    [zonePairs, pairGeometry, selection],
  );
  const nodePairEdges = useMemo(
    (): ZonePairFlowEdge[] =>
      nodePairs
        ? nodePairGeometries.map((g) => ({
            id: g.id,
            type: 'zonePair',
            source: g.source,
            target: g.target,
            ariaLabel: nodePairAriaLabel(g.pair, nodePairs.service),
            focusable: true,
            data: {
              geometry: g,
              title: `${nodePairAriaLabel(g.pair, nodePairs.service)} (select for why)`,
              selected: selection?.kind === 'node-pair' && NODE_PAIR + selection.id === g.id,
              testId:
                g.pair.verdict === 'forward' ? `node-pair-${g.pair.from}->${g.pair.to}` : `node-pair-${g.pair.verdict}-${g.pair.from}`,
            },
          }))
        : NO_EDGES,
    [nodePairs, nodePairGeometries, selection],
  );
  // A large cluster draws each client's own routes only with its pods; above that, the pairs.
  const edges = useStableEdges(level === 'pods' ? builtEdges : NO_EDGES);
  const reached = useStableSet(reachedNow);
  const nodes = useStableNodes(
    useMemo(() => {
      if (!layout || !report) return [];
      if (level === 'classes' && summaries) return buildSummaryNodes(layout, summaries, selection, report.pods);
      const built = buildFlowNodes(layout, report.nodes, report.pods, selection, reached, driftBadges, {
        chips: level === 'pods',
        ...(externalNote ? { externalNote } : {}),
      });
      return large ? built.map(withDeclaredHandles) : built;
    }, [layout, report, selection, reached, driftBadges, level, summaries, large, externalNote]),
  );
  const sizeKey = size ? `${size.width}x${size.height}` : '';
  // A pan or zoom by the user is kept when the pane changes size; a new extent refits anyway.
  const userMoved = useRef(false);
  const fittedBounds = useRef('');
  const fit = useCallback(
    (duration: number) => {
      if (!bounds || !size) return;
      void setViewport(fitViewport(bounds, size.width, size.height, MAX_FIT_ZOOM, LARGE_MIN_ZOOM), { duration });
    },
    [bounds, size, setViewport],
  );
  useEffect(() => {
    if (!bounds || !size) return;
    const newExtent = fittedBounds.current !== boundsKey;
    if (!newExtent && userMoved.current) return;
    if (newExtent) userMoved.current = false;
    const first = fittedBounds.current === '';
    fittedBounds.current = boundsKey;
    // A large cluster jumps to its fit: a zoom animated across the levels of detail would draw each.
    const frame = requestAnimationFrame(() => {
      fit(reduced || first || !newExtent || large ? 0 : 200);
      setFittedKey(boundsKey);
    });
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit when the extent or the frame changes
  }, [boundsKey, sizeKey, reduced]);
  const refit = useCallback(() => {
    userMoved.current = false;
    fit(reduced || large ? 0 : 200);
  }, [fit, reduced, large]);
  const find = useCallback(
    (query: string): string | null => {
      if (!report || !layout) return null;
      const found = findByName(report.nodes, report.pods, query);
      if (!found) return `No pod or node matches “${query.trim()}”`;
      select(found);
      const id = found.kind === 'pod' ? boxId.pod(found.id) : boxId.node(found.id);
      const at = layout.absolute.get(id);
      const box =
        found.kind === 'pod'
          ? (layout.chips.find((c) => c.id === id) ?? layout.boxes.find((b) => b.id === id))
          : layout.boxes.find((b) => b.id === id);
      if (!at || !box || !size) return found.kind === 'pod' ? `${found.id} is not drawn: it has no node` : null;
      // Close enough to draw what was found: its pods (a pod) or its box (a node), never farther out than now.
      const fits = Math.min(size.width / (box.width * 1.5), size.height / (box.height * 1.5), 1.5);
      const zoom = large ? Math.max(zoomFor(found.kind === 'pod' ? 'pods' : 'nodes', nodeWidth), Math.min(fits, 1)) : getZoom();
      userMoved.current = true;
      void setCenter(at.x + box.width / 2, at.y + box.height / 2, { zoom, duration: reduced || large ? 0 : 250 });
      // Keyboard users land on it too, once it is drawn.
      setTimeout(
        () => {
          const selector =
            found.kind === 'pod' ? `[data-id="pod:${CSS.escape(found.id)}"]` : `.react-flow__node[data-id="node:${CSS.escape(found.id)}"]`;
          document.querySelector<HTMLElement>(`[data-testid=canvas] ${selector}`)?.focus({ preventScroll: true });
        },
        reduced ? 50 : 320,
      );
      return null;
    },
    [report, layout, select, size, large, nodeWidth, setCenter, reduced, getZoom],
  );
  // React Flow passes the DOM event for gestures the user makes (null for programmatic moves); a
  // click on a box starts a gesture too, so only a gesture that changed the viewport counts.
  const moveStart = useRef<Viewport | null>(null);
  const onMoveStart = useCallback((event: unknown, viewport: Viewport) => {
    moveStart.current = event ? viewport : null;
  }, []);
  const onMoveEnd = useCallback((event: unknown, viewport: Viewport) => {
    const start = moveStart.current;
    moveStart.current = null;
    if (event && start && (start.x !== viewport.x || start.y !== viewport.y || start.zoom !== viewport.zoom)) userMoved.current = true;
  }, []);
  // Packets hold still while an analysis runs: the picture is stale, and a large analysis needs the CPU.
  const motion = useMemo(
    () => ({ animate: !reduced, paused: paused || !visible || analysing, reduced }),
    [reduced, paused, visible, analysing],
  );

  const onNodeClick = useCallback((_: unknown, node: Node) => select(selectionOf(node.id)), [select]);
  const onEdgeClick = useCallback(
    (_: unknown, edge: { id: string }) => {
      if (edge.id.startsWith(ZONE_PAIR) || edge.id.startsWith(NODE_PAIR)) select(selectionOf(edge.id));
    },
    [select],
  );
  const onPaneClick = useCallback(() => select(null), [select]);
  // React Flow focuses boxes with Tab; Enter or Space selects the focused one like a click.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const id = (event.target as HTMLElement).closest('.react-flow__node, .react-flow__edge')?.getAttribute('data-id');
      if (!id) return;
      event.preventDefault();
      select(selectionOf(id));
    },
    [select],
  );

  const legendOpen = useLegendOpen(size);
  return (
    <div
      className={`kt-canvas${stale ? ' kt-canvas--stale' : ''}${layout?.compact ? ' kt-canvas--compact' : ''}`}
      data-level={large ? level : undefined}
      data-testid="canvas"
      onKeyDown={onKeyDown}
      aria-label="Topology: zones, nodes, pods and routes"
    >
      {report ? (
        <MotionContext.Provider value={motion}>
          <div className="kt-canvas__chrome">
            <div className="kt-canvas__bar" data-testid="canvas-bar">
              <CanvasControls
                reducedMotion={reduced}
                allServices={allServices}
                onAllServicesChange={setAllServices}
                service={service}
                {...(families && family ? { ipFamilies: { families, family } } : {})}
              />
              <CanvasSearch onFind={find} />
              <div className="kt-canvas__zoom" role="group" aria-label="Zoom">
                <button
                  type="button"
                  onClick={() => {
                    userMoved.current = true;
                    void zoomOut({ duration: reduced ? 0 : 150 });
                  }}
                  aria-label="Zoom out"
                  title="Zoom out"
                >
                  −
                </button>
                <button
                  type="button"
                  onClick={() => {
                    userMoved.current = true;
                    void zoomIn({ duration: reduced ? 0 : 150 });
                  }}
                  aria-label="Zoom in"
                  title="Zoom in"
                >
                  +
                </button>
                <button
                  type="button"
                  onClick={refit}
                  aria-label="Fit the whole topology"
                  title="Fit the whole topology"
                  data-testid="canvas-fit"
                >
                  ⤢
                </button>
              </div>
              <LegendToggle open={legendOpen.open} onToggle={legendOpen.toggle} />
            </div>
            {legendOpen.open && <Legend />}
            {routes.length === 0 && <CanvasNote note={canvasNote(service, family)} />}
          </div>
          <div className="kt-canvas__graph" ref={graphRef} data-testid="canvas-graph">
            <ReactFlow
              nodes={nodes}
              edges={level === 'classes' ? (pairEdges as Edge[]) : level === 'nodes' ? (nodePairEdges as Edge[]) : (edges as Edge[])}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              colorMode={theme}
              minZoom={large ? LARGE_MIN_ZOOM : 0.05}
              maxZoom={4}
              nodesDraggable={false}
              nodesConnectable={false}
              onlyRenderVisibleElements={nodes.length > 400}
              onNodeClick={onNodeClick}
              // Only the zone-pair and node-pair edges are clickable: a route edge stays out of the pointer's way to its pods.
              onEdgeClick={level === 'pods' ? undefined : onEdgeClick}
              onPaneClick={onPaneClick}
              onMoveStart={onMoveStart}
              onMoveEnd={onMoveEnd}
              proOptions={{ hideAttribution: false }}
            >
              {/* Zoomed out to the summaries its dots are far below a pixel apart: invisible, and costly to raster on every frame. */}
              {level !== 'classes' && <Background gap={24} />}
              {motion.animate && <PacketLayer edges={edges} paused={motion.paused} />}
            </ReactFlow>
          </div>
        </MotionContext.Provider>
      ) : (
        <div ref={graphRef} className="kt-canvas__graph">
          <p className="kt-canvas__note">Analysing the workspace…</p>
        </div>
      )}
    </div>
  );
}

/**
 * The cluster drawn from the last good report: zones, nodes, pods, kube-proxy entries and the
 * routes of the drawn Service, with packets moving along them. `minNamePx` asks for pod names
 * at least that large on screen (the presenter view asks for projector-sized text).
 */
export function TopologyCanvas({ minNamePx }: { minNamePx?: number } = {}) {
  return (
    <ReactFlowProvider>
      <Canvas minNamePx={minNamePx} />
    </ReactFlowProvider>
  );
}
