/**
 * The API server's part of an edit of Node and Pod documents in place: each edited object is
 * decoded and validated again on its own and takes its old place in the cluster. A rename, a
 * second document of the same object, or an object the API server now refuses (or refused) is a
 * new workspace, not an edit.
 */
import type { Diagnostic, SourceRef } from '../diagnostics';
import { decodeNodeOrPodDocument, type DecodeRecord } from '../decode/decodeCluster';
import { keyOf, type ClusterState, type Node, type Pod } from '../model';
import type { ManifestDocument } from '../parse/manifestDocument';

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

export interface DecodedObjects {
  cluster: ClusterState;
  nodes: NodeEdit[];
  pods: PodEdit[];
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
  const segments: DecodedObjects['segments'] = [];
  for (const index of changed) {
    const before = record.documents[index]!;
    const after = documents[index]!;
    if (before.source.file !== after.source.file) return { reason: `document ${index + 1} moved to another file` };
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
  return { cluster: next, nodes, pods, segments };
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
