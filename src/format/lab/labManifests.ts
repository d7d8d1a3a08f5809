/**
 * The workspace's objects as `kubectl apply` takes them on a fresh cluster: what the API server or
 * a controller writes (status, managedFields, uid, allocated cluster IPs, controller-owned pods) is
 * removed, Node objects become labels and taints in setup.sh, and node names are the real ones.
 */
import { stringify } from 'yaml';
import { isPlainObject } from '../../engine';
import type { LabNode } from './nodeNames';
import { realNodeName } from './nodeNames';

/** Kinds the lab does not apply, and where they went instead. */
const NOT_APPLIED: Record<string, string> = {
  Node: 'the cluster creates its nodes; setup.sh labels and taints them',
  KubeProxyConfiguration: 'kube-proxy is configured by the cluster config (kind-config.yaml or minikube start flags)',
  EndpointSlice: 'the EndpointSlice controller writes them from the Services and pods',
};

const SERVER_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink', 'ownerReferences'];
const HOSTNAME = 'kubernetes.io/hostname';

export interface LabManifest {
  file: string;
  objects: Record<string, unknown>[];
}

export interface SkippedObject {
  kind: string;
  name: string;
  why: string;
}

const isObj = isPlainObject;

/** A user-written EndpointSlice (no controller label) is applied: it is how selectorless Services get endpoints. */
function writtenByController(object: Record<string, unknown>): boolean {
  const labels = isObj(object.metadata) && isObj(object.metadata.labels) ? object.metadata.labels : {};
  return object.kind === 'EndpointSlice' && labels['endpointslice.kubernetes.io/managed-by'] !== undefined;
}

function withRealNodes(spec: Record<string, unknown>, nodes: readonly LabNode[]): void {
  if (typeof spec.nodeName === 'string') spec.nodeName = realNodeName(nodes, spec.nodeName);
  if (isObj(spec.nodeSelector) && typeof spec.nodeSelector[HOSTNAME] === 'string') {
    spec.nodeSelector[HOSTNAME] = realNodeName(nodes, spec.nodeSelector[HOSTNAME]);
  }
}

/** One object cleaned for apply, or why it is left out. */
export function labObject(object: Record<string, unknown>, nodes: readonly LabNode[]): Record<string, unknown> | string {
  const kind = String(object.kind ?? '');
  if (NOT_APPLIED[kind] && (kind !== 'EndpointSlice' || writtenByController(object))) return NOT_APPLIED[kind]!;
  const meta = isObj(object.metadata) ? object.metadata : {};
  const owners = Array.isArray(meta.ownerReferences) ? meta.ownerReferences : [];
  const controller = owners.find((owner) => isObj(owner) && owner.controller === true);
  if (isObj(controller)) return `its controller (${String(controller.kind)} ${String(controller.name)}) creates it`;
  const copy = structuredClone(object);
  delete copy.status;
  const copyMeta = isObj(copy.metadata) ? copy.metadata : {};
  for (const field of SERVER_METADATA) delete copyMeta[field];
  if (isObj(copyMeta.annotations)) {
    delete copyMeta.annotations['kubectl.kubernetes.io/last-applied-configuration'];
    delete copyMeta.annotations['deployment.kubernetes.io/revision'];
    if (Object.keys(copyMeta.annotations).length === 0) delete copyMeta.annotations;
  }
  const spec = isObj(copy.spec) ? copy.spec : undefined;
  if (kind === 'Service' && spec) {
    // The local cluster's Service range differs: let it allocate, except headless Services.
    if (spec.clusterIP !== 'None') {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    }
  }
  if (kind === 'Pod' && spec) withRealNodes(spec, nodes);
  const template = spec && isObj(spec.template) && isObj(spec.template.spec) ? spec.template.spec : undefined;
  if (template) withRealNodes(template, nodes);
  return copy;
}

/** The manifests folder: one file per workspace file that has something to apply. */
export function labManifests(
  documents: readonly { file: string; object: Record<string, unknown> }[],
  nodes: readonly LabNode[],
): { manifests: LabManifest[]; skipped: SkippedObject[] } {
  const byFile = new Map<string, Record<string, unknown>[]>();
  const skipped: SkippedObject[] = [];
  for (const { file, object } of documents) {
    const cleaned = labObject(object, nodes);
    const name = isObj(object.metadata) ? String(object.metadata.name ?? '') : '';
    if (typeof cleaned === 'string') {
      skipped.push({ kind: String(object.kind ?? '?'), name, why: cleaned });
      continue;
    }
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(cleaned);
  }
  return { manifests: [...byFile].map(([file, objects]) => ({ file, objects })), skipped };
}

/** A manifest file's text: its objects as YAML documents. */
export function manifestText(manifest: LabManifest): string {
  return manifest.objects.map((object) => stringify(object, { lineWidth: 0 })).join('---\n');
}
