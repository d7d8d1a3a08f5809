/**
 * Every built-in scenario's tour, end to end in the page: opened from the gallery, each step
 * performed with its button (terminal lines, canvas events, toolbar edits, waiting), and every
 * check confirmed by the engine. Before them workshop mode driven by the keyboard; after them a
 * challenge.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SCENARIOS } from '../../src/scenarios/examples';
import { openPage, type OpenedPage } from './harness';
import { CLIENT_ROUTES, openTerminal, screenshotPath } from './pageHelpers';

/** Generous: other test runs may share the machine; a step normally takes well under a second. */
const STEP_TIMEOUT = 45_000;
const TEST_TIMEOUT = 180_000;

async function openGallery(page: Page) {
  await page.getByTestId('toolbar').waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Alt+G');
  await page.getByTestId('scenario-gallery').locator('.kt-gallery__card').first().waitFor({ timeout: STEP_TIMEOUT });
}

/** Waits until step `index` is performed and returns whether all its checks passed, with their messages. */
async function stepOutcome(page: Page, index: number) {
  const step = page.locator(`[data-testid="dock-panel-tour"] [data-testid="tour-step"][data-step="${index}"]`);
  await step.waitFor({ timeout: STEP_TIMEOUT });
  const results = step.getByTestId('check-results');
  const error = step.getByTestId('tour-error');
  await results.or(error).waitFor({ timeout: STEP_TIMEOUT });
  if (await error.count()) return { pass: false, messages: [await error.textContent()] };
  return {
    pass: (await results.getAttribute('data-pass')) === 'true',
    messages: await results.getByTestId('check-result').allTextContents(),
  };
}

/** Starts a tour from the gallery; when the workspace holds edits (an earlier tour's), confirms that they go. */
async function startTour(page: Page, id: string) {
  // The shortcut is the page's, wherever the last step left the focus (the terminal, a button).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await openGallery(page);
  await page.getByTestId(`start-tour-${id}`).click();
  const confirm = page.getByTestId('confirm-ok');
  const first = page.locator('[data-testid="dock-panel-tour"] [data-testid="tour-step"][data-step="0"]');
  await confirm.or(first).first().waitFor({ timeout: STEP_TIMEOUT });
  if (await confirm.isVisible()) await confirm.click();
}

// One page for the file: workshop mode first, then the tours one after another, each started from
// the gallery as a learner would, then a challenge.
let tours: OpenedPage;
beforeAll(async () => {
  tours = await openPage();
}, TEST_TIMEOUT);
afterAll(() => tours?.close());

test(
  'workshop mode: large step, keyboard next and previous, canvas follows; progress survives a reload',
  async () => {
    // First on the page as it opens: the gallery's progress below is this test's alone.
    const { page, consoleErrors } = tours;
    try {
      await openGallery(page);
      await page.getByTestId('start-tour-seed-demo').click();
      await page.getByTestId('dock-panel-tour').getByTestId('check-results').waitFor({ timeout: STEP_TIMEOUT });
      await page.keyboard.press('Alt+W');
      const workshop = page.getByTestId('workshop');
      await workshop.waitFor({ timeout: STEP_TIMEOUT });
      expect(await workshop.getByTestId('tour-step-number').textContent()).toBe('1');
      const title = await workshop.locator('.kt-step__title').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
      expect(title).toBeGreaterThanOrEqual(28);
      await workshop.locator('[data-testid^="pod-default/client"]').first().waitFor({ timeout: STEP_TIMEOUT });

      // → moves to step 2 and performs it: PreferSameNode leaves one route, 100%.
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => workshop.getByTestId('tour-step-number').textContent()).toBe('2');
      await workshop.locator('[data-testid="check-results"][data-pass="true"]').waitFor({ timeout: STEP_TIMEOUT });
      await expect.poll(() => workshop.locator(CLIENT_ROUTES).count(), { timeout: 10_000 }).toBe(1);
      await page.screenshot({ path: screenshotPath('workshop') });

      // ← goes back: both routes again.
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => workshop.getByTestId('tour-step-number').textContent()).toBe('1');
      await expect.poll(() => workshop.locator(CLIENT_ROUTES).count(), { timeout: 10_000 }).toBe(2);

      await page.keyboard.press('Escape');
      await workshop.waitFor({ state: 'detached' });

      await page.reload();
      await openGallery(page);
      const progress = page.getByTestId('scenario-seed-demo').getByTestId('scenario-progress');
      expect(await progress.textContent()).toContain(`2 of ${SCENARIOS[0]!.tour.length} steps confirmed`);
      expect(await page.getByTestId('resume-tour').textContent()).toContain('step 1');
      await page.screenshot({ path: screenshotPath('gallery') });
      expect(consoleErrors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: screenshotPath('workshop-failed') });
      throw error;
    }
  },
  TEST_TIMEOUT,
);

for (const scenario of SCENARIOS) {
  test(
    `tour ${scenario.number}, ${scenario.title}: every step’s checks pass in the page`,
    async () => {
      const { page, consoleErrors } = tours;
      consoleErrors.length = 0;
      try {
        await startTour(page, scenario.id);
        const panel = page.getByTestId('dock-panel-tour');
        for (let index = 0; index < scenario.tour.length; index++) {
          // Next shows the step (a step that only observes is performed at once); wait until that
          // settles before deciding whether the step still needs its Do it.
          await panel.locator(`[data-testid="tour-step"][data-step="${index}"][aria-busy="false"]`).waitFor({ timeout: STEP_TIMEOUT });
          const perform = panel.getByTestId('tour-perform');
          if (await perform.count()) await perform.click();
          const outcome = await stepOutcome(page, index);
          expect(outcome, `step ${index + 1}: ${scenario.tour[index]!.title}`).toEqual({ pass: true, messages: expect.any(Array) });
          if (index + 1 < scenario.tour.length) await panel.getByTestId('tour-next').click();
        }
        expect(await panel.getByTestId('tour-next').isDisabled()).toBe(true);
        await page.screenshot({ path: screenshotPath(`tour-${scenario.id}`) });
        expect(consoleErrors).toEqual([]);
      } catch (error) {
        await page.screenshot({ path: screenshotPath(`tour-${scenario.id}-failed`) });
        throw error;
      }
    },
    TEST_TIMEOUT,
  );
}

test(
  'a challenge: open after its setup, solved from the terminal, confirmed by the engine',
  async () => {
    // After the tours, on the same page: the workspace holds a tour's edits, so opening the challenge asks first.
    const { page, consoleErrors } = tours;
    consoleErrors.length = 0;
    try {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await openGallery(page);
      await page.getByTestId('start-challenge-local-never-drop').click();
      const confirm = page.getByTestId('confirm-ok');
      await confirm.or(page.getByTestId('dock-panel-tour').getByTestId('challenge')).first().waitFor({ timeout: STEP_TIMEOUT });
      if (await confirm.isVisible()) await confirm.click();
      const panel = page.getByTestId('dock-panel-tour');
      await panel.getByTestId('challenge').waitFor();
      await panel.getByTestId('challenge-check').click();
      expect(await panel.getByTestId('check-results').getAttribute('data-pass')).toBe('false');

      const input = await openTerminal(page);
      await input.fill(
        `kubectl patch svc echo-local --type merge -p '{"spec":{"internalTrafficPolicy":"Cluster","trafficDistribution":"PreferSameNode"}}'`,
      );
      await input.press('Enter');
      await page.getByTestId('dock-tab-tour').click();
      await expect
        .poll(
          async () => {
            await panel.getByTestId('challenge-check').click();
            return panel.getByTestId('check-results').getAttribute('data-pass');
          },
          { timeout: 10_000 },
        )
        .toBe('true');
      await page.screenshot({ path: screenshotPath('challenge') });
      expect(consoleErrors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: screenshotPath('challenge-failed') });
      throw error;
    }
  },
  TEST_TIMEOUT,
);
