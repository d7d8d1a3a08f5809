import { useEffect } from 'react';

/** Ctrl+S (Cmd+S on macOS) shares instead of saving the page, in the editor too. */
export function useShareShortcut(share: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.code !== 'KeyS') return;
      event.preventDefault();
      event.stopPropagation();
      share();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [share]);
}
