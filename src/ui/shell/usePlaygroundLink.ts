/**
 * The "Open in playground" link, kept fresh without rebuilding it on every keystroke: encoding
 * the state (JSON, deflate) runs a moment after the last change to what the link carries, and at
 * once when the reader reaches for the link (`refresh`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { sharedStateChanged } from '../../io/share/storeSnapshot';
import { useStore } from '../../state';
import { playgroundLinkFor } from '../../io/embed/playgroundLink';

export const LINK_DELAY_MS = 300;

const currentLink = (): string => playgroundLinkFor(useStore.getState(), window.location.href);

/**
 * The link, and `refresh` that brings it up to date now and returns it (for pointerdown, focus,
 * click): it encodes only when what the link carries changed since the last encoding, so the
 * several events of one click encode at most once.
 */
export function usePlaygroundLink(): { href: string; refresh: () => string } {
  const [href, setHref] = useState(currentLink);
  const latest = useRef({ href, dirty: false, timer: undefined as ReturnType<typeof setTimeout> | undefined });
  const refresh = useCallback(() => {
    const link = latest.current;
    clearTimeout(link.timer);
    if (link.dirty) {
      link.dirty = false;
      link.href = currentLink();
      setHref(link.href);
    }
    return link.href;
  }, []);
  useEffect(() => {
    const link = latest.current;
    const unsubscribe = useStore.subscribe((state, previous) => {
      if (!sharedStateChanged(state, previous)) return;
      link.dirty = true;
      clearTimeout(link.timer);
      link.timer = setTimeout(refresh, LINK_DELAY_MS);
    });
    return () => {
      clearTimeout(link.timer);
      unsubscribe();
    };
  }, [refresh]);
  return { href, refresh };
}
