/**
 * The action registry: every action of the playground, with its label, keys and `perform`, in one
 * list. The toolbar buttons, the menus, the timeline's buttons, the canvas's events menu, every
 * keyboard shortcut and the shortcuts help read it.
 */
import { useStore } from '../../state';
import type { Action, ActionContext } from './action';
import { CANVAS_ACTIONS } from './canvasActions';
import { ariaShortcut, bindingLabel, matchesBinding, type KeyPress, type ShortcutScope } from './keyBinding';
import { PAGE_ACTIONS } from './pageActions';
import { TIMELINE_ACTIONS } from './timelineActions';
import { WORKSHOP_ACTIONS } from './workshopActions';
import { WORKSPACE_ACTIONS } from './workspaceActions';

/** Monaco's own key, listed in the help; the editor performs it. */
const EDITOR_ACTIONS: readonly Action[] = [
  {
    id: 'editor-tab-moves-focus',
    label: 'Let Tab move focus instead of indenting',
    shortcuts: [{ scope: 'editor', ctrl: true, key: 'm' }],
    perform: () => undefined,
  },
];

export const ACTIONS: readonly Action[] = [
  ...PAGE_ACTIONS,
  ...TIMELINE_ACTIONS,
  ...WORKSPACE_ACTIONS,
  ...WORKSHOP_ACTIONS,
  ...CANVAS_ACTIONS,
  ...EDITOR_ACTIONS,
];

const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));

export function actionById(id: string): Action {
  const action = BY_ID.get(id);
  if (!action) throw new Error(`no action ${id}`);
  return action;
}

/** Whether `action` can be performed now, in `context`. */
export function isActionEnabled(action: Action, context: ActionContext = {}): boolean {
  return action.enabled?.(useStore.getState(), context) ?? true;
}

/** The action that `event` presses in `scope`, if any (enabled or not: the caller decides what a disabled one does). */
export function actionForKey(scope: ShortcutScope, event: KeyPress): Action | undefined {
  return ACTIONS.find((a) => a.shortcuts.some((b) => b.scope === scope && matchesBinding(b, event)));
}

/** Performs the action when it is enabled; returns whether it did. */
export function runAction(action: Action | string, context: ActionContext = {}): boolean {
  const resolved = typeof action === 'string' ? actionById(action) : action;
  if (!isActionEnabled(resolved, context)) return false;
  void resolved.perform(context);
  return true;
}

/** Its keys as people read them ("Alt+Z / ←"), optionally only those of one scope. */
export function shortcutText(action: Action, scope?: ShortcutScope): string {
  return action.shortcuts
    .filter((b) => !scope || b.scope === scope)
    .map((b) => bindingLabel(b))
    .join(' / ');
}

/** Its first key as people read it ("Delete"), or '' when it has none. */
export function mainShortcut(action: Action): string {
  const first = action.shortcuts[0];
  return first ? bindingLabel(first) : '';
}

/** Its keys for aria-keyshortcuts (space-separated), or undefined when it has none. */
export function ariaShortcuts(action: Action): string | undefined {
  return action.shortcuts.map(ariaShortcut).join(' ') || undefined;
}
