/**
 * Cluster events on the canvas: right-click a node, zone or pod (or focus it and press the
 * context-menu key or Shift+F10) for its events menu; single keys act on the focused box.
 * Events go through the store's `dispatch`, so they land on the timeline and can be undone.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useStore } from '../../../state';
import './canvasEvents.css';
import { DriftSummary } from './DriftSummary';
import { eventActions, targetOf, type EventAction } from '../../../view/eventActions';
import { canvasActionId } from '../../actions/canvasActions';
import { actionForKey, isActionEnabled, runAction } from '../../actions/registry';
import type { MenuState } from './EventMenu';

// The menu opens on a right click or the context-menu key: its code loads then.
const EventMenu = lazy(() => import('./EventMenu').then((m) => ({ default: m.EventMenu })));

/** The canvas box (React Flow node) an event happened on, if it is inside the topology canvas. */
function boxOf(target: unknown): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  // A pod drawn as a chip inside its node's box counts as its own box.
  const box = target.closest<HTMLElement>('.kt-chip, .react-flow__node');
  return box && box.closest('[data-testid="canvas"]') ? box : null;
}

function menuFor(box: HTMLElement, x?: number, y?: number): MenuState | null {
  const target = targetOf(box.getAttribute('data-id') ?? '');
  const report = useStore.getState().report;
  if (!target || !report) return null;
  const actions = eventActions(report, target);
  if (actions.length === 0) return null;
  const rect = box.getBoundingClientRect();
  return { target, actions, x: x ?? rect.left + 8, y: y ?? rect.top + Math.min(rect.height, 28), returnFocus: box };
}

export function CanvasEventLayer() {
  const [menu, setMenu] = useState<MenuState | null>(null);

  useEffect(() => {
    const onContextMenu = (event: MouseEvent) => {
      const box = boxOf(event.target);
      if (!box) return;
      // A context-menu key press arrives without a pointer position: open at the box.
      const keyboard = event.clientX === 0 && event.clientY === 0;
      const next = keyboard ? menuFor(box) : menuFor(box, event.clientX, event.clientY);
      if (!next) return;
      event.preventDefault();
      setMenu(next);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const box = boxOf(event.target);
      const target = box && targetOf(box.getAttribute('data-id') ?? '');
      const action = target && actionForKey('canvas-box', event);
      if (!box || !target || !action) return;
      const context = { target, openMenu: () => setMenu(menuFor(box)) };
      if (!isActionEnabled(action, context)) return;
      event.preventDefault();
      runAction(action, context);
    };
    document.addEventListener('contextmenu', onContextMenu);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('contextmenu', onContextMenu);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  const close = useCallback(
    (refocus: boolean) => {
      if (refocus) menu?.returnFocus?.focus();
      setMenu(null);
    },
    [menu],
  );
  const pick = useCallback(
    (action: EventAction) => {
      if (menu) runAction(canvasActionId(action.command), { target: menu.target });
      close(true);
    },
    [close, menu],
  );

  return (
    <>
      <DriftSummary />
      {menu && (
        <Suspense fallback={null}>
          <EventMenu menu={menu} onPick={pick} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
