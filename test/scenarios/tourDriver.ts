/**
 * Performs tour actions in Node the way the page does: a fresh store holding the example, and the
 * page's own performAction (terminal lines through the terminal, canvas clicks as timeline events,
 * toolbar edits on the files, waiting as simulated time). The report is the store's.
 */
import type { RoutingReport } from '../../src/engine';
import type { Example, StepAction } from '../../src/scenarios/types';
import { createPlaygroundStore } from '../../src/state';
import { performAction } from '../../src/state/performAction';

export class TourDriver {
  private readonly store = createPlaygroundStore();

  private constructor() {}

  /** A driver whose workspace is `example`'s files, analysed. */
  static async open(example: Example): Promise<TourDriver> {
    const driver = new TourDriver();
    driver.store.getState().loadExample(example);
    await driver.store.getState().whenAnalysed();
    return driver;
  }

  /** The report of the files and the timeline so far; throws when the files do not analyse. */
  report(): RoutingReport {
    const { report, stale, diagnostics } = this.store.getState();
    if (report && !stale) return report;
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}: ${d.message}`);
    throw new Error(`the workspace does not analyse: ${errors.join('; ') || 'no report'}`);
  }

  /** Performs `action` as a tour step does; throws with the page's error message when it fails. */
  async perform(action: StepAction): Promise<void> {
    const error = await performAction(action, this.store.getState);
    if (error) throw new Error(error);
  }
}
