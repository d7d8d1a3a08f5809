/**
 * Tours through the store, as the page runs them: terminal lines, timeline events, toolbar edits
 * and simulated time, with the engine's checks after each step; progress in localStorage.
 */
// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/scenarios/examples';
import { loadProgress } from '../../src/state/tourProgress';
import { createPlaygroundStore } from '../../src/state';

beforeEach(() => localStorage.clear());

describe('tour slice', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.number}. ${scenario.title}: every step passes when advanced in order`, async () => {
      const store = createPlaygroundStore();
      await store.getState().startTour(scenario.id);
      for (let step = 0; step < scenario.tour.length; step++) {
        // Forward moves to the next step and performs it; a first step with actions waits for a press.
        if (step > 0 || !store.getState().tour!.performed) await store.getState().advanceTour();
        const tour = store.getState().tour!;
        expect(tour.step).toBe(step);
        expect(tour.error).toBeNull();
        expect(
          tour.results!.filter((r) => !r.pass).map((r) => r.message),
          `step ${step + 1}`,
        ).toEqual([]);
      }
      expect(loadProgress().scenarios[scenario.id]!.passedSteps).toEqual(scenario.tour.map((_, i) => i));
    });
  }

  for (const id of ['seed-demo', 'drain-pdb', 'rolling-update']) {
    it(`${id}: the timeline's step reads the same after Previous as when Do it performed it`, async () => {
      const store = createPlaygroundStore();
      // What the timeline shows for the step: its route changes and what the controllers did.
      const shown = () => {
        const state = store.getState();
        return [
          `${state.cursor} @${state.now}`,
          ...state.lastChanges.map((c) => `${c.kind} ${c.message}`),
          ...(state.report?.live?.step?.log ?? []).map((l) => `log ${l.message}`),
        ];
      };
      await store.getState().startTour(id);
      const scenario = SCENARIOS.find((s) => s.id === id)!;
      const forward: string[][] = [];
      for (let step = 0; step < scenario.tour.length; step++) {
        if (step > 0 || !store.getState().tour!.performed) await store.getState().advanceTour();
        await store.getState().whenAnalysed();
        forward.push(shown());
      }
      expect(forward.some((lines) => lines.length > 1)).toBe(true);
      for (let step = scenario.tour.length - 2; step >= 0; step--) {
        await store.getState().previousTourStep();
        await store.getState().whenAnalysed();
        expect(store.getState().tour!.step).toBe(step);
        expect(shown(), `step ${step + 1}`).toEqual(forward[step]);
      }
    });
  }

  it('previous replays the earlier step from the scenario’s files and undoes the later events', async () => {
    const store = createPlaygroundStore();
    await store.getState().startTour('seed-demo');
    expect(store.getState().tour!.performed).toBe(true); // the first step only observes
    await store.getState().advanceTour();
    expect(store.getState().tour!.step).toBe(1);
    expect(store.getState().timeline.length).toBe(1);
    await store.getState().previousTourStep();
    const { tour, timeline, report } = store.getState();
    expect(tour!.step).toBe(0);
    expect(tour!.results!.every((r) => r.pass)).toBe(true);
    expect(timeline).toEqual([]);
    expect(report!.services.find((s) => s.key === 'default/echo-svc')!.trafficDistribution).toBeUndefined();
    expect(loadProgress().last).toEqual({ scenario: 'seed-demo', step: 0 });
  });

  it('moves asked for while a step is still performing are queued, in order, never dropped', async () => {
    const store = createPlaygroundStore();
    await store.getState().startTour('seed-demo');
    // Two quick presses: the second arrives while the first step still performs.
    const first = store.getState().advanceTour();
    expect(store.getState().tourBusy).toBe(true);
    const second = store.getState().advanceTour();
    await Promise.all([first, second]);
    const tour = store.getState().tour!;
    expect(tour.step).toBe(2);
    expect(tour.performed).toBe(true);
    // Both steps' actions ran: one timeline entry each.
    expect(store.getState().timeline.length).toBe(2);
    expect(loadProgress().scenarios['seed-demo']!.passedSteps).toEqual([0, 1, 2]);
    // A move back queued behind a move forward runs after it.
    const forward = store.getState().advanceTour();
    const back = store.getState().previousTourStep();
    await Promise.all([forward, back]);
    expect(store.getState().tour!.step).toBe(2);
    expect(store.getState().tourBusy).toBe(false);
  });

  it('a failing terminal command stops the step and shows its error', async () => {
    const store = createPlaygroundStore();
    await store.getState().startTour('local-vs-prefersamenode', 1);
    await store.getState().runTerminalCommand('kubectl delete pod echo-m02 --grace-period=0 --force');
    await store.getState().whenAnalysed();
    await store.getState().performTourStep();
    const tour = store.getState().tour!;
    expect(tour.performed).toBe(true);
    expect(tour.error).toMatch(/not found/);
    expect(tour.results).toBeNull();
  });

  it('challenges: open after the setup, solved once the state meets the checks, and remembered', async () => {
    const store = createPlaygroundStore();
    const scenario = SCENARIOS.find((s) => s.id === 'local-vs-prefersamenode')!;
    const challenge = scenario.challenges[0]!;
    await store.getState().startChallenge(scenario.id, challenge.id);
    await store.getState().checkChallenge();
    expect(store.getState().challenge!.results!.some((r) => !r.pass)).toBe(true);
    for (const action of challenge.solution) if ('command' in action) await store.getState().runTerminalCommand(action.command);
    await store.getState().whenAnalysed();
    await store.getState().checkChallenge();
    expect(store.getState().challenge!.results!.every((r) => r.pass)).toBe(true);
    expect(loadProgress().scenarios[scenario.id]!.solvedChallenges).toEqual([challenge.id]);
  });
});
