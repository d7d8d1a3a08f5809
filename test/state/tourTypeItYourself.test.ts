/**
 * "Type it yourself": the learner's own terminal lines (or clicks) do the step; the tour checks
 * after each change and counts the step as performed once its checks pass.
 */
// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { SCENARIOS, findBuiltinScenario } from '../../src/scenarios/examples';
import { createPlaygroundStore } from '../../src/state';
import { loadProgress } from '../../src/state/tourProgress';

beforeEach(() => localStorage.clear());

type Store = ReturnType<typeof createPlaygroundStore>;

/** Waits for the analysis and any tour move the learner's change started. */
async function idle(store: Store) {
  for (let i = 0; i < 50; i++) {
    await store.getState().whenAnalysed();
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!store.getState().tourBusy) return;
  }
}

describe('Type it yourself', () => {
  it('Next shows the next step without doing it; the learner’s own command passes it, a wrong one does not', async () => {
    const store = createPlaygroundStore();
    await store.getState().startTour('seed-demo');
    await store.getState().nextTourStep();
    let tour = store.getState().tour!;
    expect(tour).toMatchObject({ step: 1, performed: false, results: null });
    expect(store.getState().timeline).toEqual([]);

    store.getState().typeTourStep();
    expect(store.getState().tour!.typing).toBe(true);
    await store.getState().runTerminalCommand('kubectl get pods');
    await idle(store);
    expect(store.getState().tour!.results).toBeNull();

    await store.getState().runTerminalCommand(`kubectl patch svc echo-svc -p '{"spec":{"trafficDistribution":"PreferSameZone"}}'`);
    await idle(store);
    tour = store.getState().tour!;
    expect(tour.performed).toBe(false);
    expect(tour.results!.some((r) => !r.pass)).toBe(true);

    // Spelt otherwise than the step (the namespace before the verb, the kind in full, no --type): it does what the step asks.
    await store
      .getState()
      .runTerminalCommand(`kubectl -n default patch service echo-svc -p '{"spec":{"trafficDistribution":"PreferSameNode"}}'`);
    await idle(store);
    tour = store.getState().tour!;
    expect(tour.performed).toBe(true);
    expect(tour.results!.every((r) => r.pass)).toBe(true);
    expect(loadProgress().scenarios['seed-demo']!.passedSteps).toContain(1);
  });

  it('lets the step’s own time pass after the learner’s command (a rollout step with a wait)', async () => {
    const scenario = findBuiltinScenario('seed-demo')!;
    const index = scenario.tour.findIndex((s) => s.actions.some((a) => 'wait' in a) && s.actions.some((a) => 'command' in a));
    const command = scenario.tour[index]!.actions.find((a) => 'command' in a)!;
    const store = createPlaygroundStore();
    await store.getState().startTour('seed-demo', index);
    store.getState().typeTourStep();
    await store.getState().runTerminalCommand('command' in command ? command.command : '');
    await idle(store);
    expect(store.getState().tour).toMatchObject({ step: index, performed: true });
    expect(store.getState().now).toBeGreaterThan(0);
  });

  it('a canvas click does a click step; Do it after an attempt starts the step again from the tour’s state', async () => {
    const scenario = SCENARIOS.find((s) => s.tour.some((step) => step.actions.some((a) => 'event' in a)))!;
    const index = scenario.tour.findIndex((step) => step.actions.some((a) => 'event' in a));
    const action = scenario.tour[index]!.actions.find((a) => 'event' in a)!;
    const store = createPlaygroundStore();
    await store.getState().startTour(scenario.id, index);
    const before = store.getState().timeline.length;
    store.getState().typeTourStep();
    store.getState().dispatch({ type: 'node.cordon', node: store.getState().report!.nodes[0]!.name });
    await idle(store);
    expect(store.getState().tour!.performed).toBe(false);

    await store.getState().performTourStep();
    expect(store.getState().tour).toMatchObject({ step: index, performed: true });
    expect(store.getState().tour!.typing).toBeFalsy();
    expect(store.getState().timeline.map((e) => e.event)).toHaveLength(before + 1);
    expect(store.getState().timeline.at(-1)!.event).toEqual('event' in action ? action.event : undefined);
    expect(store.getState().tour!.results!.every((r) => r.pass)).toBe(true);
  });
});
