/** The store's shareable state, and putting a shared state back through the store's own actions. */
import { DEFAULT_VERSION, isKubeVersion } from '../engine/version';
import { useStore, type StoreState } from '../store';
import type { Selection } from '../store/types';
import { closestScenario } from './scenarioBase';
import type { ShareStateV1 } from './shareTypes';

/** Fields the timeline feature adds to the store, read only when present. */
interface TimelineFields {
  timeline?: unknown;
  cursor?: unknown;
  loadTimeline?: (timeline: unknown[], cursor?: number) => void;
}

/** The state a link or a local save keeps: files, version, selection and view settings. */
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
  const scenario = closestScenario(shared.files);
  if (scenario) shared.scenario = { id: scenario.id };
  const timeline = state as StoreState & TimelineFields;
  if (Array.isArray(timeline.timeline) && timeline.timeline.length > 0) {
    shared.timeline = structuredClone(timeline.timeline) as unknown[];
    if (typeof timeline.cursor === 'number') shared.cursor = timeline.cursor;
  }
  return shared;
}

/** Replaces the workspace with a (validated) shared state. */
export function restoreShareState(shared: ShareStateV1, store: { getState(): StoreState } = useStore): void {
  const actions = store.getState();
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
  if (shared.selection) actions.select(shared.selection as Selection);
  if (shared.theme && shared.theme !== actions.theme) actions.setTheme(shared.theme);
  if (shared.seed !== undefined && shared.seed !== actions.seed) actions.setSeed(shared.seed);
  const timeline = store.getState() as StoreState & TimelineFields;
  if (shared.timeline && typeof timeline.loadTimeline === 'function') timeline.loadTimeline(shared.timeline, shared.cursor);
}
