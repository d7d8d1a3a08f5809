/**
 * The API server's part of an edit of Node, Pod and workload (Deployment, DaemonSet, StatefulSet,
 * ReplicaSet, ReplicationController) documents in place: each edited object is decoded and
 * validated again on its own and takes its old place in the cluster. A rename, a second document
 * of the same object, or an object the API server now refuses (or refused), or that the
 * playground's limits refuse, is a new workspace, not an edit.
 */
import { isWorkloadKind } from '../decode/collectWorkloads';
import type { Diagnostic, SourceRef } from '../diagnostics';
import { decodeNodeOrPodDocument, decodeWorkloadDocument, type DecodeRecord } from '../decode/decodeCluster';
import { withinLimits, workloadsWithinLimits } from '../decode/enforceLimits';
import { isObj } from '../decode/read';
import { keyOf, type ClusterState, type Deployment, type Node, type Pod } from '../model';
import type { ManifestDocument } from '../parse/manifestDocument';
import type { Workload, Workloads } from '../workloads';

/** One Node edited in place: its position in cluster.nodes, and the Node before and after. */
export interface NodeEdit {
  index: number;
  before: Node;
  after: Node;
}

/** One Pod edited in place: its position in cluster.pods (the pods as written), before and after. */
export interface PodEdit {
  index: number;
  key: string;
  before: Pod;
  after: Pod;
}

/** One workload edited in place: which pods exist (and where) is the scheduler's to say again. */
export interface WorkloadEdit {
  /** "Deployment namespace/name", "StatefulSet namespace/name", … */
  label: string;
}

export interface DecodedObjects {
  cluster: ClusterState;
  nodes: NodeEdit[];
  pods: PodEdit[];
  workloads: WorkloadEdit[];
  /** The edited documents' diagnostics, by document index, for the decode record's splice. */
  segments: { index: number; diagnostics: Diagnostic[] }[];
}

/**
 * The cluster with the Nodes and Pods of the documents at `changed` replaced by their edited
 * selves, or why they are not edits in place.
 *
 * @example
 * const decoded = decodeObjectEdits(record, cluster, documents, [3]); // { nodes: [{ index: 3, before, after }], … }
 */
export function decodeObjectEdits(
  record: DecodeRecord,
  cluster: ClusterState,
  documents: readonly ManifestDocument[],
  changed: readonly number[],
): DecodedObjects | { reason: string } {
  const nodes: NodeEdit[] = [];
  const pods: PodEdit[] = [];
  const workloads: WorkloadEdit[] = [];
  const deployments = new Map<number, Deployment>();
  const workloadLists: Workloads | undefined = cluster.workloads && { ...cluster.workloads };
  const segments: DecodedObjects['segments'] = [];
  for (const index of changed) {
    const before = record.documents[index]!;
    const after = documents[index]!;
    if (before.source.file !== after.source.file) return { reason: `document ${index + 1} moved to another file` };
    const kind = isObj(before.object) ? before.object.kind : undefined;
    if (kind === 'Deployment' || (typeof kind === 'string' && isWorkloadKind(kind))) {
      const was = decodeWorkloadDocument(before, record.version, record.gates);
      const now = decodeWorkloadDocument(after, record.version, record.gates);
      const wasObject = was.deployment ?? was.workload;
      if (!wasObject) return { reason: `document ${index + 1} was not an accepted ${kind} whose pods the playground runs` };
      const key = keyOf(wasObject.metadata);
      const label = `${kind} ${key}`;
      const nowObject = now.deployment ?? now.workload;
      if (!nowObject || (now.deployment ? 'Deployment' : now.workload!.kind) !== kind)
        return { reason: `document ${index + 1} is no longer an accepted ${kind} whose pods the playground runs` };
      if (keyOf(nowObject.metadata) !== key) return { reason: `${label} was renamed` };
      if (record.limitsRefused) return { reason: `the playground's limits refused a workload: ${label}'s pods may change which are run` };
      if (now.deployment) {
        const position = cluster.deployments.findIndex((d) => keyOf(d.metadata) === key);
        if (position < 0) return { reason: `${label} was not run` };
        if (!sameSource(cluster.deployments[position]!.source, before.source)) return { reason: `${label} is written more than once` };
        deployments.set(position, now.deployment);
      } else {
        const list = workloadLists ? listOf(workloadLists, now.workload!) : undefined;
        const position = list ? list.findIndex((w) => w.kind === kind && keyOf(w.metadata) === key) : -1;
        if (!list || position < 0) return { reason: `${label} was not run` };
        if (!sameSource(list[position]!.source, before.source)) return { reason: `${label} is written more than once` };
        const copy = list.slice();
        copy[position] = now.workload!;
        setList(workloadLists!, copy);
      }
      if (replacesAnother(record, index)) return { reason: `${label} is written more than once` };
      workloads.push({ label });
      segments.push({ index, diagnostics: now.diagnostics });
      continue;
    }
    const was = decodeNodeOrPodDocument(before, record.version, record.gates);
    const now = decodeNodeOrPodDocument(after, record.version, record.gates);
    if (!was.node && !was.pod) return { reason: `document ${index + 1} was not an accepted Service, Node or Pod` };
    if (was.node) {
      if (!now.node) return { reason: `document ${index + 1} is no longer an accepted Node` };
      const name = was.node.metadata.name;
      if (now.node.metadata.name !== name) return { reason: `Node ${name} was renamed` };
      const position = cluster.nodes.findIndex((node) => node.metadata.name === name);
      if (position < 0) return { reason: `Node ${name} was not in the cluster` };
      if (!sameSource(cluster.nodes[position]!.source, before.source)) return { reason: `Node ${name} is written more than once` };
      nodes.push({ index: position, before: cluster.nodes[position]!, after: now.node });
    } else {
      const key = keyOf(was.pod!.metadata);
      if (!now.pod) return { reason: `document ${index + 1} is no longer an accepted Pod` };
      if (keyOf(now.pod.metadata) !== key) return { reason: `Pod ${key} was renamed` };
      // Who owns a pod decides whether the playground's limits count it as a bare pod.
      if (JSON.stringify(was.pod!.controllerRef) !== JSON.stringify(now.pod.controllerRef))
        return { reason: `Pod ${key}: its ownerReferences changed` };
      const { namespace, name } = was.pod!.metadata;
      const position = cluster.pods.findIndex((pod) => pod.metadata.name === name && pod.metadata.namespace === namespace);
      if (position < 0) return { reason: `Pod ${key} is past the playground's limits` };
      if (!sameSource(cluster.pods[position]!.source, before.source)) return { reason: `Pod ${key} is written more than once` };
      pods.push({ index: position, key, before: cluster.pods[position]!, after: now.pod });
    }
    // The cluster holds this document's object (checked above); an earlier document of the same
    // name would have made it warn that it replaces that one.
    if (replacesAnother(record, index))
      return { reason: `${was.node ? `Node ${was.node.metadata.name}` : `Pod ${keyOf(was.pod!.metadata)}`} is written more than once` };
    segments.push({ index, diagnostics: now.diagnostics });
  }

  let next = cluster;
  if (workloads.length) {
    const list = cluster.deployments.slice();
    for (const [position, deployment] of deployments) list[position] = deployment;
    next = { ...next, deployments: list, ...(workloadLists ? { workloads: workloadLists } : {}) };
    // The limits weigh every workload's replicas against the pods before it: none may be refused now.
    const refused: Diagnostic[] = [];
    const simulated = withinLimits(next.pods, list, refused);
    if (next.workloads) workloadsWithinLimits(next.workloads, simulated.total, refused);
    if (refused.length > 0) return { reason: `${workloads[0]!.label}: the playground's limits now refuse a workload` };
  }
  if (nodes.length) {
    const list = cluster.nodes.slice();
    for (const edit of nodes) list[edit.index] = edit.after;
    next = { ...next, nodes: list };
  }
  if (pods.length) {
    const list = cluster.pods.slice();
    for (const edit of pods) list[edit.index] = edit.after;
    next = { ...next, pods: list };
  }
  return { cluster: next, nodes, pods, workloads, segments };
}

/** The list of `workloads` that holds workloads of this one's kind. */
function listOf(workloads: Workloads, workload: Workload): Workload[] {
  return workload.kind === 'DaemonSet'
    ? workloads.daemonSets
    : workload.kind === 'StatefulSet'
      ? workloads.statefulSets
      : workloads.replicaSets;
}

function setList(workloads: Workloads, list: Workload[]): void {
  const kind = list[0]!.kind;
  if (kind === 'DaemonSet') workloads.daemonSets = list as Workloads['daemonSets'];
  else if (kind === 'StatefulSet') workloads.statefulSets = list as Workloads['statefulSets'];
  else workloads.replicaSets = list as Workloads['replicaSets'];
}

/** Decoding document `index` warned that it replaces an object an earlier document wrote. */
function replacesAnother(record: DecodeRecord, index: number): boolean {
  for (let i = record.documentStarts[index]!; i < record.documentStarts[index + 1]!; i++)
    if (record.diagnostics[i]!.message.includes(' is defined more than once; this later definition replaces')) return true;
  return false;
}

/** The object in the cluster came from this document (a later document of the same name would have replaced it). */
function sameSource(a: SourceRef, b: SourceRef): boolean {
  const [x, y] = [a.range, b.range];
  return a.file === b.file && x.line === y.line && x.column === y.column && x.endLine === y.endLine && x.endColumn === y.endColumn;
}
