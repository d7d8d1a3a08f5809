import { useEffect, useRef } from 'react';

/** Packets per edge at 100% share; an edge with share s carries round(s × this), at least one. */
export const PACKETS_AT_FULL_SHARE = 6;
const LOOP_SECONDS = 2.4;

interface PacketsProps {
  path: string;
  share: number;
  paused: boolean;
}

/**
 * Packets moving along a route with SVG animateMotion, evenly spaced in time, so that density
 * follows the share. Pausing freezes the edge's own SVG timeline.
 */
export function Packets({ path, share, paused }: PacketsProps) {
  const ref = useRef<SVGGElement>(null);
  const count = Math.max(1, Math.round(share * PACKETS_AT_FULL_SHARE));
  useEffect(() => {
    const svg = ref.current?.ownerSVGElement;
    if (!svg) return;
    if (paused) svg.pauseAnimations();
    else svg.unpauseAnimations();
  }, [paused]);
  return (
    <g ref={ref} className="kt-packets" data-testid="packets" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <circle key={i} r={3.5} className="kt-packet">
          <animateMotion dur={`${LOOP_SECONDS}s`} repeatCount="indefinite" path={path} begin={`${(-i * LOOP_SECONDS) / count}s`} />
        </circle>
      ))}
    </g>
  );
}
