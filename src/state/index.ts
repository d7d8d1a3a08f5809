/**
 * The playground's one store. The workspace text is the source of truth; the report, the
 * diagnostics and everything drawn are derived from it by the engine.
 */
import { create, useStore as useStoreOf, type StoreApi, type UseBoundStore } from 'zustand';
import { createAnalysisRunner, type AnalysisRunner } from './worker/analysisRunner';
import { createAnalysisSlice } from './analysisSlice';
import { createHighlightSlice } from './highlightSlice';
import { createIPFamilySlice } from './ipFamilySlice';
import { createRequestsSlice } from './requestsSlice';
import { createSelectionSlice } from './selectionSlice';
import { createTerminalSlice } from './terminalSlice';
import { createTimelineSlice } from './timelineSlice';
import { createTourSlice } from './tourSlice';
import type { StoreState } from './types';
import { createViewSlice } from './viewSlice';
import { createWorkspaceSlice } from './workspaceSlice';
import { createVersionsSlice } from './versionsSlice';

export type PlaygroundStore = UseBoundStore<StoreApi<StoreState>>;

/**
 * A new store, with its own analysis runner, that starts analysing its workspace at once. The page
 * makes one (main.tsx); each test makes its own.
 *
 * @example
 * installPlaygroundStore(createPlaygroundStore()); // what useStore reads from now on
 */
export function createPlaygroundStore(runner: AnalysisRunner = createAnalysisRunner()): PlaygroundStore {
  const store = create<StoreState>()((...a) => ({
    ...createWorkspaceSlice(...a),
    ...createAnalysisSlice(runner)(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createIPFamilySlice(...a),
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

let installed: PlaygroundStore | undefined;

/** Makes `store` the one useStore reads and writes. */
export function installPlaygroundStore(store: PlaygroundStore): void {
  installed = store;
}

/** The installed store; a page or test that installed none gets one made on first use. */
function playgroundStore(): PlaygroundStore {
  return (installed ??= createPlaygroundStore());
}

type Api = StoreApi<StoreState>;

/**
 * The installed store, read with a selector in components (`useStore((s) => s.files)`), and with
 * getState/setState/subscribe elsewhere, as a zustand store is.
 */
export const useStore = Object.assign(<T>(selector: (state: StoreState) => T): T => useStoreOf(playgroundStore(), selector), {
  getState: (() => playgroundStore().getState()) as Api['getState'],
  getInitialState: (() => playgroundStore().getInitialState()) as Api['getInitialState'],
  setState: ((...args: Parameters<Api['setState']>) => playgroundStore().setState(...args)) as Api['setState'],
  subscribe: ((listener) => playgroundStore().subscribe(listener)) as Api['subscribe'],
});

export type { RequestRun, Selection, SelectionKind, StoreState, ThemePreference } from './types';
