import { useEffect } from 'react';
import { actionForKey, runAction } from '../actions/registry';

/** Binds the action registry's page-wide shortcuts (Alt+key, Ctrl/⌘+S) on the whole page, the editor included. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = actionForKey('page', event);
      if (!action) return;
      // Taken even when the action cannot run now, so the key never falls through to the editor or the browser.
      event.preventDefault();
      event.stopPropagation();
      runAction(action);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
