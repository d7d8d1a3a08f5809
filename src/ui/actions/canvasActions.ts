/**
 * Actions on a focused canvas box (node, zone or pod): its events menu, and one action per canvas
 * command, which causes the event that command means for the box (view/eventActions), through
 * the store's `dispatch`, so it lands on the timeline.
 */
import { useStore, type StoreState } from '../../state';
import { actionFor, eventActions, type CanvasCommand, type EventAction } from '../../view/eventActions';
import type { Action, ActionContext } from './action';

const box = (key: string) => [{ scope: 'canvas-box', key }] as const;

/** The event `command` causes on the context's box now, if the box offers one. */
function eventFor(state: StoreState, { target }: ActionContext, command: CanvasCommand): EventAction | undefined {
  return target && state.report ? actionFor(eventActions(state.report, target), command) : undefined;
}

function canvasCommand(command: CanvasCommand, label: string, shortcuts: Action['shortcuts']): Action {
  return {
    id: canvasActionId(command),
    label,
    shortcuts,
    perform: (context) => {
      const state = useStore.getState();
      const action = eventFor(state, context, command);
      if (action) state.dispatch(action.event);
    },
    enabled: (state, context) => eventFor(state, context, command) !== undefined,
  };
}

/** The registry's id of a canvas command's action. */
export function canvasActionId(command: CanvasCommand): string {
  return `canvas-${command}`;
}

export const CANVAS_ACTIONS: readonly Action[] = [
  {
    id: 'canvas-menu',
    label: 'The events menu',
    shortcuts: [
      { scope: 'canvas-box', key: 'ContextMenu' },
      { scope: 'canvas-box', key: 'F10', shift: true },
    ],
    perform: ({ openMenu }) => openMenu?.(),
    enabled: (state, { target }) => !!target && !!state.report && eventActions(state.report, target).length > 0,
  },
  canvasCommand('cordon', 'Node: cordon / uncordon', box('c')),
  canvasCommand('drain', 'Node: drain', box('d')),
  canvasCommand('drain-force', 'Node: drain --force (when pods without a controller stop the drain)', box('f')),
  canvasCommand('readiness', 'Node or pod: NotReady / Ready again', box('r')),
  canvasCommand('delete', 'Node or pod: delete', [
    { scope: 'canvas-box', key: 'Delete' },
    { scope: 'canvas-box', key: 'Backspace' },
  ]),
  canvasCommand('crash-loop', 'Pod: crash loop', box('k')),
  canvasCommand('zone', 'Zone: outage / recover', box('o')),
];
