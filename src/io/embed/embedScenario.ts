/**
 * Loads built-in scenarios and their tour steps into an embedded playground, for the `scenario=`
 * and `step=` options and the host page's commands. Steps are the tour's (0-based, as in the
 * playground's own tours): going to step n replays the scenario from its files up to and
 * including step n, through the store's tour actions.
 */
import { findBuiltinScenario, type Example } from '../../scenarios/examples';
import { seedDemo } from '../../scenarios/seedDemo';
import { useStore } from '../../state';
import { useEmbedState } from '../../state/embedState';

/** Steps of the scenario's tour; 0 when it has none. */
export function tourLength(id: string): number {
  return findBuiltinScenario(id)?.tour.length ?? 0;
}

/** The title of tour step `step` of scenario `id`, if it has one. */
export function stepTitle(id: string, step: number): string | undefined {
  return findBuiltinScenario(id)?.tour[step]?.title;
}

async function show(example: Example, step: number): Promise<string | null> {
  const store = useStore.getState();
  const steps = tourLength(example.id);
  if (steps === 0) {
    store.loadExample(example);
    useEmbedState.getState().setPosition({ scenario: example.id, step: 0, steps });
    return null;
  }
  const target = Math.min(step, steps - 1);
  await store.startTour(example.id, target);
  await useStore.getState().performTourStep();
  useEmbedState.getState().setPosition({ scenario: example.id, step: target, steps });
  return useStore.getState().tour?.error ?? null;
}

/**
 * Replaces the workspace with scenario `id` at tour step `step` (clamped to the tour).
 * Resolves to a message for the reader when the scenario is unknown (the default one is shown
 * instead) or a step's action failed.
 */
export async function loadScenario(id: string, step = 0): Promise<string | null> {
  const example = findBuiltinScenario(id);
  const problem = await show(example ?? seedDemo, step);
  return example ? problem : `There is no built-in scenario "${id.slice(0, 64)}"; showing ${seedDemo.title}.`;
}

/** Moves the tour to `step`; resolves to a message when the scenario has no such step. */
export async function goToStep(step: number): Promise<string | null> {
  const { scenario, steps } = useEmbedState.getState();
  if (scenario === null) return 'This playground shows its own files, not a scenario with a tour.';
  if (steps === 0) return 'This scenario has no tour steps.';
  if (step >= steps) return `This scenario's tour has ${steps} steps (0 to ${steps - 1}).`;
  return loadScenario(scenario, step);
}
