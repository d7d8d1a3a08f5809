import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Background, Controls, Panel, ReactFlow, ReactFlowProvider, useReactFlow, type Node, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useStore } from '../../state';
import type { Selection } from '../../state';
import { CanvasControls } from './CanvasControls';
import { edgeTypes } from './edges/edgeTypes';
import { emphasiseRouteEdges } from '../../view/edgeEmphasis';
import { buildFlowNodes } from '../../view/flowElements';
import { layoutBounds, layoutTopology, parseBoxId } from '../../view/layout';
import { Legend } from './Legend';
import { MotionContext } from './motionContext';
import { nodeTypes } from './nodes/nodeTypes';
import { PacketLayer } from './PacketLayer';
import { buildRouteGeometry } from '../../view/routeGeometry';
import { buildRouteEdges, isExternallyReachable, servicesWithRoutes } from '../../view/routeModel';
import { usePageVisible } from './usePageVisible';
import { useReducedMotion } from './useReducedMotion';
import { useDrawnService } from '../common/useDrawnService';
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
      return null;
  }
}

function Canvas() {
  const report = useStore((s) => s.report);
  const stale = useStore((s) => s.stale);
  const selection = useStore((s) => s.selection);
  // Only a hovered rule changes the picture; a hovered edge's own highlight is for the rules panel.
  const highlight = useStore((s) => (s.highlight?.origin === 'rules' ? s.highlight : null));
  // Drift is read once here and handed to the boxes, rather than one subscription per box.
  const drift = useStore((s) => s.drift);
  const driftBadges = useMemo(() => driftBadgesById(drift), [drift]);
  const select = useStore((s) => s.select);
  const theme = useStore((s) => s.theme);
  const paused = useStore((s) => s.animationPaused);
  const service = useDrawnService();
  const [allServices, setAllServices] = useState(false);
  const reduced = useReducedMotion();
  const visible = usePageVisible();

  const drawn = useMemo(
    () => (!report ? [] : allServices ? servicesWithRoutes(report) : service ? [service] : []),
    [report, allServices, service],
  );
  const external = useMemo(() => !!report && drawn.some((s) => isExternallyReachable(report, s)), [report, drawn]);
  const layout = useMemo(
    () =>
      report
        ? layoutTopology({
            nodes: report.nodes,
            pods: report.pods,
            externalEntries: external,
            compactPods: true,
          })
        : null,
    [report, external],
  );
  const routes = useMemo(() => (report ? buildRouteEdges(report, drawn) : []), [report, drawn]);
  // Paths follow the drawing only; a selection or a hovered rule re-runs just the emphasis.
  const geometry = useMemo(() => (layout ? buildRouteGeometry(layout, routes) : []), [layout, routes]);
  const { edges: builtEdges, reached: reachedNow } = useMemo(
    () => emphasiseRouteEdges(geometry, selection, highlight),
    [geometry, selection, highlight],
  );
  const edges = useStableEdges(builtEdges);
  const reached = useStableSet(reachedNow);
  const nodes = useStableNodes(
    useMemo(
      () => (layout && report ? buildFlowNodes(layout, report.nodes, report.pods, selection, reached, driftBadges) : []),
      [layout, report, selection, reached, driftBadges],
    ),
  );
  // Refit when the boxes change (a pod or node added, moved or gone), not when only routes do.
  // The bounds come from the layout itself, so the fit does not wait for React Flow to measure.
  const { fitBounds } = useReactFlow();
  const bounds = useMemo(() => (layout ? layoutBounds(layout) : null), [layout]);
  const boundsKey = bounds ? `${bounds.x},${bounds.y},${bounds.width},${bounds.height}` : '';
  // A pan or zoom by the user is kept when the pane changes size; a new extent refits anyway.
  const userMoved = useRef(false);
  useEffect(() => {
    if (!bounds) return;
    userMoved.current = false;
    const frame = requestAnimationFrame(() => void fitBounds(bounds, { padding: 0.12, duration: reduced ? 0 : 200 }));
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit only when the extent changes
  }, [boundsKey, fitBounds, reduced]);
  // Refit when the pane itself resizes (the dock opens, a splitter moves, the window changes).
  const paneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const pane = paneRef.current;
    if (!bounds || !pane || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    let first = true;
    const observer = new ResizeObserver(() => {
      // The observer reports once on start; the extent effect above already fitted then.
      if (first) {
        first = false;
        return;
      }
      if (userMoved.current) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void fitBounds(bounds, { padding: 0.12, duration: 0 }));
    });
    observer.observe(pane);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- bounds change with boundsKey
  }, [boundsKey, fitBounds]);
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
  const motion = useMemo(() => ({ animate: !reduced, paused: paused || !visible, reduced }), [reduced, paused, visible]);

  const onNodeClick = useCallback((_: unknown, node: Node) => select(selectionOf(node.id)), [select]);
  const onPaneClick = useCallback(() => select(null), [select]);
  // React Flow focuses boxes with Tab; Enter or Space selects the focused one like a click.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const id = (event.target as HTMLElement).closest('.react-flow__node')?.getAttribute('data-id');
      if (!id) return;
      event.preventDefault();
      select(selectionOf(id));
    },
    [select],
  );

  return (
    <div
      ref={paneRef}
      className={`kt-canvas${stale ? ' kt-canvas--stale' : ''}`}
      data-testid="canvas"
      onKeyDown={onKeyDown}
      aria-label="Topology: zones, nodes, pods and routes"
    >
      {report ? (
        <MotionContext.Provider value={motion}>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            colorMode={theme}
            fitView
            minZoom={0.05}
            nodesDraggable={false}
            nodesConnectable={false}
            onlyRenderVisibleElements={nodes.length > 400}
            onNodeClick={onNodeClick}
            onPaneClick={onPaneClick}
            onMoveStart={onMoveStart}
            onMoveEnd={onMoveEnd}
            proOptions={{ hideAttribution: false }}
          >
            <Background gap={24} />
            {motion.animate && <PacketLayer edges={edges} paused={motion.paused} />}
            <Controls showInteractive={false} />
            <Panel position="top-left">
              <CanvasControls reducedMotion={reduced} allServices={allServices} onAllServicesChange={setAllServices} service={service} />
            </Panel>
            <Panel position="bottom-right">
              <Legend />
            </Panel>
            {routes.length === 0 && (
              <Panel position="top-center">
                <p className="kt-canvas__empty">
                  {service ? `No client pod reaches ${service}: add a pod that no Service selects.` : 'No Service in the workspace yet.'}
                </p>
              </Panel>
            )}
          </ReactFlow>
        </MotionContext.Provider>
      ) : (
        <p className="kt-canvas__empty">Analysing the workspace…</p>
      )}
    </div>
  );
}

/**
 * The cluster drawn from the last good report: zones, nodes, pods, kube-proxy entries and the
 * routes of the drawn Service, with packets moving along them.
 */
export function TopologyCanvas() {
  return (
    <ReactFlowProvider>
      <Canvas />
    </ReactFlowProvider>
  );
}
