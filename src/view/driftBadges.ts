/**
 * Short words for how a live object differs from its YAML, for badges on the canvas:
 * "cordoned", "NotReady", "relabelled", "new", "deleted", "patched".
 */
import type { DriftEntry } from '../engine';

const FIELD_WORDS: [string, string][] = [
  ['spec.unschedulable', 'cordoned'],
  ['status.conditions[Ready]', 'readiness'],
  ['metadata.deletionTimestamp', 'terminating'],
  ['spec.nodeName', 'scheduled'],
  ['metadata.labels', 'relabelled'],
  ['spec.taints', 'tainted'],
  ['spec.replicas', 'scaled'],
  ['spec.template', 'template'],
  ['spec.selector', 'selector'],
];

export interface DriftBadge {
  /** A word or two, e.g. "cordoned · relabelled". */
  text: string;
  /** The full list, for a tooltip and screen readers: "differs from the YAML: spec.unschedulable". */
  detail: string;
}

/**
 * @example
 * driftBadge({ kind: 'Node', key: 'mnode-m02', change: 'modified', fields: ['spec.unschedulable'] });
 * // { text: 'cordoned', detail: 'differs from the YAML: spec.unschedulable' }
 */
export function driftBadge(entry: DriftEntry): DriftBadge {
  if (entry.change === 'created') return { text: 'new', detail: `not in the YAML: created by ${entry.by ?? 'an event'}` };
  if (entry.change === 'deleted') return { text: 'deleted', detail: 'in the YAML, deleted by an event' };
  if (entry.change === 'recreated')
    return {
      text: 'recreated',
      detail: `deleted by an event and created again by ${entry.by ?? 'its controller'} under the same name (a new pod, new UID)`,
    };
  const words = [...new Set(entry.fields.map((f) => FIELD_WORDS.find(([prefix]) => f.startsWith(prefix))?.[1] ?? 'patched'))];
  return { text: words.join(' · '), detail: `differs from the YAML: ${entry.fields.join(', ')}` };
}

/** Badges by canvas id: `node:<name>`, `pod:<ns/name>`, `service:<ns/name>`, `deployment:<ns/name>`. */
export function driftBadgesById(drift: readonly DriftEntry[]): Map<string, DriftBadge> {
  const out = new Map<string, DriftBadge>();
  for (const entry of drift) out.set(`${entry.kind.toLowerCase()}:${entry.key}`, driftBadge(entry));
  return out;
}
