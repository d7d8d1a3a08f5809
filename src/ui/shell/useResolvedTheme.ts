import { useEffect, useSyncExternalStore } from 'react';
import { useStore } from '../../state';

const DARK = '(prefers-color-scheme: dark)';
const MORE_CONTRAST = '(prefers-contrast: more)';

function subscribe(callback: () => void): () => void {
  const queries = [DARK, MORE_CONTRAST].map((q) => window.matchMedia(q));
  queries.forEach((q) => q.addEventListener('change', callback));
  return () => queries.forEach((q) => q.removeEventListener('change', callback));
}

const matches = (query: string) => () => window.matchMedia(query).matches;

export interface ResolvedTheme {
  scheme: 'light' | 'dark';
  highContrast: boolean;
  /** Monaco's built-in theme for it. */
  monacoTheme: 'vs' | 'vs-dark' | 'hc-black' | 'hc-light';
}

/** The theme in effect (the preference, or the system's), applied to <html> as data attributes. */
export function useResolvedTheme(): ResolvedTheme {
  const preference = useStore((s) => s.theme);
  const systemDark = useSyncExternalStore(subscribe, matches(DARK), () => false);
  const highContrast = useSyncExternalStore(subscribe, matches(MORE_CONTRAST), () => false);
  const scheme = preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = scheme;
    root.style.colorScheme = scheme;
  }, [scheme]);
  const monacoTheme = highContrast ? (scheme === 'dark' ? 'hc-black' : 'hc-light') : scheme === 'dark' ? 'vs-dark' : 'vs';
  return { scheme, highContrast, monacoTheme };
}
