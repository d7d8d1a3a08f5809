import { useEffect, useRef, type KeyboardEvent } from 'react';
import { type EventAction, type EventTarget } from '../../../view/eventActions';
import { canvasActionId } from '../../actions/canvasActions';
import { actionById, actionForKey, ariaShortcuts, mainShortcut } from '../../actions/registry';

export interface MenuState {
  target: EventTarget;
  actions: EventAction[];
  x: number;
  y: number;
  /** The canvas box to give focus back to. */
  returnFocus: HTMLElement | null;
}

const KIND_WORDS = { node: 'node', zone: 'zone', pod: 'pod' } as const;

/** The events menu of a canvas box: arrow keys move, Enter or the item's key acts, Escape closes. */
export function EventMenu({
  menu,
  onPick,
  onClose,
}: {
  menu: MenuState;
  onPick: (action: EventAction) => void;
  onClose: (refocus: boolean) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [menu, onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    event.stopPropagation();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose(true);
    else {
      const pressed = event.key === 'Enter' || event.key === ' ' ? undefined : actionForKey('canvas-box', event);
      const action = menu.actions.find((a) => canvasActionId(a.command) === pressed?.id);
      if (!action) return;
      onPick(action);
    }
    event.preventDefault();
  };

  const width = 300;
  const height = 40 + menu.actions.length * 30;
  const left = Math.max(4, Math.min(menu.x, window.innerWidth - width - 4));
  const top = Math.max(4, Math.min(menu.y, window.innerHeight - height - 4));
  const title = `${KIND_WORDS[menu.target.kind]} ${menu.target.id}`;
  return (
    <div
      ref={ref}
      className="kt-event-menu"
      role="menu"
      aria-label={`Events for ${title}`}
      style={{ left, top }}
      onKeyDown={onKeyDown}
      data-testid="event-menu"
    >
      <div className="kt-event-menu__title" aria-hidden="true">
        {title}
      </div>
      {menu.actions.map((action) => (
        <button
          key={action.id}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="kt-event-menu__item"
          onClick={() => onPick(action)}
          aria-keyshortcuts={ariaShortcuts(actionById(canvasActionId(action.command)))}
          data-testid={`event-${action.id}`}
        >
          <span>{action.label}</span>
          <kbd className="kt-event-menu__key">{mainShortcut(actionById(canvasActionId(action.command)))}</kbd>
        </button>
      ))}
    </div>
  );
}
