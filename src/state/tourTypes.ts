import type { CheckResult } from '../engine/checks';
import type { TourProgress } from './tourProgress';

/** Where a guided tour stands. The state on screen is the scenario's files after the performed steps. */
export interface TourState {
  scenario: string;
  /** Index of the step shown. */
  step: number;
  /** True once the shown step's actions ran (its checks are then in `results`). */
  performed: boolean;
  results: CheckResult[] | null;
  /** An action that failed (e.g. the terminal's error), or null. */
  error: string | null;
  /**
   * "Type it yourself": the learner does the step (terminal, canvas, toolbar) instead of "Do it";
   * each change they make is checked, and the step counts as performed once its checks pass.
   */
  typing?: boolean;
}

export interface ChallengeState {
  scenario: string;
  challenge: string;
  /** The engine's verdict on the last "Check" press; null before the first. */
  results: CheckResult[] | null;
  hintShown: boolean;
}

export interface TourSlice {
  tour: TourState | null;
  challenge: ChallengeState | null;
  /** An action is running: the tour's buttons wait. */
  tourBusy: boolean;
  galleryOpen: boolean;
  /** Presenter view: large type, the current step, the canvas big. */
  workshop: boolean;
  progress: TourProgress;
  setGalleryOpen(open: boolean): void;
  setWorkshop(on: boolean): void;
  /** Loads the scenario's files with a fresh cluster and shows its first step. */
  startTour(id: string, step?: number): Promise<void>;
  /** Runs the shown step's actions, then the engine's checks. */
  performTourStep(): Promise<void>;
  /** Presenter's "forward": perform the shown step, or when done, show (and perform) the next one. */
  advanceTour(): Promise<void>;
  /** The Next button: shows the next step, not yet performed (a step that only observes is), for Do it or Type it yourself. */
  nextTourStep(): Promise<void>;
  /**
   * "Type it yourself": the shown step waits for the learner's own commands (or clicks); after each
   * change to the cluster or the files, the step's own time passes and its checks run.
   */
  typeTourStep(): void;
  /** Shows the previous step in its performed state (replayed from the scenario's files). */
  previousTourStep(): Promise<void>;
  exitTour(): void;
  /** Loads the scenario afresh and applies the challenge's setup. */
  startChallenge(scenario: string, challenge: string): Promise<void>;
  /** Asks the engine whether the challenge is solved in the current state. */
  checkChallenge(): Promise<void>;
  showChallengeHint(): void;
  exitChallenge(): void;
}
