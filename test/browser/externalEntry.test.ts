/**
 * The external entry's inspector on the externalTrafficPolicy Local scenario: how traffic from
 * outside arrives at the node, and whether the load balancer's health check passes there. One
 * page, sized for each check (as a window is resized), the scenario loaded again each time.
 */
import { expect, it } from 'vitest';
import { pageForFile } from './pageForFile';
import { screenshotPath } from './pageHelpers';

const TIMEOUT = 45_000;

const shared = pageForFile();

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 700, height: 420 },
]) {
  it(
    `the external entry says how outside traffic arrives and what the health check answers (${viewport.width}×${viewport.height})`,
    { timeout: 180_000 },
    async () => {
      const { page, consoleErrors } = shared.opened;
      consoleErrors.length = 0;
      await page.setViewportSize(viewport);
      await page.getByTestId('toolbar').waitFor({ timeout: TIMEOUT });
      await page.keyboard.press('Alt+G');
      const card = page.getByTestId('scenario-etp-local-lb');
      await card.waitFor({ timeout: TIMEOUT });
      await card.getByRole('button', { name: 'Files only' }).click();
      const list = page.locator('.kt-entry-list');
      // Loading the files clears the selection: the list below is this check's own.
      await expect.poll(() => list.count()).toBe(0);
      const entry = page.getByTestId('external-node-3');
      await entry.waitFor({ timeout: TIMEOUT });
      await entry.click();
      await list.waitFor({ timeout: TIMEOUT });
      const text = await list.textContent();
      expect(text).toContain('default/web: node port');
      expect(text).toContain('answers 503 (no local endpoint), the load balancer skips this node');
      await page.screenshot({ path: screenshotPath(`external-entry-${viewport.width}`) });
      expect(consoleErrors).toEqual([]);
    },
  );
}
