import type { StateCreator } from 'zustand';
import type { RuleLink } from '../engine';
import type { StoreState } from './types';

/** Routes from one node that a hovered rule implements, or that a hovered canvas edge draws. */
export interface RouteHighlight extends RuleLink {
  /** The node whose kube-proxy holds the rules (the route's source node). */
  node: string;
  /** Who set it: the rules panel highlights edges, the canvas highlights rules. */
  origin: 'rules' | 'canvas';
}

export interface HighlightSlice {
  highlight: RouteHighlight | null;
  setHighlight(highlight: RouteHighlight | null): void;
}

export const createHighlightSlice: StateCreator<StoreState, [], [], HighlightSlice> = (set) => ({
  highlight: null,
  setHighlight(highlight) {
    set({ highlight });
  },
});
