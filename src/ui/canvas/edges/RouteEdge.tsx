import { memo, useContext, useEffect, useRef, useState } from 'react';
import { EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { highlightOfRoute } from '../../../view/routeHighlight';
import { useStore } from '../../../state';
import type { RouteFlowEdge } from '../../../view/flowElements';
import { MotionContext } from '../motionContext';

const markGlyph = { drop: '✕', reject: '⊘', forward: '' } as const;

/** Shows the tooltip while the edge (React Flow's focusable wrapper around it) is hovered or focused. */
function useHoverOrFocus(ref: React.RefObject<SVGGElement | null>): boolean {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const wrapper = ref.current?.closest('.react-flow__edge');
    if (!wrapper) return;
    const on = () => setActive(true);
    const off = () => setActive(false);
    const events = [
      ['mouseenter', on],
      ['focus', on],
      ['mouseleave', off],
      ['blur', off],
    ] as const;
    for (const [name, handler] of events) wrapper.addEventListener(name, handler);
    return () => {
      for (const [name, handler] of events) wrapper.removeEventListener(name, handler);
    };
  }, [ref]);
  return active;
}

const SHARES_SHOWN = 8;

/** Each pod's share of a route drawn to a box of chips. */
function PodShares({ pods }: { pods: { pod: string; label: string }[] }) {
  const rest = pods.length - SHARES_SHOWN;
  return (
    <ul className="kt-route-tip__pods">
      {pods.slice(0, SHARES_SHOWN).map((p) => (
        <li key={p.pod}>
          {p.pod}: {p.label}
        </li>
      ))}
      {rest > 0 && <li>…and {rest} more (select a pod for its own share)</li>}
    </ul>
  );
}

/** One route: its path through kube-proxy, its share as text, and the reason on hover/focus (packets: PacketLayer). */
function RouteEdgeView({ data }: EdgeProps<RouteFlowEdge>) {
  const motion = useContext(MotionContext);
  const ref = useRef<SVGGElement>(null);
  const showTip = useHoverOrFocus(ref);
  const setHighlight = useStore((s) => s.setHighlight);
  const route_ = data?.route;
  // A hovered or focused route marks the rules it goes through in the rules panel.
  useEffect(() => {
    if (!showTip || !route_) return;
    setHighlight(highlightOfRoute(route_));
    return () => {
      if (useStore.getState().highlight?.origin === 'canvas') setHighlight(null);
    };
  }, [showTip, route_, setHighlight]);
  if (!data) return null;
  const { route, geometry, emphasis } = data;
  const forward = route.verdict === 'forward';
  const kind = forward ? (route.locality ?? 'unknown-zone') : route.verdict;
  // Under reduced motion the stroke width carries the share; otherwise packets do.
  const width = motion.reduced ? 1.5 + route.share * 7 : forward ? 2.5 : 3;
  const text = forward ? route.label : `${markGlyph[route.verdict]} ${route.label}`;
  const labelWidth = text.length * 8.5 + 14;
  return (
    <g ref={ref} className={`kt-route kt-route--${kind} kt-route--${emphasis}`}>
      <path d={geometry.path} className="kt-route__hit" />
      <path d={geometry.path} className="kt-route__line" style={{ strokeWidth: width }} />
      <g className="kt-route__label" transform={`translate(${geometry.labelX},${geometry.labelY})`}>
        <rect x={-labelWidth / 2} y={-11} width={labelWidth} height={22} rx={11} />
        <text textAnchor="middle" dy="0.35em">
          {text}
        </text>
      </g>
      {showTip && (
        <EdgeLabelRenderer>
          <div
            className="kt-route-tip"
            role="tooltip"
            data-testid="route-reason"
            style={{ transform: `translate(-50%, 14px) translate(${geometry.labelX}px, ${geometry.labelY}px)` }}
          >
            <strong>
              {route.external ? `From outside, at ${route.node}` : route.from} →{' '}
              {route.pods ? `${route.pods.length} pods on ${route.targetNode ?? 'no node'}` : (route.targetPod ?? route.service)}:{' '}
              {route.label}
            </strong>
            {route.pods && <PodShares pods={route.pods} />}
            {route.reason && <div>{route.reason}</div>}
          </div>
        </EdgeLabelRenderer>
      )}
    </g>
  );
}

export const RouteEdge = memo(RouteEdgeView);
