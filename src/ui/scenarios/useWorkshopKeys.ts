import { useEffect } from 'react';
import { useStore } from '../../state';

/** Keys a presenter's remote sends too (PageDown / PageUp), ignored while typing in a field. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('.monaco-editor') !== null;
}

export function useWorkshopKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const state = useStore.getState();
      if (event.key === 'ArrowRight' || event.key === 'PageDown') {
        event.preventDefault();
        void state.advanceTour();
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        event.preventDefault();
        void state.previousTourStep();
      } else if (event.key === 'Escape') {
        state.setWorkshop(false);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
