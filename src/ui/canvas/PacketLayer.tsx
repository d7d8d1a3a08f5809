import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Locality } from '../../engine';
import type { RouteFlowEdge } from '../../view/flowElements';
import { LOOP_SECONDS, packetRoutes, routesToDraw, type PacketRoute } from '../../view/packetPlan';
import { pointAlong, type PacketTrack } from '../../view/packetTrack';

const colourVariables: Record<Locality, string> = {
  'same-node': '--kt-same-node',
  'same-zone': '--kt-same-zone',
  'cross-zone': '--kt-cross-zone',
  'unknown-zone': '--kt-unknown-zone',
};
/** A packet's radius in canvas units, as the route's own SVG drew it. */
const RADIUS = 3.5;

interface PacketLayerProps {
  edges: readonly RouteFlowEdge[];
  paused: boolean;
}

/**
 * Every route's packets on one 2D canvas over the flow, redrawn once per animation frame: a
 * frame costs one clear and at most MAX_PACKETS dots, however many routes are drawn (one SVG
 * animation per route made every route's layer repaint on every frame). Not mounted under
 * reduced motion; paused, it draws a still frame whenever the view pans or zooms.
 */
export function PacketLayer({ edges, paused }: PacketLayerProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const tracks = useRef(new Map<string, PacketTrack>());
  // Animation time survives pauses and new reports, so packets never jump back to the start.
  const clock = useRef({ elapsedMs: 0, since: 0 });
  const flow = useStoreApi();

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const cache = tracks.current;
    const routes = packetRoutes(edges, cache);
    if (cache.size > 2 * routes.length + 64) {
      const used = new Set(edges.map((e) => e.data?.geometry.path));
      for (const path of cache.keys()) if (!used.has(path)) cache.delete(path);
    }
    const time = clock.current;
    // Live, so a system theme switch recolours the packets too, but read about once a second:
    // a style read in every frame forces a style pass over the whole page while it changes.
    const style = getComputedStyle(canvas);
    const colours = new Map<string, string>();
    const colour = (name: string, fallback: string) => {
      let value = colours.get(name);
      if (value === undefined) colours.set(name, (value = style.getPropertyValue(name).trim() || fallback));
      return value;
    };
    const byLocality = new Map<Locality, PacketRoute[]>();

    let frames = 0;
    const draw = (now: number) => {
      if (frames++ % 60 === 0) colours.clear();
      const seconds = (time.elapsedMs + (paused ? 0 : now - time.since)) / 1000;
      const ratio = window.devicePixelRatio || 1;
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
      }
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      const [x, y, zoom] = flow.getState().transform;
      const drawn = routesToDraw(routes, { minX: -x / zoom, minY: -y / zoom, maxX: (width - x) / zoom, maxY: (height - y) / zoom });
      byLocality.clear();
      for (const route of drawn) {
        const list = byLocality.get(route.locality);
        if (list) list.push(route);
        else byLocality.set(route.locality, [route]);
      }
      const radius = Math.max(1.5, RADIUS * zoom);
      context.lineWidth = 1;
      context.strokeStyle = colour('--kt-label-bg', '#ffffff');
      let count = 0;
      for (const [locality, list] of byLocality) {
        context.beginPath();
        for (const route of list) {
          for (let i = 0; i < route.count; i++) {
            const [px, py] = pointAlong(route.track, (seconds / LOOP_SECONDS + i / route.count) % 1);
            const sx = x + px * zoom;
            const sy = y + py * zoom;
            context.moveTo(sx + radius, sy);
            context.arc(sx, sy, radius, 0, 2 * Math.PI);
            count++;
          }
        }
        context.fillStyle = colour(colourVariables[locality], '#6e7781');
        context.fill();
        context.stroke();
      }
      canvas.dataset.packets = String(count);
    };

    let frame = 0;
    const start = performance.now();
    time.since = start;
    const tick = (now: number) => {
      draw(now);
      frame = requestAnimationFrame(tick);
    };
    if (paused) draw(start);
    else frame = requestAnimationFrame(tick);
    // A paused layer still follows panning and zooming.
    const unsubscribe = flow.subscribe((state, previous) => {
      if (paused && state.transform !== previous.transform) draw(performance.now());
    });
    const resize = new ResizeObserver(() => paused && draw(performance.now()));
    resize.observe(canvas);
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
      resize.disconnect();
      if (!paused) time.elapsedMs += performance.now() - time.since;
    };
  }, [edges, paused, flow]);

  return <canvas ref={canvasRef} className="kt-packet-layer" data-testid="packets" data-paused={paused} aria-hidden="true" />;
}
