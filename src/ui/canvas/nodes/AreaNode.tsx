import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { AreaFlowNode } from '../../../view/flowElements';
import { PodChips } from './PodChips';

const titles = {
  zone: 'zone',
  'no-zone': 'nodes without a zone label',
  unscheduled: 'not scheduled',
} as const;

/** A zone's group box, or the shared "no zone" / "unscheduled" areas. */
function AreaNodeView({ data }: NodeProps<AreaFlowNode>) {
  return (
    <div className={`kt-area kt-area--${data.kind}${data.selected ? ' kt-selected' : ''}`} data-testid={data.testId}>
      <div className="kt-area__title">
        {data.kind === 'zone' ? (
          <>
            <span className="kt-area__kind">{titles.zone}</span> {data.name}
          </>
        ) : (
          <span className="kt-area__kind">{titles[data.kind]}</span>
        )}
      </div>
      {data.chips && <PodChips chips={data.chips} owner={data.kind === 'zone' ? data.name : titles[data.kind]} />}
    </div>
  );
}

export const AreaNode = memo(AreaNodeView);
