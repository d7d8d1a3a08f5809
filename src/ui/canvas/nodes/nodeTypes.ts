import type { NodeTypes } from '@xyflow/react';
import { AreaNode } from './AreaNode';
import { AreaSummaryNode } from './AreaSummaryNode';
import { ClusterNode } from './ClusterNode';
import { EntryNode } from './EntryNode';
import { PodNode } from './PodNode';

/** Defined once at module level so React Flow never remounts nodes. */
export const nodeTypes: NodeTypes = {
  area: AreaNode,
  areaSummary: AreaSummaryNode,
  clusterNode: ClusterNode,
  pod: PodNode,
  entry: EntryNode,
};
