/**
 * A tour step typed by the learner instead of "Do it": the step shows its command and a terminal
 * with the focus, the learner types the command, and the engine's checks pass. The step's buttons
 * stay in view at the sizes people use (workshop 1280×720, embeds' 360×300 and 700×420, 1024×768,
 * 1440×900 with the dock).
 */
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { findBuiltinScenario } from '../../src/scenarios/examples';
import { pageForFile } from './pageForFile';
import { screenshotPath } from './pageHelpers';

const TIMEOUT = 45_000;

/** Starts the tour from the gallery; when an earlier test's steps left edits, confirms that they go. */
async function startTour(page: Page, id: string) {
  await page.getByTestId('toolbar').waitFor({ timeout: TIMEOUT });
  // The shortcut is the page's, wherever the last test left the focus (the terminal, a button).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Alt+G');
  await page.getByTestId(`start-tour-${id}`).click();
  const confirm = page.getByTestId('confirm-ok');
  await confirm.or(page.locator('[data-testid="tour-step"][data-step="0"]')).first().waitFor({ timeout: TIMEOUT });
  if (await confirm.isVisible()) await confirm.click();
}

// One page for the file: each test sizes it (as a window is resized) and starts the tour again.
const shared = pageForFile({ viewport: { width: 1280, height: 720 } });

/** Waits until the shown step is `index` and no tour action runs. */
async function stepShown(page: Page, index: number): Promise<Locator> {
  const step = page.locator(`[data-testid="tour-step"][data-step="${index}"][aria-busy="false"]`);
  await step.waitFor({ timeout: TIMEOUT });
  return step;
}

/** Whether the element is wholly inside the viewport and nothing else covers its middle. */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  if (!box || box.width === 0) return false;
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;
  if (!inside) return false;
  return locator.evaluate(
    (el, [x, y]) => {
      const top = document.elementFromPoint(x!, y!);
      return top !== null && (el === top || el.contains(top));
    },
    [box.x + box.width / 2, box.y + box.height / 2],
  );
}

test('Type it yourself: the learner types the step’s command in the terminal the step shows, and the step passes', async () => {
  const scenario = findBuiltinScenario('seed-demo')!;
  const action = scenario.tour[1]!.actions[0]!;
  if (!('command' in action)) throw new Error('the seed demo tour’s second step types a command');
  const { page, consoleErrors } = shared.opened;
  consoleErrors.length = 0;
  await page.setViewportSize({ width: 1280, height: 720 });
  await startTour(page, 'seed-demo');
  let step = await stepShown(page, 0);
  await step.getByTestId('tour-next').click();
  step = await stepShown(page, 1);
  // Next shows the step without doing it: both ways are offered, in view.
  expect(await step.getByTestId('check-results').count()).toBe(0);
  expect(await inView(page, step.getByTestId('tour-perform'))).toBe(true);
  expect(await inView(page, step.getByTestId('tour-type'))).toBe(true);
  expect(await step.getByTestId('tour-type').textContent()).toBe('Type it yourself');

  await step.getByTestId('tour-type').click();
  const input = step.getByTestId('terminal-input');
  await input.waitFor({ timeout: TIMEOUT });
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  // What to type stays in view with the buttons, and so does the prompt, however long the scrollback.
  expect(await step.getByTestId('tour-to-type').textContent()).toContain(action.command);
  await expect.poll(() => inView(page, step.getByTestId('tour-to-type'))).toBe(true);
  await expect.poll(() => inView(page, input)).toBe(true);

  // A command that does something else is checked too, and does not pass the step.
  await page.keyboard.type('kubectl get pods');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`kubectl patch svc echo-svc -p '{"spec":{"trafficDistribution":"PreferSameZone"}}'`);
  await page.keyboard.press('Enter');
  const results = step.getByTestId('check-results');
  await results.waitFor({ timeout: TIMEOUT });
  await expect.poll(() => results.getAttribute('data-pass'), { timeout: TIMEOUT }).toBe('false');
  expect(await step.getByTestId('tour-type').count()).toBe(0);

  // The step's own command: typed, not pressed.
  await input.focus();
  await page.keyboard.type(action.command);
  await page.keyboard.press('Enter');
  await expect.poll(() => step.getByTestId('tour-next').count(), { timeout: TIMEOUT }).toBe(1);
  expect(await step.getByTestId('check-results').getAttribute('data-pass')).toBe('true');
  expect(await inView(page, step.getByTestId('tour-next'))).toBe(true);
  expect(await step.getByTestId('terminal-output').textContent()).toContain('service/echo-svc patched');
  await page.screenshot({ path: screenshotPath('h16b-typed-1280x720') });
  expect(consoleErrors).toEqual([]);
}, 180_000);

const SIZES: [string, { width: number; height: number }, 'dock' | 'workshop'][] = [
  ['workshop-1280x720', { width: 1280, height: 720 }, 'workshop'],
  ['360x300', { width: 360, height: 300 }, 'dock'],
  ['700x420', { width: 700, height: 420 }, 'dock'],
  ['1024x768', { width: 1024, height: 768 }, 'dock'],
  ['1440x900', { width: 1440, height: 900 }, 'dock'],
];

for (const [name, viewport, where] of SIZES) {
  test(`${name}: every step’s buttons are in view, before and after Do it, and while typing`, async () => {
    const scenario = findBuiltinScenario('seed-demo')!;
    const { page, consoleErrors } = shared.opened;
    consoleErrors.length = 0;
    await page.setViewportSize(viewport);
    try {
      await startTour(page, 'seed-demo');
      if (where === 'workshop') {
        await stepShown(page, 0);
        await page.getByTestId('tour-workshop').click();
        await page.getByTestId('workshop').waitFor({ timeout: TIMEOUT });
      }
      for (let index = 0; index < scenario.tour.length; index++) {
        const step = await stepShown(page, index);
        if (index > 0 && (await step.getByTestId('tour-type').count())) {
          await step.getByTestId('tour-type').click();
          await step.getByTestId('terminal-input').waitFor({ timeout: TIMEOUT });
          expect(await inView(page, step.getByTestId('tour-perform')), `step ${index + 1} typing: Do it`).toBe(true);
          expect(await inView(page, step.getByTestId('tour-to-type')), `step ${index + 1} typing: what to type`).toBe(true);
          if (index === 1) await page.screenshot({ path: screenshotPath(`h16b-${name}-typing`) });
          await step.getByTestId('tour-perform').click();
          await stepShown(page, index);
        }
        await step.getByTestId('tour-next').waitFor({ timeout: TIMEOUT });
        expect(await inView(page, step.getByTestId('tour-next')), `step ${index + 1}: Next`).toBe(true);
        expect(await inView(page, step.getByTestId('tour-previous')), `step ${index + 1}: Previous`).toBe(true);
        if (index === scenario.tour.length - 1) await page.screenshot({ path: screenshotPath(`h16b-${name}-last`) });
        if (index + 1 < scenario.tour.length) {
          await step.getByTestId('tour-next').click();
          const next = await stepShown(page, index + 1);
          if (await next.getByTestId('tour-perform').count())
            expect(await inView(page, next.getByTestId('tour-perform')), `step ${index + 2}: Do it`).toBe(true);
        }
      }
      if (where === 'workshop') {
        await page.keyboard.press('Escape');
        await page.getByTestId('workshop').waitFor({ state: 'detached', timeout: TIMEOUT });
      }
      expect(consoleErrors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: screenshotPath(`h16b-${name}-failed`) });
      throw error;
    }
  }, 240_000);
}
