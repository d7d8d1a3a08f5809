import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { formatShare } from '../../../engine';
import { useStore } from '../../../state';
import { LISTED_CLASSES, type AreaSummaryFlowNode } from '../../../view/summaryNodes';
import type { ClassSummary } from '../../../view/clusterSummary';

const titles = {
  zone: 'zone',
  'no-zone': 'nodes without a zone label',
  unscheduled: 'not scheduled',
} as const;

const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * A zone of a large cluster, zoomed out: its counts, its nodes grouped by kube-proxy's answer for
 * the drawn Service (each class a button selecting its first node: every member answers alike),
 * and where its clients' traffic goes, zone by zone. Zooming in draws the nodes themselves.
 */
function AreaSummaryNodeView({ data }: NodeProps<AreaSummaryFlowNode>) {
  const { summary } = data;
  const select = (cls: ClassSummary) => useStore.getState().select({ kind: 'node', id: cls.first });
  const onClick = (event: MouseEvent<HTMLButtonElement>, cls: ClassSummary) => {
    // The zone box around would select the zone.
    event.stopPropagation();
    select(cls);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, cls: ClassSummary) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    select(cls);
  };
  const listed = summary.classes.slice(0, LISTED_CLASSES);
  const hidden = summary.classes.slice(LISTED_CLASSES);
  const name = data.kind === 'zone' ? data.name : titles[data.kind];
  return (
    <div className={`kt-area kt-area--${data.kind} kt-area--summary${data.selected ? ' kt-selected' : ''}`} data-testid={data.testId}>
      {/* Zone-pair edges attach here (they draw their own paths). */}
      <Handle type="target" position={Position.Top} isConnectable={false} className="kt-handle" />
      <Handle type="source" position={Position.Top} isConnectable={false} className="kt-handle" />
      <div className="kt-zone-summary" style={{ width: data.contentWidth, transform: `scale(${data.scale})` }}>
        <div className="kt-zone-summary__title">
          {data.kind === 'zone' && <span className="kt-area__kind">zone </span>}
          {name}
        </div>
        <div className="kt-zone-summary__counts">
          {data.kind === 'unscheduled'
            ? count(summary.pods, 'pod')
            : `${count(summary.nodes, 'node')} · ${count(summary.pods, 'pod')}${summary.clients ? ` · ${count(summary.clients, 'client')}` : ''}`}
        </div>
        {listed.length > 0 && (
          <ul className="kt-zone-summary__classes" aria-label={`Nodes of ${name} by kube-proxy's answer`}>
            {listed.map((cls) => (
              <li key={cls.id}>
                <button
                  type="button"
                  className={`kt-zone-summary__class kt-zone-summary__class--${cls.verdict ?? 'none'}${data.selectedClass === cls.id ? ' kt-selected' : ''} nodrag`}
                  data-testid={`class-${cls.id}`}
                  data-id={`node:${cls.first}`}
                  aria-pressed={data.selectedClass === cls.id}
                  title={cls.reason || undefined}
                  aria-label={`${count(cls.nodes, 'node')} like ${cls.first}, ${count(cls.pods, 'pod')}: ${cls.summary}. Inspect ${cls.first}`}
                  onClick={(e) => onClick(e, cls)}
                  onKeyDown={(e) => onKeyDown(e, cls)}
                >
                  <span className="kt-zone-summary__class-count">
                    {count(cls.nodes, 'node')}
                    <span className="kt-zone-summary__class-pods"> · {count(cls.pods, 'pod')}</span>
                  </span>
                  <span className="kt-zone-summary__class-answer">{cls.summary}</span>
                </button>
              </li>
            ))}
            {hidden.length > 0 && (
              <li className="kt-zone-summary__more">
                {count(hidden.length, 'more class')} (
                {count(
                  hidden.reduce((n, c) => n + c.nodes, 0),
                  'node',
                )}
                )
              </li>
            )}
          </ul>
        )}
        {(summary.routes.length > 0 || summary.lost > 0) && (
          <div className="kt-zone-summary__routes" data-testid={`zone-routes-${data.testId}`}>
            <span className="kt-area__kind">clients here send</span>{' '}
            {[
              ...summary.routes.slice(0, 4).map((r) => `${formatShare(r.share)} → ${r.zone || 'no zone'}`),
              ...(summary.routes.length > 4 ? [`${summary.routes.length - 4} more zones`] : []),
              ...(summary.lost > 0 ? [`${formatShare(summary.lost)} dropped`] : []),
            ].join(' · ')}
          </div>
        )}
        <div className="kt-zone-summary__hint">Zoom in to draw the nodes</div>
      </div>
    </div>
  );
}

export const AreaSummaryNode = memo(AreaSummaryNodeView);
