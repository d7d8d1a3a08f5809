import { memo, useContext } from "react";
import type { EdgeProps } from "@xyflow/react";
import type { RouteFlowEdge } from "../flowElements";
import { MotionContext } from "../motionContext";
import { Packets } from "./Packets";

const markGlyph = { drop: "✕", reject: "⊘", forward: "" } as const;

/** One route: its path through kube-proxy, its share as text, packets, and the reason on hover. */
function RouteEdgeView({ data }: EdgeProps<RouteFlowEdge>) {
  const motion = useContext(MotionContext);
  if (!data) return null;
  const { route, geometry, emphasis } = data;
  const forward = route.verdict === "forward";
  const kind = forward ? (route.locality ?? "unknown-zone") : route.verdict;
  // Under reduced motion the stroke width carries the share; otherwise packets do.
  const width = motion.reduced ? 1.5 + route.share * 7 : forward ? 2.5 : 3;
  const text = forward
    ? route.label
    : `${markGlyph[route.verdict]} ${route.label}`;
  const labelWidth = text.length * 8.5 + 14;
  return (
    <g className={`kt-route kt-route--${kind} kt-route--${emphasis}`}>
      <title>{`${route.from} → ${route.targetPod ?? route.service}: ${route.label}${route.reason ? `\n${route.reason}` : ""}`}</title>
      <path d={geometry.path} className="kt-route__hit" />
      <path
        d={geometry.path}
        className="kt-route__line"
        style={{ strokeWidth: width }}
      />
      {forward && motion.animate && emphasis !== "dim" && (
        <Packets
          path={geometry.path}
          share={route.share}
          paused={motion.paused}
        />
      )}
      <g
        className="kt-route__label"
        transform={`translate(${geometry.labelX},${geometry.labelY})`}
      >
        <rect
          x={-labelWidth / 2}
          y={-11}
          width={labelWidth}
          height={22}
          rx={11}
        />
        <text textAnchor="middle" dy="0.35em">
          {text}
        </text>
      </g>
    </g>
  );
}

export const RouteEdge = memo(RouteEdgeView);
