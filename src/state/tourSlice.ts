/**
 * Guided tours and challenges: steps performed through the terminal, the timeline and the toolbar,
 * each confirmed by the engine's checks on the report; progress kept in localStorage.
 */
import type { StateCreator } from 'zustand';
import { findBuiltinScenario } from '../scenarios/examples';
import { reportIsCurrent } from './analysisSlice';
import { performAction } from './performAction';
import { loadProgress, saveProgress, withPassedStep, withSolvedChallenge } from './tourProgress';
import type { Scenario, StepAction } from '../scenarios/types';
import type { TourSlice } from './tourTypes';
import type { StoreState } from './types';

/** The checks engine is loaded with the first tour or challenge, not with the page. */
const loadChecks = () => import('../engine/checks');

export const createTourSlice: StateCreator<StoreState, [], [], TourSlice> = (set, get, api) => {
  /** Runs actions in order; stops at the first failure and returns its message. */
  const run = async (actions: readonly StepAction[]): Promise<string | null> => {
    for (const action of actions) {
      const error = await performAction(action, get);
      if (error) return error;
    }
    return null;
  };

  const fresh = async (scenario: Scenario) => {
    get().loadExample(scenario);
    await get().whenAnalysed();
  };

  const evaluate = async (scenario: Scenario, step: number) => {
    const { evaluateChecks } = await loadChecks();
    const { report } = get();
    if (!report || !reportIsCurrent(get()))
      return [{ pass: false, message: 'The files have errors, so the engine cannot check this step.' }];
    const { pass, results } = evaluateChecks(report, scenario.tour[step]!.checks);
    if (pass) set({ progress: withPassedStep(get().progress, scenario.id, step) });
    return results;
  };

  const remember = () => {
    const { tour, progress } = get();
    const next = tour ? { ...progress, last: { scenario: tour.scenario, step: tour.step } } : progress;
    set({ progress: next });
    saveProgress(next);
  };

  /** Performs the shown step (exclusive: one action sequence at a time). */
  const perform = async () => {
    let tour = get().tour;
    const scenario = tour && findBuiltinScenario(tour.scenario);
    if (!tour || !scenario || tour.performed) return;
    // After the learner's own attempts, Do it starts the step again from where the tour left it.
    if (tour.typing) {
      await show(scenario, tour.step);
      tour = get().tour;
      if (!tour || tour.performed) return;
    }
    const error = await run(scenario.tour[tour.step]!.actions);
    const results = error ? null : await evaluate(scenario, tour.step);
    set({ tour: { ...tour, performed: true, error, results } });
    remember();
  };

  /** Replays steps before `step` from the scenario's files, shows `step`, and performs it when it only observes. */
  const show = async (scenario: Scenario, step: number) => {
    await fresh(scenario);
    let error: string | null = null;
    for (let i = 0; i < step && !error; i++) error = await run(scenario.tour[i]!.actions);
    set({ tour: { scenario: scenario.id, step, performed: false, results: null, error }, challenge: null });
    if (!error && scenario.tour[step]!.actions.length === 0) await perform();
    else remember();
  };

  /**
   * Tour moves run one after the other: a move asked for while a step is still performing waits
   * its turn (a presenter's two quick → presses perform one step and then the next), never dropped.
   */
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  const exclusive = (work: () => Promise<void>): Promise<void> => {
    // With nothing queued the move starts at once (its first, synchronous part, such as loading a
    // scenario's files, is in the store before the caller's next line).
    const idle = pending === 0;
    pending++;
    set({ tourBusy: true });
    const run = (idle ? work() : queue.then(work)).finally(() => {
      pending--;
      if (pending === 0) set({ tourBusy: false });
    });
    queue = run.catch(() => undefined);
    return run;
  };

  /**
   * After a change the learner made while typing the step: the step's own waits pass (as Do it
   * would let them), then its checks run; passing checks perform the step.
   */
  const checkTyped = async () => {
    const tour = get().tour;
    const scenario = tour && findBuiltinScenario(tour.scenario);
    if (!tour?.typing || tour.performed || !scenario) return;
    await get().whenAnalysed();
    for (const action of scenario.tour[tour.step]!.actions) if ('wait' in action) await performAction(action, get);
    const results = await evaluate(scenario, tour.step);
    const now = get().tour;
    if (!now || now.scenario !== tour.scenario || now.step !== tour.step || !now.typing) return;
    const pass = results.every((r) => r.pass);
    set({ tour: { ...now, performed: pass, results, error: null } });
    if (pass) remember();
  };

  // The learner's changes: a terminal command or a canvas click puts an event on the timeline, a toolbar edit changes the files.
  api.subscribe((state, previous) => {
    if (state.timeline === previous.timeline && state.files === previous.files) return;
    if (!state.tour?.typing || state.tour.performed || state.tourBusy) return;
    void exclusive(checkTyped);
  });

  return {
    tour: null,
    challenge: null,
    tourBusy: false,
    galleryOpen: false,
    workshop: false,
    progress: loadProgress(),

    setGalleryOpen(open) {
      set({ galleryOpen: open });
    },
    setWorkshop(on) {
      // The presenter view shows the step itself: fold the dock so the canvas gets the room.
      set(on ? { workshop: true, dockPanel: null } : { workshop: false });
    },

    startTour(id, step = 0) {
      const scenario = findBuiltinScenario(id);
      if (!scenario) return Promise.resolve();
      set({ galleryOpen: false });
      return exclusive(() => show(scenario, Math.max(0, Math.min(scenario.tour.length - 1, Math.trunc(step)))));
    },

    performTourStep() {
      return exclusive(perform);
    },

    advanceTour() {
      return exclusive(async () => {
        const tour = get().tour;
        const scenario = tour && findBuiltinScenario(tour.scenario);
        if (!tour || !scenario) return;
        if (!tour.performed) return perform();
        if (tour.step + 1 >= scenario.tour.length) return;
        set({ tour: { scenario: scenario.id, step: tour.step + 1, performed: false, results: null, error: null } });
        await perform();
      });
    },

    nextTourStep() {
      return exclusive(async () => {
        const tour = get().tour;
        const scenario = tour && findBuiltinScenario(tour.scenario);
        if (!tour || !scenario || !tour.performed || tour.step + 1 >= scenario.tour.length) return;
        set({ tour: { scenario: scenario.id, step: tour.step + 1, performed: false, results: null, error: null } });
        if (scenario.tour[tour.step + 1]!.actions.length === 0) await perform();
        else remember();
      });
    },

    typeTourStep() {
      const tour = get().tour;
      if (!tour || tour.performed || get().tourBusy) return;
      set({ tour: { ...tour, typing: true, results: null, error: null } });
    },

    previousTourStep() {
      return exclusive(async () => {
        const tour = get().tour;
        const scenario = tour && findBuiltinScenario(tour.scenario);
        if (!tour || !scenario || tour.step === 0) return;
        await show(scenario, tour.step - 1);
        if (!get().tour?.performed) await perform();
      });
    },

    exitTour() {
      set({ tour: null, workshop: false });
    },

    startChallenge(id, challengeId) {
      const scenario = findBuiltinScenario(id);
      const challenge = scenario?.challenges.find((c) => c.id === challengeId);
      if (!scenario || !challenge) return Promise.resolve();
      set({ galleryOpen: false });
      return exclusive(async () => {
        await fresh(scenario);
        await run(challenge.setup);
        set({ tour: null, challenge: { scenario: id, challenge: challengeId, results: null, hintShown: false } });
      });
    },

    async checkChallenge() {
      const { evaluateChecks } = await loadChecks();
      const current = get().challenge;
      const challenge = current && findBuiltinScenario(current.scenario)?.challenges.find((c) => c.id === current.challenge);
      if (!current || !challenge) return;
      const { report } = get();
      if (!report || !reportIsCurrent(get())) {
        set({
          challenge: {
            ...current,
            results: [{ pass: false, message: 'The files have errors, so the engine cannot check the challenge.' }],
          },
        });
        return;
      }
      const { pass, results } = evaluateChecks(report, challenge.checks);
      const progress = pass ? withSolvedChallenge(get().progress, current.scenario, current.challenge) : get().progress;
      set({ challenge: { ...current, results }, progress });
      saveProgress(progress);
    },

    showChallengeHint() {
      const current = get().challenge;
      if (current) set({ challenge: { ...current, hintShown: true } });
    },

    exitChallenge() {
      set({ challenge: null });
    },
  };
};
