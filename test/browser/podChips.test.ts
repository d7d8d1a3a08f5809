/**
 * Level of detail on the canvas: the seed demo with echo scaled to 40 replicas draws the pods of
 * crowded nodes as chips inside their node, selectable by keyboard, with merged routes.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPage } from './harness';
import { CLIENT, screenshotPath } from './pageHelpers';

/** echo-pod.yaml's `replicas: 2` (line 6) becomes `replicas: 40`. */
async function scaleEcho(page: Page) {
  await page.locator(CLIENT).waitFor({ state: 'visible', timeout: 20_000 });
  await page.getByTestId('file-tab-echo-pod.yaml').click();
  await page.locator('[data-testid=editor] .view-lines').click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('40', { delay: 20 });
}

test('crowded nodes draw their pods as chips; a chip is selected by keyboard and lights its merged route', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await scaleEcho(page);
    const canvas = page.getByTestId('canvas');
    const chips = canvas.locator('[data-testid^="chip-default/echo-"]');
    await expect.poll(() => chips.count(), { timeout: 20_000 }).toBeGreaterThan(12);
    // Every echo pod is drawn once: as a chip or as a box.
    const boxes = await canvas.locator('[data-testid^="pod-default/echo-"]').count();
    expect((await chips.count()) + boxes).toBe(40);
    // Chips sit inside a node's box, with their status in words for screen readers.
    const first = chips.first();
    expect(await first.evaluate((el) => !!el.closest('.react-flow__node-clusterNode'))).toBe(true);
    expect(await first.getAttribute('aria-label')).toMatch(/^Pod default\/echo-\S+: (Ready|Pending|Not ready)/);
    // Routes to chips end at their node's box, one edge per node, each pod's share in the tooltip.
    const merged = canvas.locator('[data-testid^="route-default/client->node:"]');
    await merged.first().waitFor({ state: 'attached' });
    await merged.first().focus();
    const tip = page.getByTestId('route-reason');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/\d+ pods on \S+: [\d.]+%.*default\/echo-\S+: [\d.]+%/s);

    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
    const key = (await first.getAttribute('data-testid'))!.slice('chip-'.length);
    await expect.poll(() => page.getByTestId('inspector').textContent()).toContain(key.split('/')[1]);
    expect(
      await canvas.locator('.react-flow__edge [data-emphasis="highlight"], [data-testid^="route-"][data-emphasis="highlight"]').count(),
    ).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('pod-chips') });
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
