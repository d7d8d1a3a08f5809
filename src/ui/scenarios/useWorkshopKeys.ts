import { useEffect } from 'react';
import { actionForKey, runAction } from '../actions/registry';

/** Keys a presenter's remote sends too (PageDown / PageUp), ignored while typing in a field. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('.monaco-editor') !== null;
}

/** Workshop mode's keys, from the action registry. */
export function useWorkshopKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const action = actionForKey('workshop', event);
      if (!action) return;
      // Escape is left to others as well (an open menu closes on it too).
      if (action.id !== 'workshop-exit') event.preventDefault();
      runAction(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
