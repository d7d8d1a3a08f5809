import { memo } from 'react';
import { EdgeLabelRenderer, type Edge, type EdgeProps } from '@xyflow/react';
import type { ZonePairGeometry } from '../../../view/zonePairGeometry';

export type ZonePairFlowEdge = Edge<{ geometry: ZonePairGeometry; selected: boolean; testId: string; title: string }, 'zonePair'>;

/** Dashes of the route edges' locality styles, in screen pixels (scaled by the geometry's unit). */
const DASHES: Record<string, number[]> = {
  'same-zone': [10, 4],
  'cross-zone': [4, 4],
  'unknown-zone': [1, 5],
  reject: [6, 3, 1, 3],
};

/**
 * One source → destination pair of a large cluster's routes (zone → zone at the summary level, node
 * → node at the node level): its share as label and thickness.
 */
function ZonePairEdgeView({ data }: EdgeProps<ZonePairFlowEdge>) {
  if (!data) return null;
  const { geometry, selected, testId, title } = data;
  const { pair, unit } = geometry;
  const kind = pair.verdict === 'forward' ? (pair.locality ?? 'unknown-zone') : pair.verdict;
  const dashes = DASHES[kind]?.map((d) => d * unit).join(' ');
  const text = pair.verdict === 'forward' ? pair.label : `✕ ${pair.label}`;
  const labelWidth = text.length * 8.5 + 14;
  return (
    <g className={`kt-route kt-route--${kind} kt-zone-pair${selected ? ' kt-zone-pair--selected' : ''}`} data-testid={testId}>
      <title>{title}</title>
      <path d={geometry.path} className="kt-route__hit" style={{ strokeWidth: geometry.strokeWidth + 12 * unit }} />
      <path
        d={geometry.path}
        className="kt-route__line"
        style={{ strokeWidth: geometry.strokeWidth, ...(dashes ? { strokeDasharray: dashes } : {}) }}
      />
      <polygon points={geometry.arrow} className="kt-zone-pair__arrow" />
      {geometry.labelOverBoxes && !geometry.unlabelled && (
        <EdgeLabelRenderer>
          <div
            className={`kt-route kt-route--${kind} kt-pair-label${selected ? ' kt-pair-label--selected' : ''}`}
            aria-hidden="true"
            style={{ transform: `translate(${geometry.labelX}px, ${geometry.labelY}px) scale(${unit}) translate(-50%, -50%)` }}
          >
            {text}
          </div>
        </EdgeLabelRenderer>
      )}
      {!geometry.unlabelled && !geometry.labelOverBoxes && (
        <g className="kt-route__label" transform={`translate(${geometry.labelX},${geometry.labelY}) scale(${unit})`}>
          <rect x={-labelWidth / 2} y={-11} width={labelWidth} height={22} rx={11} />
          <text textAnchor="middle" dy="0.35em">
            {text}
          </text>
        </g>
      )}
    </g>
  );
}

export const ZonePairEdge = memo(ZonePairEdgeView);
