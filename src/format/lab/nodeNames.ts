/**
 * Which real node stands for which workspace node. kind and minikube name their nodes themselves
 * (`<cluster>-control-plane`, `<cluster>-worker`, `<cluster>-worker2` …; `<profile>`, `<profile>-m02` …),
 * so the workspace's nodes are mapped in order, control planes first.
 */
import type { LabTool } from './labTypes';

export interface LabNode {
  /** The workspace's name. */
  name: string;
  /** The name the local cluster gives it. */
  real: string;
  role: 'control-plane' | 'worker';
  labels: Record<string, string>;
  taints: { key: string; value?: string; effect: string }[];
  unschedulable: boolean;
  /** Added by the lab: the workspace has no control-plane node, and both tools need one. */
  added?: boolean;
}

export const DEFAULT_CLUSTER_NAME = 'ktp-lab';
const CONTROL_PLANE_TAINT = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

/** A cluster name the workspace's node names already follow (so the real names come out the same), else ktp-lab. */
export function clusterNameFor(tool: LabTool, nodes: readonly { name: string; role: LabNode['role'] }[]): string {
  const first = nodes.find((n) => n.role === 'control-plane')?.name;
  if (tool === 'kind' && first?.endsWith('-control-plane')) return first.slice(0, -'-control-plane'.length);
  if (tool === 'minikube' && first && nodes.every((n, i) => n.name === (i === 0 ? first : `${first}-m${String(i + 1).padStart(2, '0')}`))) {
    return first;
  }
  return DEFAULT_CLUSTER_NAME;
}

/** The workspace's nodes in the order the tool creates them, with their real names. */
export function mapNodes(tool: LabTool, workspaceNodes: readonly Omit<LabNode, 'real'>[]): { cluster: string; nodes: LabNode[] } {
  const ordered = [...workspaceNodes.filter((n) => n.role === 'control-plane'), ...workspaceNodes.filter((n) => n.role === 'worker')];
  if (!ordered.some((n) => n.role === 'control-plane')) {
    ordered.unshift({
      name: '(control plane)',
      role: 'control-plane',
      labels: {},
      taints: [CONTROL_PLANE_TAINT],
      unschedulable: false,
      added: true,
    });
  }
  const cluster = clusterNameFor(tool, ordered);
  let workers = 0;
  let planes = 0;
  const nodes = ordered.map((node, i) => {
    let real: string;
    if (tool === 'minikube') real = i === 0 ? cluster : `${cluster}-m${String(i + 1).padStart(2, '0')}`;
    else if (node.role === 'control-plane') real = `${cluster}-control-plane${planes++ === 0 ? '' : planes}`;
    else real = `${cluster}-worker${workers++ === 0 ? '' : workers}`;
    return { ...node, real };
  });
  return { cluster, nodes };
}

/** The real name of a workspace node; unknown names stay as they are. */
export function realNodeName(nodes: readonly LabNode[], name: string): string {
  return nodes.find((n) => n.name === name)?.real ?? name;
}
