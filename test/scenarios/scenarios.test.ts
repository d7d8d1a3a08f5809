/**
 * Every built-in scenario: its files analyse without errors, each tour step's checks pass when
 * the steps are performed in order through the engine, and each challenge's known solution
 * passes its checks (which fail right after the setup).
 */
import { describe, expect, it } from 'vitest';
import { evaluateChecks } from '../../src/engine/checks';
import { SCENARIOS } from '../../src/scenarios/examples';
import { TourDriver } from './tourDriver';

const failures = (result: ReturnType<typeof evaluateChecks>) => result.results.filter((r) => !r.pass).map((r) => r.message);

describe('built-in scenarios', () => {
  it('has the ten scenarios of the gallery, numbered in order, with unique ids', () => {
    expect(SCENARIOS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) {
      expect(s.tour.length).toBeGreaterThanOrEqual(3);
      expect(s.files.map((f) => f.name)).toContain(s.activeFile);
    }
  });

  for (const scenario of SCENARIOS) {
    describe(`${scenario.number}. ${scenario.title}`, () => {
      it('analyses without error diagnostics', () => {
        const report = new TourDriver(scenario).report();
        expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(report.services.map((s) => s.key)).toContain(scenario.service);
      });

      it('passes every step’s checks when the tour is performed in order', () => {
        const driver = new TourDriver(scenario);
        scenario.tour.forEach((step, index) => {
          for (const action of step.actions) driver.perform(action);
          const report = driver.report();
          expect(
            report.diagnostics.filter((d) => d.severity === 'error'),
            `step ${index + 1}`,
          ).toEqual([]);
          expect(failures(evaluateChecks(report, step.checks)), `step ${index + 1}: ${step.title}`).toEqual([]);
        });
      });

      for (const challenge of scenario.challenges) {
        it(`challenge “${challenge.title}”: open after the setup, solved by the known answer`, () => {
          const driver = new TourDriver(scenario);
          for (const action of challenge.setup) driver.perform(action);
          expect(evaluateChecks(driver.report(), challenge.checks).pass).toBe(false);
          for (const action of challenge.solution) driver.perform(action);
          expect(failures(evaluateChecks(driver.report(), challenge.checks))).toEqual([]);
        });
      }
    });
  }
});
