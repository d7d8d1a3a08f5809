import type { StateCreator } from 'zustand';
import type { IPFamilySlice, StoreState } from './types';

/**
 * Which IP family of a dual-stack Service the page shows: the canvas's routes, the inspector,
 * Send requests and the Compare tab. null follows the Service's primary family; a single-stack
 * Service ignores it.
 */
export const createIPFamilySlice: StateCreator<StoreState, [], [], IPFamilySlice> = (set, get) => ({
  ipFamily: null,
  setIpFamily(ipFamily) {
    if (get().ipFamily === ipFamily) return;
    // A run of requests was sent over the other family: its counts no longer match the routes shown.
    set({ ipFamily, requestRun: null });
  },
});
