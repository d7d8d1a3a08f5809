/** What the live cluster holds that the files do not say: the canvas marks these objects. */
import { keyOf, type ClusterState, type Node, type Pod } from '../model';
import { schedulePods } from '../scheduler/schedulePods';
import { controllerOf } from './schedule';
import { encodeDeployment, encodeService } from './encodeObjects';
import type { DriftEntry, DriftKind } from './types';

type Fields<T> = (a: T, b: T) => string[];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const nodeFields: Fields<Node> = (a, b) =>
  [
    a.unschedulable !== b.unschedulable && 'spec.unschedulable',
    !same(a.taints, b.taints) && 'spec.taints',
    a.ready !== b.ready && 'status.conditions[Ready]',
    !same(a.metadata.labels, b.metadata.labels) && 'metadata.labels',
  ].filter((f): f is string => f !== false);

const podFields: Fields<Pod> = (a, b) =>
  [
    a.spec.nodeName !== b.spec.nodeName && 'spec.nodeName',
    a.metadata.deletionTimestamp !== b.metadata.deletionTimestamp && 'metadata.deletionTimestamp',
    a.status.phase !== b.status.phase && 'status.phase',
    a.status.ready !== b.status.ready && 'status.conditions[Ready]',
    !same(a.metadata.labels, b.metadata.labels) && 'metadata.labels',
  ].filter((f): f is string => f !== false);

/** Field paths of two encoded objects that differ, one level under metadata and spec. */
function objectFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const part of ['metadata', 'spec', 'status']) {
    const x = (a[part] ?? {}) as Record<string, unknown>;
    const y = (b[part] ?? {}) as Record<string, unknown>;
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) if (!same(x[key], y[key])) out.push(`${part}.${key}`);
  }
  return out;
}

function compare<T>(
  kind: DriftKind,
  before: readonly T[],
  after: readonly T[],
  key: (o: T) => string,
  fields: Fields<T>,
  out: DriftEntry[],
  uid: (o: T) => string | undefined = () => undefined,
  creator: (o: T) => string | undefined = () => undefined,
): void {
  const old = new Map(before.map((o) => [key(o), o]));
  const now = new Set<string>();
  for (const object of after) {
    const k = key(object);
    now.add(k);
    const was = old.get(k);
    const by = was && uid(was) === uid(object) ? undefined : creator(object);
    if (!was) out.push({ kind, key: k, change: 'created', fields: [], ...(by ? { by } : {}) });
    else if (uid(was) !== uid(object)) out.push({ kind, key: k, change: 'recreated', fields: [], ...(by ? { by } : {}) });
    else {
      const changed = fields(was, object);
      if (changed.length) out.push({ kind, key: k, change: 'modified', fields: changed });
    }
  }
  for (const k of old.keys()) if (!now.has(k)) out.push({ kind, key: k, change: 'deleted', fields: [] });
}

/**
 * Compares the cluster the files describe (its pods as the scheduler first places them) with the
 * live one from `simulateCluster`.
 *
 * @example
 * describeDrift(base, simulateCluster(base, [cordonM02], 0).cluster);
 * // [{ kind: 'Node', key: 'mnode-m02', change: 'modified', fields: ['spec.unschedulable'] }]
 */
export function describeDrift(files: ClusterState, current: ClusterState): DriftEntry[] {
  const out: DriftEntry[] = [];
  compare('Node', files.nodes, current.nodes, (n) => n.metadata.name, nodeFields, out);
  const filePods = files.pods === current.pods ? current.pods : schedulePods(files).pods;
  // A pod with the name of one of the files' but another UID is a new pod (a StatefulSet's replacement).
  compare(
    'Pod',
    filePods,
    current.pods,
    (p) => keyOf(p.metadata),
    podFields,
    out,
    (p) => p.metadata.uid,
    // Who created a new pod: its controller (a pod of `kubectl apply` has none).
    (p) => (p.owner ? controllerOf(p) : undefined),
  );
  compare(
    'Deployment',
    files.deployments,
    current.deployments,
    (d) => keyOf(d.metadata),
    (a, b) => objectFields(encodeDeployment(a), encodeDeployment(b)),
    out,
  );
  compare(
    'Service',
    files.services,
    current.services,
    (s) => keyOf(s.metadata),
    (a, b) => objectFields(encodeService(a), encodeService(b)),
    out,
  );
  compare(
    'EndpointSlice',
    files.endpointSlices,
    current.endpointSlices,
    (s) => keyOf(s.slice.metadata),
    (a, b) => (same(a.slice, b.slice) ? [] : ['endpoints']),
    out,
  );
  const proxy = (c: ClusterState) => ({
    mode: c.kubeProxy.mode,
    ipvsScheduler: c.kubeProxy.ipvsScheduler,
    featureGates: c.kubeProxy.featureGates,
  });
  const fields = objectFields({ spec: proxy(files) }, { spec: proxy(current) }).map((f) => f.slice('spec.'.length));
  if (fields.length) out.push({ kind: 'KubeProxyConfiguration', key: 'kube-proxy', change: 'modified', fields });
  return out;
}
