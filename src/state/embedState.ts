/**
 * Where an embedded playground stands: which built-in scenario, which tour step, and a notice for
 * the reader (a bad option, an unknown scenario). Kept apart from the playground's store: only
 * embeds have it.
 */
import { create } from 'zustand';

export interface EmbedPosition {
  scenario: string | null;
  step: number;
  /** Steps of the scenario's tour (0 when it has none). */
  steps: number;
}

export interface EmbedState extends EmbedPosition {
  /** Counts position changes, a reload of the same step included (the host hears of each). */
  revision: number;
  notice: string | null;
  setPosition(position: EmbedPosition): void;
  setNotice(notice: string | null): void;
}

export const useEmbedState = create<EmbedState>()((set) => ({
  scenario: null,
  step: 0,
  steps: 0,
  revision: 0,
  notice: null,
  setPosition: (position) => set((state) => ({ ...position, revision: state.revision + 1 })),
  setNotice: (notice) => set({ notice }),
}));
