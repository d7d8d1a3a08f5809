/**
 * The cluster events one can cause on a canvas box, as one registry that the context menu, the
 * single-key shortcuts and the shortcuts help all read. Each action is what `kubectl` (or the
 * cloud) would do; the store's `dispatch` puts it on the timeline.
 */
import { parseBoxId } from './layout';
import type { ClusterEvent, RoutingReport } from '../engine';

export type EventTarget = { kind: 'node' | 'zone' | 'pod'; id: string };

export interface EventAction {
  id: string;
  label: string;
  /** KeyboardEvent.key on a focused box (case-insensitive for letters). */
  key: string;
  /** As shown to people. */
  keyLabel: string;
  event: ClusterEvent;
}

/** Each action's key, with the line the shortcuts help shows for it. */
const KEYS = {
  cordon: { key: 'c', keyLabel: 'C', help: 'Node: cordon / uncordon' },
  drain: { key: 'd', keyLabel: 'D', help: 'Node: drain' },
  drainForce: { key: 'f', keyLabel: 'F', help: 'Node: drain --force (when pods without a controller stop the drain)' },
  readiness: { key: 'r', keyLabel: 'R', help: 'Node or pod: NotReady / Ready again' },
  delete: { key: 'Delete', keyLabel: 'Delete', help: 'Node or pod: delete' },
  crashLoop: { key: 'k', keyLabel: 'K', help: 'Pod: crash loop' },
  zone: { key: 'o', keyLabel: 'O', help: 'Zone: outage / recover' },
} as const;

const keyOf = ({ key, keyLabel }: (typeof KEYS)[keyof typeof KEYS]) => ({ key, keyLabel });

/** The single-key shortcuts on a focused canvas box, for the shortcuts help. */
export const CANVAS_EVENT_KEYS: readonly { keys: string; what: string }[] = [
  { keys: 'Shift+F10 or ☰ (context-menu key)', what: 'On a focused node, zone or pod: the events menu' },
  ...Object.values(KEYS).map((k) => ({ keys: k.keyLabel, what: k.help })),
];

/**
 * @example
 * eventActions(report, { kind: 'node', id: 'mnode-m02' }).map((a) => a.label);
 * // ['Cordon', 'Drain', 'Drain --force (also pods no controller manages)', 'Mark NotReady', 'Delete node']
 */
export function eventActions(report: RoutingReport, target: EventTarget): EventAction[] {
  switch (target.kind) {
    case 'node': {
      const node = report.nodes.find((n) => n.name === target.id);
      if (!node) return [];
      const pods = report.pods.filter((p) => p.node === node.name && !p.terminating);
      const unmanaged = pods.filter((p) => !p.owner);
      // DaemonSet pods stay on a drained node (--ignore-daemonsets): their controller tolerates the cordon.
      const daemon = pods.some((p) => p.owner?.startsWith('DaemonSet ')) ? ({ ignoreDaemonSets: true } as const) : {};
      const daemonFlag = 'ignoreDaemonSets' in daemon ? ' --ignore-daemonsets' : '';
      const actions: EventAction[] = [
        node.schedulable
          ? { id: 'cordon', label: 'Cordon', ...keyOf(KEYS.cordon), event: { type: 'node.cordon', node: node.name } }
          : { id: 'uncordon', label: 'Uncordon', ...keyOf(KEYS.cordon), event: { type: 'node.uncordon', node: node.name } },
        {
          id: 'drain',
          label: unmanaged.length
            ? `Drain${daemonFlag} (kubectl refuses: ${unmanaged.length} pod${unmanaged.length > 1 ? 's' : ''} without controller)`
            : `Drain${daemonFlag}`,
          ...keyOf(KEYS.drain),
          event: { type: 'node.drain', node: node.name, ...daemon },
        },
      ];
      if (unmanaged.length) {
        actions.push({
          id: 'drain-force',
          label: `Drain${daemonFlag} --force (also pods no controller manages)`,
          ...keyOf(KEYS.drainForce),
          event: { type: 'node.drain', node: node.name, force: true, ...daemon },
        });
      }
      actions.push(
        node.ready
          ? {
              id: 'not-ready',
              label: 'Mark NotReady (kubelet stops reporting)',
              ...keyOf(KEYS.readiness),
              event: { type: 'node.notReady', node: node.name },
            }
          : { id: 'ready', label: 'Ready again', ...keyOf(KEYS.readiness), event: { type: 'node.ready', node: node.name } },
        { id: 'delete', label: 'Delete node', ...keyOf(KEYS.delete), event: { type: 'node.delete', node: node.name } },
      );
      return actions;
    }
    case 'zone': {
      const nodes = report.nodes.filter((n) => n.zone === target.id);
      if (nodes.length === 0) return [];
      const down = nodes.every((n) => !n.ready);
      return [
        down
          ? { id: 'recover', label: `Recover zone ${target.id}`, ...keyOf(KEYS.zone), event: { type: 'zone.recover', zone: target.id } }
          : {
              id: 'outage',
              label: `Zone outage (${nodes.length} node${nodes.length > 1 ? 's' : ''} NotReady)`,
              ...keyOf(KEYS.zone),
              event: { type: 'zone.outage', zone: target.id },
            },
      ];
    }
    case 'pod': {
      const pod = report.pods.find((p) => p.key === target.id);
      if (!pod || pod.terminating) return [];
      return [
        pod.ready
          ? {
              id: 'not-ready',
              label: 'Not ready (readiness probe fails)',
              ...keyOf(KEYS.readiness),
              event: { type: 'pod.notReady', pod: pod.key },
            }
          : { id: 'ready', label: 'Ready again', ...keyOf(KEYS.readiness), event: { type: 'pod.ready', pod: pod.key } },
        { id: 'crash-loop', label: 'Crash loop', ...keyOf(KEYS.crashLoop), event: { type: 'pod.crashLoop', pod: pod.key } },
        {
          id: 'delete',
          label: pod.owner ? `Delete pod (its ${pod.owner.split(' ')[0]} replaces it)` : 'Delete pod',
          ...keyOf(KEYS.delete),
          event: { type: 'pod.delete', pod: pod.key },
        },
      ];
    }
  }
}

/** The action a key press on a focused box asks for, if any. */
export function actionForKey(actions: readonly EventAction[], key: string): EventAction | undefined {
  const k = key.length === 1 ? key.toLowerCase() : key === 'Backspace' ? 'Delete' : key;
  return actions.find((a) => a.key === k);
}

/** The event target a React Flow node id stands for (`node:x`, `zone:x`, `pod:ns/x`; not proxies or areas). */
export function targetOf(flowId: string): EventTarget | null {
  const box = parseBoxId(flowId);
  if (box?.kind === 'node' || box?.kind === 'zone' || box?.kind === 'pod') return { kind: box.kind, id: box.ref };
  return null;
}
