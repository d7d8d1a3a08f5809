/**
 * The playground's one store. The workspace text is the source of truth; the report, the
 * diagnostics and everything drawn are derived from it by the engine.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { createAnalysisRunner, type AnalysisRunner } from './worker/analysisRunner';
import { createAnalysisSlice } from './analysisSlice';
import { createHighlightSlice } from './highlightSlice';
import { createRequestsSlice } from './requestsSlice';
import { createSelectionSlice } from './selectionSlice';
import { createTerminalSlice } from './terminalSlice';
import { createTimelineSlice } from './timelineSlice';
import { createTourSlice } from './tourSlice';
import type { StoreState } from './types';
import { createViewSlice } from './viewSlice';
import { createWorkspaceSlice } from './workspaceSlice';
import { createVersionsSlice } from './versionsSlice';

export function createPlaygroundStore(runner: AnalysisRunner = createAnalysisRunner()): UseBoundStore<StoreApi<StoreState>> {
  const store = create<StoreState>()((...a) => ({
    ...createWorkspaceSlice(...a),
    ...createAnalysisSlice(runner)(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createRequestsSlice(...a),
    ...createHighlightSlice(...a),
    ...createTerminalSlice(...a),
    ...createVersionsSlice(...a),
    ...createTimelineSlice(...a),
    ...createTourSlice(...a),
  }));
  store.getState().scheduleAnalysis();
  return store;
}

export const useStore = createPlaygroundStore();

export type { RequestRun, Selection, SelectionKind, StoreState, ThemePreference } from './types';
