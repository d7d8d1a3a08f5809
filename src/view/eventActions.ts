/**
 * The cluster events one can cause on a canvas box. Each is what `kubectl` (or the cloud) would
 * do; the store's `dispatch` puts it on the timeline. Each belongs to a canvas command (cordon,
 * drain, …): the action registry (ui/actions) gives the commands their labels and keys, and the
 * events menu, the single-key shortcuts and the shortcuts help read them there.
 */
import { parseBoxId } from './layout';
import type { ClusterEvent, RoutingReport } from '../engine';

export type EventTarget = { kind: 'node' | 'zone' | 'pod'; id: string };

/** What one can do to a canvas box; a box offers at most one event per command. */
export const CANVAS_COMMANDS = ['cordon', 'drain', 'drain-force', 'readiness', 'delete', 'crash-loop', 'zone'] as const;
export type CanvasCommand = (typeof CANVAS_COMMANDS)[number];

export interface EventAction {
  id: string;
  label: string;
  /** The command it carries out on this box (its key is the command's). */
  command: CanvasCommand;
  event: ClusterEvent;
}

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
          ? { id: 'cordon', label: 'Cordon', command: 'cordon', event: { type: 'node.cordon', node: node.name } }
          : { id: 'uncordon', label: 'Uncordon', command: 'cordon', event: { type: 'node.uncordon', node: node.name } },
        {
          id: 'drain',
          label: unmanaged.length
            ? `Drain${daemonFlag} (kubectl refuses: ${unmanaged.length} pod${unmanaged.length > 1 ? 's' : ''} without controller)`
            : `Drain${daemonFlag}`,
          command: 'drain',
          event: { type: 'node.drain', node: node.name, ...daemon },
        },
      ];
      if (unmanaged.length) {
        actions.push({
          id: 'drain-force',
          label: `Drain${daemonFlag} --force (also pods no controller manages)`,
          command: 'drain-force',
          event: { type: 'node.drain', node: node.name, force: true, ...daemon },
        });
      }
      actions.push(
        node.ready
          ? {
              id: 'not-ready',
              label: 'Mark NotReady (kubelet stops reporting)',
              command: 'readiness',
              event: { type: 'node.notReady', node: node.name },
            }
          : { id: 'ready', label: 'Ready again', command: 'readiness', event: { type: 'node.ready', node: node.name } },
        { id: 'delete', label: 'Delete node', command: 'delete', event: { type: 'node.delete', node: node.name } },
      );
      return actions;
    }
    case 'zone': {
      const nodes = report.nodes.filter((n) => n.zone === target.id);
      if (nodes.length === 0) return [];
      const down = nodes.every((n) => !n.ready);
      return [
        down
          ? { id: 'recover', label: `Recover zone ${target.id}`, command: 'zone', event: { type: 'zone.recover', zone: target.id } }
          : {
              id: 'outage',
              label: `Zone outage (${nodes.length} node${nodes.length > 1 ? 's' : ''} NotReady)`,
              command: 'zone',
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
              command: 'readiness',
              event: { type: 'pod.notReady', pod: pod.key },
            }
          : { id: 'ready', label: 'Ready again', command: 'readiness', event: { type: 'pod.ready', pod: pod.key } },
        { id: 'crash-loop', label: 'Crash loop', command: 'crash-loop', event: { type: 'pod.crashLoop', pod: pod.key } },
        {
          id: 'delete',
          label: pod.owner ? `Delete pod (its ${pod.owner.split(' ')[0]} replaces it)` : 'Delete pod',
          command: 'delete',
          event: { type: 'pod.delete', pod: pod.key },
        },
      ];
    }
  }
}

/** The event `command` causes on the box, among the box's `actions`, if it offers one. */
export function actionFor(actions: readonly EventAction[], command: CanvasCommand): EventAction | undefined {
  return actions.find((a) => a.command === command);
}

/** The event target a React Flow node id stands for (`node:x`, `zone:x`, `pod:ns/x`; not proxies or areas). */
export function targetOf(flowId: string): EventTarget | null {
  const box = parseBoxId(flowId);
  if (box?.kind === 'node' || box?.kind === 'zone' || box?.kind === 'pod') return { kind: box.kind, id: box.ref };
  return null;
}
