/**
 * Cluster events change the picture: a drain typed in the terminal lands on the timeline, moves
 * the echo pod and the client's route, marks the drift; undo brings the files' cluster back.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPage } from './harness';
import { CLIENT_ROUTES, openTerminal, screenshotPath, waitForClientRoute } from './pageHelpers';

const echoPods = '[data-testid^="pod-default/echo-"]';

async function routeLabels(page: Page): Promise<string[]> {
  return (await page.locator(CLIENT_ROUTES).allTextContents()).map((t) => t.trim()).sort();
}

test('kubectl drain mnode-m03 from the terminal moves the client to the one Ready echo pod; undo restores both routes', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await waitForClientRoute(page);
    expect(await routeLabels(page)).toEqual(['50%', '50%']);

    const input = await openTerminal(page);
    await input.fill('kubectl drain mnode-m03');
    await input.press('Enter');

    // The evicted pod is Terminating on mnode-m03, its replacement starting on mnode-m02: the
    // client's only Ready endpoint left is the echo pod on its own node.
    await expect.poll(() => page.locator(echoPods).count(), { timeout: 20_000 }).toBe(3);
    await expect.poll(() => routeLabels(page), { timeout: 20_000 }).toEqual(['100%']);
    const route = await page.locator(CLIENT_ROUTES).first().getAttribute('data-testid');
    expect(route).toMatch(/^route-default\/client->/);

    await page.getByTestId('dock-tab-timeline').click();
    await page.getByTestId('timeline-events').waitFor();
    expect(await page.getByTestId('timeline-events').textContent()).toContain('kubectl drain mnode-m03');
    expect(await page.getByTestId('timeline-changes').textContent()).toContain('default/client');
    expect(await page.getByTestId('timeline-drift').textContent()).toContain('mnode-m03');
    await page.screenshot({ path: screenshotPath('events-drain') });

    await page.getByTestId('timeline-back').click();
    await expect.poll(() => page.locator(echoPods).count(), { timeout: 20_000 }).toBe(2);
    await expect.poll(() => routeLabels(page), { timeout: 20_000 }).toEqual(['50%', '50%']);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
