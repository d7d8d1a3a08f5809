/**
 * Whether an analysis is running in the worker, how far it is, and the way to stop it: the page
 * shows a busy indicator with the stage and Cancel while the engine grinds, and keeps the last
 * finished picture meanwhile.
 */
import { create } from 'zustand';
import type { AnalysisProgress } from './worker/protocol';

interface BusyState {
  /** An analysis in the worker has been running since this time (performance.now()), or null. */
  since: number | null;
  /** The stage the worker last told, or null before it tells one. */
  stage: AnalysisProgress | null;
  /** The last analysis was cancelled: the picture is that of an older state. */
  cancelled: boolean;
  cancel: (() => void) | null;
  start(cancel: () => void): void;
  progress(stage: AnalysisProgress): void;
  finish(): void;
  cancelNow(): void;
}

export const useBusy = create<BusyState>()((set, get) => ({
  since: null,
  stage: null,
  cancelled: false,
  cancel: null,
  start(cancel) {
    // A new request: the stage told is the new run's, when it tells one.
    set({ since: get().since ?? now(), stage: null, cancelled: false, cancel });
  },
  progress(stage) {
    if (get().since !== null) set({ stage });
  },
  finish() {
    set({ since: null, stage: null, cancel: null });
  },
  cancelNow() {
    const cancel = get().cancel;
    set({ since: null, stage: null, cancel: null, cancelled: true });
    cancel?.();
  },
}));

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
