import { create } from 'zustand';

export interface OfflineState {
  /** Set when a new version of the site is installed and waits: calling it switches and reloads. */
  applyUpdate: (() => void) | null;
  setApplyUpdate(apply: (() => void) | null): void;
}

export const useOfflineState = create<OfflineState>()((set) => ({
  applyUpdate: null,
  setApplyUpdate: (applyUpdate) => set({ applyUpdate }),
}));
