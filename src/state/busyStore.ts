/**
 * Whether an analysis is running in the worker, and the way to stop it: the page shows a busy
 * indicator with Cancel while the engine grinds, and keeps the last finished picture meanwhile.
 */
import { create } from 'zustand';

interface BusyState {
  /** An analysis in the worker has been running since this time (performance.now()), or null. */
  since: number | null;
  /** The last analysis was cancelled: the picture is that of an older state. */
  cancelled: boolean;
  cancel: (() => void) | null;
  start(cancel: () => void): void;
  finish(): void;
  cancelNow(): void;
}

export const useBusy = create<BusyState>()((set, get) => ({
  since: null,
  cancelled: false,
  cancel: null,
  start(cancel) {
    set({ since: get().since ?? now(), cancelled: false, cancel });
  },
  finish() {
    set({ since: null, cancel: null });
  },
  cancelNow() {
    const cancel = get().cancel;
    set({ since: null, cancel: null, cancelled: true });
    cancel?.();
  },
}));

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
