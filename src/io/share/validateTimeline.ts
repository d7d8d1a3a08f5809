/**
 * Checks the cluster events of a shared timeline (src/engine/events/types.ts) one by one, and
 * copies them field by field: a link cannot smuggle extra fields or prototype keys into a patch.
 */
import type { ClusterEvent, TimelineEvent, WorkloadKind } from '../../engine';
import { isPlainObject } from '../../engine';

type Fields = Record<string, unknown>;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 1_000;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A deep copy of JSON data without prototype keys, or undefined when it is not JSON data. */
function plainJson(value: unknown, depth = 0): unknown {
  if (depth > 32) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
    return value;
  if (Array.isArray(value)) {
    const items = value.map((v) => plainJson(v, depth + 1));
    return items.includes(undefined) ? undefined : items;
  }
  if (!isPlainObject(value)) return undefined;
  const out: Fields = {};
  for (const [key, v] of Object.entries(value)) {
    if (UNSAFE_KEYS.has(key)) continue;
    const copy = plainJson(v, depth + 1);
    if (copy === undefined) return undefined;
    out[key] = copy;
  }
  return out;
}

const NAMED: Record<string, 'node' | 'zone' | 'pod'> = {
  'node.cordon': 'node',
  'node.uncordon': 'node',
  'node.notReady': 'node',
  'node.ready': 'node',
  'node.delete': 'node',
  'zone.outage': 'zone',
  'zone.recover': 'zone',
  'pod.notReady': 'pod',
  'pod.ready': 'pod',
  'pod.crashLoop': 'pod',
};

const LABEL_KINDS = new Set(['Node', 'Pod', 'Service', 'Deployment']);
const WORKLOAD_KINDS: ReadonlySet<string> = new Set(['DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/** A clean copy of a cluster event, or null when it is not one. */
export function checkClusterEvent(e: unknown): ClusterEvent | null {
  if (!isPlainObject(e) || typeof e.type !== 'string') return null;
  const key = NAMED[e.type];
  if (key) return isText(e[key]) ? ({ type: e.type, [key]: e[key] } as ClusterEvent) : null;
  const grace = e.gracePeriodSeconds === undefined || isCount(e.gracePeriodSeconds);
  switch (e.type) {
    case 'node.drain':
      if (!isText(e.node) || !grace || (e.force !== undefined && typeof e.force !== 'boolean')) return null;
      if (e.ignoreDaemonSets !== undefined && typeof e.ignoreDaemonSets !== 'boolean') return null;
      return {
        type: 'node.drain',
        node: e.node,
        ...(e.force === undefined ? {} : { force: e.force as boolean }),
        ...(e.gracePeriodSeconds === undefined ? {} : { gracePeriodSeconds: e.gracePeriodSeconds as number }),
        ...(e.ignoreDaemonSets === undefined ? {} : { ignoreDaemonSets: e.ignoreDaemonSets as boolean }),
      };
    case 'workload.scale':
      return WORKLOAD_KINDS.has(e.kind as string) && isText(e.name) && isCount(e.replicas)
        ? { type: 'workload.scale', kind: e.kind as WorkloadKind, name: e.name, replicas: e.replicas }
        : null;
    case 'workload.restart':
      return WORKLOAD_KINDS.has(e.kind as string) && isText(e.name)
        ? { type: 'workload.restart', kind: e.kind as WorkloadKind, name: e.name }
        : null;
    case 'pod.delete':
      if (!isText(e.pod) || !grace) return null;
      return {
        type: 'pod.delete',
        pod: e.pod,
        ...(e.gracePeriodSeconds === undefined ? {} : { gracePeriodSeconds: e.gracePeriodSeconds as number }),
      };
    case 'deployment.scale':
      return isText(e.deployment) && isCount(e.replicas)
        ? { type: 'deployment.scale', deployment: e.deployment, replicas: e.replicas }
        : null;
    case 'deployment.patch':
    case 'service.patch': {
      const target = e.type === 'deployment.patch' ? e.deployment : e.service;
      const patch = plainJson(e.patch);
      if (!isText(target) || !isPlainObject(patch)) return null;
      return e.type === 'deployment.patch' ? { type: e.type, deployment: target, patch } : { type: e.type, service: target, patch };
    }
    case 'object.label': {
      if (!LABEL_KINDS.has(e.kind as string) || !isText(e.name) || !isPlainObject(e.labels)) return null;
      const labels: Record<string, string | null> = {};
      for (const [k, v] of Object.entries(e.labels)) {
        if (UNSAFE_KEYS.has(k) || !(v === null || isText(v))) return null;
        labels[k] = v;
      }
      return { type: 'object.label', kind: e.kind as 'Node', name: e.name, labels };
    }
    case 'apply':
      return isText(e.file) && typeof e.text === 'string' && e.text.length <= 1_000_000
        ? { type: 'apply', file: e.file, text: e.text }
        : null;
    default:
      return null;
  }
}

/** The timeline's events, checked, in order; null when one of them is not an event. */
export function checkTimeline(entries: readonly unknown[]): TimelineEvent[] | null {
  const out: TimelineEvent[] = [];
  let last = 0;
  for (const entry of entries) {
    if (!isPlainObject(entry) || typeof entry.at !== 'number' || !Number.isFinite(entry.at) || entry.at < last) return null;
    const event = checkClusterEvent(entry.event);
    if (!event || !isText(entry.label) || !isText(entry.id)) return null;
    last = entry.at;
    out.push({ id: entry.id, at: entry.at, event, label: entry.label });
  }
  return out;
}
