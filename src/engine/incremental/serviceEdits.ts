/**
 * The API server's part of an edit of Service documents only: each edited Service is decoded and
 * validated again on its own, and keeps what the allocators gave it, which an edit that leaves
 * every field they read alone cannot change (for it or for any other Service: the allocators walk
 * the Services in order, and each one's share depends on what the ones before it asked for).
 */
import type { Diagnostic, SourceRef } from '../diagnostics';
import type { PendingService } from '../decode/allocateServices';
import { emptyWorkloads, governingServiceDiagnostics } from '../decode/collectWorkloads';
import { decodeServiceDocument, type DecodeRecord } from '../decode/decodeCluster';
import { serviceToModel } from '../decode/serviceToModel';
import type { ClusterState, Service } from '../model';
import type { ManifestDocument } from '../parse/manifestDocument';
import type { WrittenService } from '../validation/writtenService';

/** One edited Service: its position in cluster.services, and the Service as it now is. */
export interface ServiceEdit {
  index: number;
  key: string;
  service: Service;
  /** Its selector changed: which pods it selects may have changed. */
  selectorChanged: boolean;
}

export type DecodedEdit =
  { cluster: ClusterState; diagnostics: Diagnostic[]; edits: ServiceEdit[]; record: DecodeRecord } | { reason: string };

/**
 * The cluster and decode diagnostics after the documents at `changed` were replaced by those of
 * `documents`, when every change is an accepted Service written by one document whose allocation
 * stays as it was; why not otherwise. `record` is updated for the next edit only on success.
 *
 * @example
 * const decoded = decodeServiceEdits(record, cluster, documents, [12], servicePositions);
 */
export function decodeServiceEdits(
  record: DecodeRecord,
  cluster: ClusterState,
  documents: readonly ManifestDocument[],
  changed: readonly number[],
  servicePositions: ReadonlyMap<string, number>,
  /** The diagnostics of other edited documents (Nodes, Pods), spliced in at their places too. */
  otherSegments: readonly { index: number; diagnostics: Diagnostic[] }[] = [],
): DecodedEdit {
  if (!record.sawNode) return { reason: 'the cluster is the default one (no Node objects): its nodes depend on the Services' };
  const edits: ServiceEdit[] = [];
  const segments: { index: number; diagnostics: Diagnostic[] }[] = [];
  const accepted: { key: string; entry: PendingService & { source: SourceRef } }[] = [];
  for (const index of changed) {
    const key = record.serviceDocuments.get(index);
    if (key === undefined) return { reason: `document ${index + 1} was not an accepted Service` };
    if (record.serviceWrites.get(key) !== 1) return { reason: `Service ${key} is written more than once` };
    if (record.allocation.objects.has(`Service ${key}`)) return { reason: `Service ${key} has allocation diagnostics` };
    const before = record.documents[index]!;
    const after = documents[index]!;
    if (before.source.file !== after.source.file) return { reason: `document ${index + 1} moved to another file` };
    const now = decodeServiceDocument(after, record.version, record.gates);
    if (!now.service) return { reason: `document ${index + 1} is no longer an accepted Service` };
    if (keyOfWritten(now.service.written) !== key) return { reason: `Service ${key} was renamed` };
    const was = decodeServiceDocument(before, record.version, record.gates);
    if (!was.service || allocationSignature(was.service.written) !== allocationSignature(now.service.written))
      return { reason: `Service ${key}: a field the allocators read changed` };
    const allocated = record.services.get(key);
    const position = servicePositions.get(key);
    if (!allocated || position === undefined) return { reason: `Service ${key} was not allocated` };
    keepAllocation(now.service.written, allocated.written);
    const service = serviceToModel(now.service.written, now.service.source);
    const selectorChanged = JSON.stringify(was.service.written.selector) !== JSON.stringify(now.service.written.selector);
    edits.push({ index: position, key, service, selectorChanged });
    segments.push({ index, diagnostics: now.diagnostics });
    accepted.push({ key, entry: now.service });
  }

  for (const segment of otherSegments) segments.push(segment);
  const services = cluster.services.slice();
  for (const edit of edits) services[edit.index] = edit.service;
  const next: ClusterState = { ...cluster, services };
  const diagnostics = spliceDiagnostics(record, segments, governingServiceDiagnostics(cluster.workloads ?? emptyWorkloads(), services));
  for (const { key, entry } of accepted) record.services.set(key, entry);
  return { cluster: next, diagnostics, edits, record };
}

/** Everything allocateServices reads of a Service (besides its key): equal signatures, equal allocations. */
function allocationSignature(svc: WrittenService): string {
  return JSON.stringify([
    svc.type,
    svc.clusterIP,
    svc.clusterIPs,
    svc.ipFamilyPolicy,
    svc.ipFamilies,
    !svc.selector,
    svc.ports.map((p) => [p.port, p.protocol, p.nodePort]),
    svc.healthCheckNodePort,
    svc.externalTrafficPolicy,
    svc.allocateLoadBalancerNodePorts,
    svc.loadBalancerIPs,
    svc.loadBalancerHostnames,
    svc.live,
  ]);
}

/** What allocateServices wrote into the Service the last time, written again into the edited one. */
function keepAllocation(svc: WrittenService, allocated: WrittenService): void {
  svc.clusterIP = allocated.clusterIP;
  if (allocated.clusterIPs !== undefined) svc.clusterIPs = allocated.clusterIPs;
  if (allocated.ipFamilyPolicy !== undefined) svc.ipFamilyPolicy = allocated.ipFamilyPolicy;
  if (allocated.ipFamilies !== undefined) svc.ipFamilies = allocated.ipFamilies;
  svc.ports.forEach((p, i) => (p.nodePort = allocated.ports[i]!.nodePort));
  svc.healthCheckNodePort = allocated.healthCheckNodePort;
  svc.loadBalancerIPs = allocated.loadBalancerIPs;
}

function keyOfWritten(svc: WrittenService): string {
  return `${svc.metadata.namespace}/${svc.metadata.name}`;
}

/**
 * The decode diagnostics with the edited documents' parts replaced and the governing Services'
 * part written again; the record's positions follow.
 */
function spliceDiagnostics(
  record: DecodeRecord,
  segments: readonly { index: number; diagnostics: Diagnostic[] }[],
  governing: readonly Diagnostic[],
): Diagnostic[] {
  const old = record.diagnostics;
  const starts = record.documentStarts;
  const sorted = [...segments].sort((a, b) => a.index - b.index);
  const out: Diagnostic[] = [];
  let copied = 0;
  const copyTo = (end: number) => {
    for (let i = copied; i < end; i++) out.push(old[i]!);
  };
  // Positions move only after an edit that changed its document's count of diagnostics (rarely).
  let newStarts = starts;
  let shift = 0;
  for (const { index, diagnostics } of sorted) {
    copyTo(starts[index]!);
    for (const d of diagnostics) out.push(d);
    copied = starts[index + 1]!;
    const delta = diagnostics.length - (starts[index + 1]! - starts[index]!);
    if (delta !== 0) {
      if (newStarts === starts) newStarts = starts.slice();
      for (let next = index + 1; next < starts.length; next++) newStarts[next]! += delta;
    }
    shift += delta;
  }
  copyTo(record.allocation.end);
  const allocation = { start: record.allocation.start + shift, end: record.allocation.end + shift, objects: record.allocation.objects };
  const governingStart = out.length;
  for (const d of governing) out.push(d);
  const governingEnd = out.length;
  copied = record.governing.end;
  copyTo(old.length);
  record.diagnostics = out;
  record.documentStarts = newStarts;
  record.allocation = allocation;
  record.governing = { start: governingStart, end: governingEnd };
  return out;
}
