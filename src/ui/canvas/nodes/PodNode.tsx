import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { DriftBadge } from '../events/DriftBadge';
import { podTooltip, type PodFlowNode } from '../../../view/flowElements';
import type { OwnerBadge } from '../../../view/ownerBadge';

/** The pod's name: shortened in the middle when the box is narrow, the full name shown while the box has focus. */
function PodName({ name, label }: { name: string; label: string }) {
  if (label === name) return <>{name}</>;
  return (
    <>
      <span className="kt-pod__short" aria-hidden="true">
        {label}
      </span>
      <span className="kt-pod__full">{name}</span>
    </>
  );
}

/** The controller that made the pod, as a short tag; the tooltip and the inspector say it in full. */
function OwnerTag({ owner }: { owner: OwnerBadge | undefined }) {
  if (!owner) return null;
  return (
    <span className="kt-pod__owner" aria-hidden="true" data-testid="pod-owner">
      {owner.text}
    </span>
  );
}

/** A pod: client pods are drawn apart from backends, which carry their app's colour. */
function PodNodeView({ data }: NodeProps<PodFlowNode>) {
  const { pod, look } = data;
  const role = pod.client ? 'client' : 'backend';
  const classes = [
    'kt-pod',
    `kt-pod--${role}`,
    `kt-pod--${look.status}`,
    data.compact ? 'kt-pod--compact' : '',
    data.compact && (data.owner || data.drift) ? 'kt-pod--tagged' : '',
    data.appSlot !== undefined ? `kt-app-${data.appSlot}` : '',
    data.selected ? 'kt-selected' : '',
    data.reached ? 'kt-reached' : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')} data-testid={`pod-${pod.key}`} title={podTooltip(pod, look)}>
      <Handle type="target" position={Position.Top} isConnectable={false} className="kt-handle" />
      <div className="kt-pod__name">
        {pod.client ? (
          <span className="kt-pod__client-tag" aria-hidden="true">
            ⇢
          </span>
        ) : (
          data.compact && (
            <span className="kt-pod__shape kt-pod__lead" aria-hidden="true">
              {look.shape}
            </span>
          )
        )}
        <PodName name={pod.name} label={data.label} />
      </div>
      {data.compact ? (
        (data.owner || data.drift) && (
          // One row on the box's bottom border, below the name: the drift first, the owner at the right.
          <span className="kt-pod__tags">
            <DriftBadge kind="Pod" objectKey={pod.key} badge={data.drift} />
            <OwnerTag owner={data.owner} />
          </span>
        )
      ) : (
        <div className="kt-pod__meta">
          <span className="kt-pod__status">
            <span className="kt-pod__shape" aria-hidden="true">
              {look.shape}
            </span>{' '}
            {look.text}
          </span>
          <OwnerTag owner={data.owner} />
          <span className="kt-pod__role">{pod.client ? 'client' : (pod.labels['app'] ?? pod.namespace)}</span>
          <DriftBadge kind="Pod" objectKey={pod.key} badge={data.drift} />
        </div>
      )}
      <Handle type="source" position={Position.Top} isConnectable={false} className="kt-handle" />
    </div>
  );
}

export const PodNode = memo(PodNodeView);
