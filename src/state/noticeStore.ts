/** One short message at a time for share, save, import and export outcomes (shown by ShareNotice). */
import { create } from 'zustand';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  /** A link to show in a field people can copy from (when the clipboard refused it). */
  link?: string;
  /** A button that downloads the state as a file (when the link is too long, or the work cannot be saved). */
  download?: boolean;
  /** Buttons that act on the notice (Open saved work, Keep this tab's work…). */
  actions?: readonly NoticeAction[];
}

export interface NoticeAction {
  label: string;
  testId: string;
  run(): void;
}

interface NoticeState {
  notice: Notice | null;
  /** Bumped on every show, so the same text shown twice is announced again. */
  serial: number;
  show(notice: Notice): void;
  dismiss(): void;
}

export const useNotice = create<NoticeState>()((set) => ({
  notice: null,
  serial: 0,
  show(notice) {
    set((s) => ({ notice, serial: s.serial + 1 }));
  },
  dismiss() {
    set({ notice: null });
  },
}));

export const showNotice = (notice: Notice) => useNotice.getState().show(notice);
