import type { StateCreator } from 'zustand';
import type { SelectionSlice, StoreState } from './types';

export const createSelectionSlice: StateCreator<StoreState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  select(selection) {
    // Selecting a Service on the canvas also points the toolbar at it.
    if (selection?.kind === 'service') set({ selection, selectedService: selection.id });
    else set({ selection });
  },
});
