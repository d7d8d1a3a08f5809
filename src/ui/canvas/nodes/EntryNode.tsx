import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { EntryFlowNode } from '../../../view/flowElements';

/** kube-proxy, where a node's Service traffic is routed, and the entry for traffic from outside. */
function EntryNodeView({ data }: NodeProps<EntryFlowNode>) {
  const proxy = data.kind === 'proxy';
  const arriving = `NodePort / LoadBalancer traffic arriving at ${data.node} from outside the cluster`;
  return (
    <div
      className={`kt-entry kt-entry--${data.kind}${data.note ? ' kt-entry--noted' : ''}${data.selected ? ' kt-selected' : ''}`}
      data-testid={proxy ? `proxy-${data.node}` : `external-${data.node}`}
      title={proxy ? `kube-proxy on ${data.node}` : data.note ? `${arriving}\n${data.note.title}` : arriving}
    >
      <Handle type="target" position={Position.Bottom} isConnectable={false} className="kt-handle" />
      <span aria-hidden="true">{proxy ? '⇄' : '⤓'}</span>{' '}
      {proxy ? 'kube-proxy' : data.note ? <span className="kt-entry__note">{data.note.text}</span> : 'external'}
      <Handle type="source" position={Position.Left} isConnectable={false} className="kt-handle" />
    </div>
  );
}

export const EntryNode = memo(EntryNodeView);
