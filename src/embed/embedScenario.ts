/**
 * Loads built-in scenarios and their tour steps into an embedded playground, for the `scenario=`
 * and `step=` options and the host page's commands.
 */
import { EXAMPLES, type Example } from '../scenarios/examples';
import { seedDemo } from '../scenarios/seedDemo';
import { useStore } from '../store';
import { useEmbedState } from './embedState';

export function findScenario(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}

/** Steps of the scenario's tour; 0 when it has none. */
export function tourLength(example: Example): number {
  const tour = (example as { tour?: { steps?: unknown[] } | unknown[] }).tour;
  if (Array.isArray(tour)) return tour.length;
  return Array.isArray(tour?.steps) ? tour.steps.length : 0;
}

/**
 * Replaces the workspace with scenario `id` at tour step `step` (clamped to the tour).
 * Returns a message for the reader when the scenario is unknown (the default one is shown instead).
 */
export function loadScenario(id: string, step = 0): string | null {
  const example = findScenario(id);
  const chosen = example ?? seedDemo;
  useStore.getState().loadExample(chosen);
  const steps = tourLength(chosen);
  useEmbedState.getState().setPosition({ scenario: chosen.id, step: Math.min(step, steps), steps });
  return example ? null : `There is no built-in scenario "${id.slice(0, 64)}"; showing ${seedDemo.title}.`;
}

/** Moves the tour to `step`; returns a message when the scenario has no such step. */
export function goToStep(step: number): string | null {
  const { scenario, steps } = useEmbedState.getState();
  if (scenario === null) return 'This playground shows its own files, not a scenario with a tour.';
  if (step > steps) return steps === 0 ? 'This scenario has no tour steps.' : `This scenario's tour has ${steps} steps.`;
  // Replaying from the scenario's files keeps each step reproducible, whatever the reader changed.
  return loadScenario(scenario, step);
}
