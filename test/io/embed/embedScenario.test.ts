/** Embed steps through the store's tour actions: each step is performed, its cluster events in effect. */
import { beforeEach, describe, expect, it } from 'vitest';
import { goToStep, loadScenario } from '../../../src/io/embed/embedScenario';
import { useEmbedState } from '../../../src/state/embedState';
import { SCENARIOS } from '../../../src/scenarios/examples';
import { seedDemo } from '../../../src/scenarios/seedDemo';
import { createPlaygroundStore, installPlaygroundStore, useStore } from '../../../src/state';

beforeEach(() => {
  useEmbedState.setState(useEmbedState.getInitialState(), true);
  installPlaygroundStore(createPlaygroundStore());
});

const clientRoute = () => useStore.getState().report!.routes.find((r) => r.from === 'default/client')!;

describe('embed scenario steps', () => {
  it('goToStep performs the tour step, so its events apply, and going back undoes them', async () => {
    expect(await loadScenario('seed-demo', 0)).toBeNull();
    expect(useStore.getState().tour).toMatchObject({ scenario: 'seed-demo', step: 0, performed: true });
    expect(clientRoute().endpoints).toHaveLength(2);

    expect(await goToStep(1)).toBeNull();
    await useStore.getState().whenAnalysed();
    const { tour, timeline } = useStore.getState();
    expect(tour).toMatchObject({ scenario: 'seed-demo', step: 1, performed: true, error: null });
    expect(tour!.results!.every((r) => r.pass)).toBe(true);
    expect(timeline.map((e) => e.event.type)).toEqual(['service.patch']);
    expect(clientRoute().endpoints.map((e) => [e.node, e.weight])).toEqual([['mnode-m02', 1]]);
    expect(useEmbedState.getState()).toMatchObject({ scenario: 'seed-demo', step: 1 });

    expect(await goToStep(2)).toBeNull();
    expect(useStore.getState().tour).toMatchObject({ step: 2, performed: true });
    expect(useStore.getState().timeline).toHaveLength(2);

    expect(await goToStep(0)).toBeNull();
    await useStore.getState().whenAnalysed();
    expect(useStore.getState().timeline).toEqual([]);
    expect(clientRoute().endpoints).toHaveLength(2);
  });

  it('refuses steps the tour does not have', async () => {
    expect(await goToStep(0)).toMatch(/not a scenario with a tour/);
    await loadScenario('seed-demo', 0);
    expect(await goToStep(99)).toMatch(/^This scenario's tour has \d+ steps/);
  });
});

describe('loading a scenario', () => {
  it('puts its files in the store before it first waits, so the first paint shows them', async () => {
    const target = SCENARIOS.find((s) => s.id !== 'seed-demo' && s.tour.length > 1)!;
    const names = (files: readonly { name: string }[]) => files.map((f) => f.name);
    expect(names(target.files)).not.toEqual(names(seedDemo.files));
    useStore.getState().loadExample(seedDemo);
    await useStore.getState().whenAnalysed();
    const loading = loadScenario(target.id, 1);
    expect(names(useStore.getState().files)).toEqual(names(target.files));
    expect(await loading).toBeNull();

    const unknown = loadScenario('no-such-scenario');
    expect(names(useStore.getState().files)).toEqual(names(seedDemo.files));
    expect(await unknown).toMatch(/no built-in scenario "no-such-scenario"/);
  });
});
