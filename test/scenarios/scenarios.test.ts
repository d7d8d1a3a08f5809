/**
 * Every built-in scenario: its files analyse without errors, each tour step's checks pass when
 * the steps are performed in order through the store and the page's performAction, and each challenge's known solution
 * passes its checks (which fail right after the setup).
 */
import { describe, expect, it } from 'vitest';
import { evaluateChecks } from '../../src/engine/checks';
import { SCENARIOS } from '../../src/scenarios/examples';
import { TourDriver } from './tourDriver';

const failures = (result: ReturnType<typeof evaluateChecks>) => result.results.filter((r) => !r.pass).map((r) => r.message);

describe('built-in scenarios', () => {
  it('has the ten scenarios of the gallery, numbered in order, with unique ids', () => {
    expect(SCENARIOS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) {
      expect(s.tour.length).toBeGreaterThanOrEqual(3);
      expect(s.files.map((f) => f.name)).toContain(s.activeFile);
    }
  });

  for (const scenario of SCENARIOS) {
    describe(`${scenario.number}. ${scenario.title}`, () => {
      it('analyses without error diagnostics', async () => {
        const report = (await TourDriver.open(scenario)).report();
        expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(report.services.map((s) => s.key)).toContain(scenario.service);
      });

      it('passes every step’s checks when the tour is performed in order', async () => {
        const driver = await TourDriver.open(scenario);
        for (const [index, step] of scenario.tour.entries()) {
          for (const action of step.actions) await driver.perform(action);
          const report = driver.report();
          expect(
            report.diagnostics.filter((d) => d.severity === 'error'),
            `step ${index + 1}`,
          ).toEqual([]);
          expect(failures(evaluateChecks(report, step.checks)), `step ${index + 1}: ${step.title}`).toEqual([]);
        }
      });

      for (const challenge of scenario.challenges) {
        it(`challenge “${challenge.title}”: open after the setup, solved by the known answer`, async () => {
          const driver = await TourDriver.open(scenario);
          for (const action of challenge.setup) await driver.perform(action);
          expect(evaluateChecks(driver.report(), challenge.checks).pass).toBe(false);
          for (const action of challenge.solution) await driver.perform(action);
          expect(failures(evaluateChecks(driver.report(), challenge.checks))).toEqual([]);
        });
      }
    });
  }
});
