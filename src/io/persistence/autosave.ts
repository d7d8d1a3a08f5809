/**
 * Saves the workspace a moment after each change (debounced), and at once when the page is
 * hidden or closed, so a reload never loses typing.
 */
import type { StoreApi } from 'zustand';
import type { StoreState } from '../../state';
import { captureShareState } from '../share/storeSnapshot';
import type { ShareStateV1 } from '../share/shareTypes';
import { pageSaver } from './pageSaver';

export const AUTOSAVE_DELAY_MS = 400;

/** The fields a save depends on; any other change (reports, hover) saves nothing. */
function savedFields(state: StoreState): unknown[] {
  return [
    state.files,
    state.activeFile,
    state.kubernetesVersion,
    state.selection,
    state.selectedService,
    state.ipFamily,
    state.seed,
    state.timeline,
    state.cursor,
  ];
}

/** Starts saving; returns a function that stops it (after a last save of pending changes). */
export function startAutosave(
  store: Pick<StoreApi<StoreState>, 'getState' | 'subscribe'>,
  save: (state: ShareStateV1) => unknown = (state) => pageSaver().save(state),
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    save(captureShareState(store.getState()));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const now = savedFields(state);
    const before = savedFields(previous);
    if (now.every((value, i) => value === before[i])) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const hasDocument = typeof document !== 'undefined';
  if (hasDocument) {
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
  }
  return () => {
    flush();
    unsubscribe();
    if (hasDocument) {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
    }
  };
}
