/** The store's shareable state, and putting a shared state back through the store's own actions. */
import type { TimelineEvent } from '../../engine';
import { DEFAULT_VERSION, isKubeVersion } from '../../engine';
import { useStore, type StoreState } from '../../state';
import type { Selection } from '../../state/types';
import { findBuiltinScenario } from '../../scenarios/examples';
import { closestScenario } from './scenarioBase';
import type { ShareStateV1 } from './shareTypes';

/** The store fields captureShareState reads: states equal in these give the same link or save. */
const SHARED_FIELDS = [
  'files',
  'kubernetesVersion',
  'selection',
  'selectedService',
  'ipFamily',
  'theme',
  'activeFile',
  'seed',
  'tour',
  'timeline',
  'cursor',
] as const;

/**
 * Whether what captureShareState would write differs between two store states (a report, a hover
 * or an animation frame changes none of it).
 *
 * @example
 * sharedStateChanged(useStore.getState(), previous); // false after a hover
 */
export function sharedStateChanged(state: StoreState, previous: StoreState): boolean {
  for (const field of SHARED_FIELDS) if (state[field] !== previous[field]) return true;
  return false;
}

/** The state a link or a local save keeps: files, version, timeline, selection and view settings. */
export function captureShareState(state: StoreState): ShareStateV1 {
  const shared: ShareStateV1 = {
    v: 1,
    files: state.files.map((f) => ({ name: f.name, text: f.text })),
    kubernetesVersion: state.kubernetesVersion,
    selection: state.selection ? { kind: state.selection.kind, id: state.selection.id } : null,
    selectedService: state.selectedService,
    theme: state.theme,
    activeFile: state.activeFile,
    seed: state.seed,
  };
  if (state.ipFamily) shared.ipFamily = state.ipFamily;
  if (state.tour) {
    shared.scenario = { id: state.tour.scenario, step: state.tour.step };
    if (state.tour.performed) shared.scenario.performed = true;
  } else {
    const scenario = closestScenario(shared.files);
    if (scenario) shared.scenario = { id: scenario.id };
  }
  if (state.timeline.length > 0) {
    shared.timeline = structuredClone(state.timeline);
    shared.cursor = state.cursor;
  }
  return shared;
}

/**
 * Replays a (validated) timeline through the timeline's own actions: each event at its moment,
 * then the cursor where it was. Runs on a fresh cluster (loadExample clears the timeline).
 */
function replayTimeline(store: { getState(): StoreState }, timeline: readonly TimelineEvent[], cursor: number | undefined): void {
  for (const entry of timeline) {
    const { now, advance, dispatch } = store.getState();
    if (entry.at > now) advance(entry.at - now);
    dispatch(entry.event, entry.label);
  }
  if (cursor !== undefined && cursor < timeline.length) store.getState().stepTo(cursor);
}

/** Reopens a tour at its step as the tour builds it, performing the step when the state was taken after it ran. */
async function reopenTour(store: { getState(): StoreState }, id: string, step: number, performed: boolean): Promise<void> {
  await store.getState().startTour(id, step);
  if (performed && store.getState().tour?.step === step) await store.getState().performTourStep();
}

/**
 * Replaces the workspace with a (validated) shared state. A state taken during a guided tour
 * reopens the tour at its step, as the tour builds that step (its cluster events included).
 */
export function restoreShareState(shared: ShareStateV1, store: { getState(): StoreState } = useStore): void {
  const actions = store.getState();
  const step = shared.scenario?.step;
  if (step !== undefined && findBuiltinScenario(shared.scenario!.id)) {
    void reopenTour(store, shared.scenario!.id, step, shared.scenario!.performed === true);
    if (shared.theme && shared.theme !== actions.theme) actions.setTheme(shared.theme);
    actions.setIpFamily(shared.ipFamily ?? null);
    return;
  }
  const files = shared.files.map((f) => ({ name: f.name, text: f.text }));
  actions.loadExample({
    id: shared.scenario?.id ?? 'shared',
    title: 'Shared workspace',
    description: '',
    files,
    activeFile: shared.activeFile ?? files[0]?.name ?? '',
    service: shared.selectedService ?? '',
    kubernetesVersion: isKubeVersion(shared.kubernetesVersion) ? shared.kubernetesVersion : DEFAULT_VERSION,
  });
  if (shared.selectedService === null || shared.selectedService === undefined) actions.setSelectedService(null);
  replayTimeline(store, (shared.timeline ?? []) as TimelineEvent[], shared.cursor);
  if (shared.selection) actions.select(shared.selection as Selection);
  if (shared.theme && shared.theme !== actions.theme) actions.setTheme(shared.theme);
  if (shared.seed !== undefined && shared.seed !== actions.seed) actions.setSeed(shared.seed);
  // A state without it (older links) shows each dual-stack Service's primary family.
  actions.setIpFamily(shared.ipFamily ?? null);
}
