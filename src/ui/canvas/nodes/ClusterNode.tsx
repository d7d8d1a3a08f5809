import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { DriftBadge } from '../events/DriftBadge';
import type { ClusterFlowNode } from '../../../view/flowElements';
import { PodChips } from './PodChips';

/** A Kubernetes Node: its name, and flags that change where pods and traffic go. */
function ClusterNodeView({ data }: NodeProps<ClusterFlowNode>) {
  const { node } = data;
  const flags = [
    node.generated ? 'default cluster' : '',
    node.controlPlane ? 'control plane' : '',
    node.ready ? '' : 'NotReady',
    node.schedulable ? '' : 'cordoned',
  ].filter(Boolean);
  return (
    <div
      className={`kt-node${data.compact ? ' kt-node--compact' : ''}${data.selected ? ' kt-selected' : ''}${data.reached ? ' kt-reached' : ''}${node.ready ? '' : ' kt-node--not-ready'}${node.generated ? ' kt-node--generated' : ''}`}
      data-testid={`node-${node.name}`}
      title={
        node.generated ? 'Supplied by the playground: the input has no Node objects. Add a Node to replace the default cluster.' : undefined
      }
    >
      <div
        className="kt-node__title"
        style={data.titleLeft === undefined ? undefined : { paddingLeft: data.titleLeft + 4 }}
        title={data.compact ? [node.name, ...flags].join(' · ') : undefined}
      >
        <span className="kt-node__icon" aria-hidden="true">
          ▣
        </span>
        <span className="kt-node__name">{node.name}</span>
        {flags.length > 0 && <span className="kt-node__flags">{flags.join(' · ')}</span>}
        <DriftBadge kind="Node" objectKey={node.name} badge={data.drift} />
      </div>
      {data.chips && <PodChips chips={data.chips} owner={node.name} />}
      {data.podCount !== undefined && (
        <>
          {/* Routes to the node's pods end at the node while they are not drawn. */}
          <Handle type="target" position={Position.Top} isConnectable={false} className="kt-handle" />
          <Handle type="source" position={Position.Top} isConnectable={false} className="kt-handle" />
        </>
      )}
      {data.podCount !== undefined && (
        <div className="kt-node__pods">
          {data.podCount.toLocaleString('en-US')} pod{data.podCount === 1 ? '' : 's'} · zoom in to draw them
        </div>
      )}
    </div>
  );
}

export const ClusterNode = memo(ClusterNodeView);
