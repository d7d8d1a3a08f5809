/**
 * The "Open in playground" link, kept fresh without rebuilding it on every keystroke: encoding
 * the state (JSON, deflate) runs a moment after the last change to what the link carries, and at
 * once when the reader reaches for the link (`refresh`).
 */
import { useCallback, useEffect, useState } from 'react';
import { useStore, type StoreState } from '../store';
import { playgroundLinkFor } from './playgroundLink';

export const LINK_DELAY_MS = 300;

/** What captureShareState reads; any other change (reports, hover, animation) leaves the link alone. */
function linkedFields(state: StoreState): unknown[] {
  return [state.files, state.kubernetesVersion, state.selection, state.selectedService, state.theme, state.activeFile, state.seed, state.tour, state.timeline, state.cursor];
}

const currentLink = (): string => playgroundLinkFor(useStore.getState(), window.location.href);

/** The link, and `refresh` that rebuilds it now and returns it (for pointerdown, focus, click). */
export function usePlaygroundLink(): { href: string; refresh: () => string } {
  const [href, setHref] = useState(currentLink);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useStore.subscribe((state, previous) => {
      const now = linkedFields(state);
      const before = linkedFields(previous);
      if (now.every((value, i) => value === before[i])) return;
      clearTimeout(timer);
      timer = setTimeout(() => setHref(currentLink()), LINK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  const refresh = useCallback(() => {
    const next = currentLink();
    setHref(next);
    return next;
  }, []);
  return { href, refresh };
}
