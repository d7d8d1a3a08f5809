/**
 * The action registry is the one list: the shortcuts help shows exactly the keys it binds, every
 * one of those keys reaches its action through the page's listeners, no key means two things
 * where both could apply, and a toolbar button performs what its shortcut performs.
 */
// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../../src/state';
import type { Action } from '../../../src/ui/actions/action';
import { bindingLabel, type KeyBinding, type ShortcutScope } from '../../../src/ui/actions/keyBinding';
import { ACTIONS, actionById, actionForKey } from '../../../src/ui/actions/registry';
import { CanvasEventLayer } from '../../../src/ui/canvas/events/CanvasEventLayer';
import TimelinePanel from '../../../src/ui/panels/timeline/TimelinePanel';
import { useWorkshopKeys } from '../../../src/ui/scenarios/useWorkshopKeys';
import { ShortcutsHelp } from '../../../src/ui/shell/ShortcutsHelp';
import { Toolbar } from '../../../src/ui/shell/Toolbar';
import { useShortcuts } from '../../../src/ui/shell/useShortcuts';
import { TimelineControls } from '../../../src/ui/panels/timeline/TimelineControls';
import { ExamplesMenu } from '../../../src/ui/scenarios/ExamplesMenu';
import { WorkspaceMenu } from '../../../src/ui/sharing/WorkspaceMenu';
import { EXAMPLES } from '../../../src/scenarios/examples';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const initial = useStore.getState();
afterEach(() => {
  vi.restoreAllMocks();
  useStore.setState(initial, true);
  document.body.replaceChildren();
});

function render(element: Parameters<ReturnType<typeof createRoot>['render']>[0]) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(element));
  return { host, unmount: () => act(() => root.unmount()) };
}

/** The key press a binding asks for, as a browser would report it. */
function pressOf(binding: KeyBinding): KeyboardEventInit {
  const key = binding.key ?? binding.code!.replace(/^Key/, '').toLowerCase();
  return {
    key,
    code: binding.code ?? (key.length === 1 ? `Key${key.toUpperCase()}` : key),
    altKey: !!binding.alt,
    shiftKey: !!binding.shift,
    ctrlKey: !!binding.mod || !!binding.ctrl,
    bubbles: true,
    cancelable: true,
  };
}

/** Replaces the action's perform (and makes it enabled), counting the calls. */
function watch(action: Action) {
  if (action.enabled) vi.spyOn(action, 'enabled').mockReturnValue(true);
  return vi
    .spyOn(action, 'perform')
    .mockImplementation(() => undefined)
    .mockClear();
}

const bindings = ACTIONS.flatMap((action) => action.shortcuts.map((binding) => ({ action, binding })));
const inScope = (scope: ShortcutScope) => bindings.filter((b) => b.binding.scope === scope);

describe('action registry', () => {
  it('has unique ids', () => {
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
  });

  it('the shortcuts help lists exactly the keys the registry binds, under where they work', () => {
    const { host, unmount } = render(createElement(ShortcutsHelp));
    const listed = [...host.querySelectorAll('section')].flatMap((section) =>
      [...section.querySelectorAll('dl > div')].map(
        (row) =>
          `${section.getAttribute('aria-label')} | ${row.querySelector('kbd')!.textContent} | ${row.querySelector('dd')!.textContent}`,
      ),
    );
    const where: Record<ShortcutScope, string> = {
      page: 'Anywhere',
      editor: 'In the editor',
      'canvas-box': 'On a focused node, zone or pod',
      timeline: 'In the timeline',
      workshop: 'In workshop mode',
    };
    const bound = ACTIONS.flatMap((a) =>
      [...new Set(a.shortcuts.map((b) => b.scope))].map(
        (scope) =>
          `${where[scope]} | ${a.shortcuts
            .filter((b) => b.scope === scope)
            .map((b) => bindingLabel(b))
            .join(' / ')} | ${a.label}`,
      ),
    );
    expect(listed.sort()).toEqual(bound.sort());
    expect(listed.length).toBeGreaterThan(20);
    unmount();
  });

  it('no two actions share a key where both could apply (page-wide keys apply everywhere)', () => {
    const signature = (b: KeyBinding) =>
      [
        b.mod ? 'mod' : '',
        b.ctrl ? 'ctrl' : '',
        b.alt ? 'alt' : '',
        b.shift ? 'shift' : '',
        (b.key ?? b.code!.replace(/^Key/, '')).toLowerCase(),
      ].join('+');
    const clashes: string[] = [];
    for (const [i, a] of bindings.entries())
      for (const b of bindings.slice(i + 1)) {
        const overlap = a.binding.scope === b.binding.scope || a.binding.scope === 'page' || b.binding.scope === 'page';
        if (a.action !== b.action && overlap && signature(a.binding) === signature(b.binding))
          clashes.push(`${a.action.id} and ${b.action.id}: ${signature(a.binding)}`);
      }
    expect(clashes).toEqual([]);
  });

  it('matches keys with exactly their modifiers', () => {
    const press = (init: Partial<KeyboardEventInit>) =>
      ({ altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, key: '', code: '', ...init }) as KeyboardEvent;
    expect(actionForKey('page', press({ altKey: true, code: 'KeyT', key: '†' }))?.id).toBe('cycle-traffic-distribution');
    expect(actionForKey('page', press({ altKey: true, shiftKey: true, code: 'KeyT' }))).toBeUndefined();
    expect(actionForKey('page', press({ metaKey: true, code: 'KeyS' }))?.id).toBe('share');
    expect(actionForKey('page', press({ ctrlKey: true, code: 'KeyS' }))?.id).toBe('share');
    expect(actionForKey('canvas-box', press({ key: 'C' }))?.id).toBe('canvas-cordon');
    expect(actionForKey('canvas-box', press({ key: 'Backspace' }))?.id).toBe('canvas-delete');
    expect(actionForKey('canvas-box', press({ key: 'x' }))).toBeUndefined();
    expect(actionForKey('canvas-box', press({ key: 'F10', shiftKey: true }))?.id).toBe('canvas-menu');
  });

  it('every page-wide key performs its action, from anywhere on the page', () => {
    const Host = () => (useShortcuts(), null);
    const { unmount } = render(createElement(Host));
    for (const { action, binding } of inScope('page')) {
      const perform = watch(action);
      const event = new KeyboardEvent('keydown', pressOf(binding));
      act(() => void document.body.dispatchEvent(event));
      expect(perform, `${action.id} ${bindingLabel(binding)}`).toHaveBeenCalledOnce();
      expect(event.defaultPrevented).toBe(true);
    }
    unmount();
  });

  it('every timeline key performs its action inside the timeline panel', () => {
    const { host, unmount } = render(createElement(TimelinePanel));
    const panel = host.querySelector('[data-testid="timeline"]')!;
    for (const { action, binding } of inScope('timeline')) {
      const perform = watch(action);
      act(() => void panel.dispatchEvent(new KeyboardEvent('keydown', pressOf(binding))));
      expect(perform, `${action.id} ${bindingLabel(binding)}`).toHaveBeenCalledOnce();
    }
    unmount();
  });

  it('every workshop key performs its action in workshop mode', () => {
    const Host = () => (useWorkshopKeys(), null);
    const { unmount } = render(createElement(Host));
    for (const { action, binding } of inScope('workshop')) {
      const perform = watch(action);
      act(() => void window.dispatchEvent(new KeyboardEvent('keydown', pressOf(binding))));
      expect(perform, `${action.id} ${bindingLabel(binding)}`).toHaveBeenCalledOnce();
    }
    unmount();
  });

  it('every canvas key performs its action on the focused box, with the box as target', () => {
    const { unmount } = render(createElement(CanvasEventLayer));
    const canvas = document.createElement('div');
    canvas.dataset.testid = 'canvas';
    const box = document.createElement('div');
    box.className = 'react-flow__node';
    box.dataset.id = 'node:mnode-m02';
    canvas.append(box);
    document.body.append(canvas);
    for (const { action, binding } of inScope('canvas-box')) {
      const perform = watch(action);
      act(() => void box.dispatchEvent(new KeyboardEvent('keydown', pressOf(binding))));
      expect(perform, `${action.id} ${bindingLabel(binding)}`).toHaveBeenCalledOnce();
      expect(perform.mock.calls[0]![0].target).toEqual({ kind: 'node', id: 'mnode-m02' });
    }
    unmount();
  });

  it('a toolbar or timeline button and its shortcut call the same perform', () => {
    const cordon = (id: string, at: number) => ({ id, at, label: id, event: { type: 'node.cordon' as const, node: 'mnode-m02' } });
    // One event behind and one ahead, so both step buttons are enabled.
    useStore.setState({ timeline: [cordon('a', 1), cordon('b', 2)], cursor: 1, now: 1, scheduleAnalysis: () => {} });
    const Host = () => (useShortcuts(), null);
    const shortcuts = render(createElement(Host));
    const { host, unmount } = render([createElement(Toolbar, { key: 't' }), createElement(TimelineControls, { key: 'c' })]);
    const buttons = [...host.querySelectorAll<HTMLButtonElement>('button[data-action]')];
    const withKeys = buttons.filter((b) => actionById(b.dataset.action!).shortcuts.some((k) => k.scope === 'page'));
    expect(withKeys.map((b) => b.dataset.action).sort()).toEqual([
      'open-scenarios',
      'share',
      'timeline-back',
      'timeline-forward',
      'toggle-workshop',
    ]);
    for (const button of withKeys) {
      const action = actionById(button.dataset.action!);
      const perform = watch(action);
      act(() => button.click());
      const press = pressOf(action.shortcuts.find((k) => k.scope === 'page')!);
      act(() => void document.body.dispatchEvent(new KeyboardEvent('keydown', press)));
      expect(perform, action.id).toHaveBeenCalledTimes(2);
    }
    unmount();
    shortcuts.unmount();
  });

  it('the menus perform registry actions: each Workspace item its own, the examples list load-example with the chosen id', () => {
    const { host, unmount } = render([createElement(WorkspaceMenu, { key: 'w' }), createElement(ExamplesMenu, { key: 'e' })]);
    const items = [...host.querySelectorAll<HTMLButtonElement>('.ws-menu button[data-action]')];
    expect(items.map((b) => b.textContent)).toEqual(items.map((b) => actionById(b.dataset.action!).label));
    expect(items.length).toBe(10);
    for (const item of items) {
      const perform = watch(actionById(item.dataset.action!));
      act(() => item.click());
      expect(perform, item.dataset.action).toHaveBeenCalledOnce();
    }
    const load = watch(actionById('load-example'));
    const select = host.querySelector<HTMLSelectElement>('[data-testid="examples-menu"]')!;
    const example = EXAMPLES[1]!;
    act(() => {
      select.value = example.id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(load).toHaveBeenCalledOnce();
    expect(load.mock.calls[0]![0]).toMatchObject({ value: example.id });
    unmount();
  });
});
