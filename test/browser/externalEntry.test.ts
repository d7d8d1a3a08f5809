/**
 * The external entry's inspector on the externalTrafficPolicy Local scenario: how traffic from
 * outside arrives at the node, and whether the load balancer's health check passes there.
 */
import { expect, it } from 'vitest';
import { openPage } from './harness';
import { screenshotPath } from './pageHelpers';

const TIMEOUT = 45_000;

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 700, height: 420 },
]) {
  it(
    `the external entry says how outside traffic arrives and what the health check answers (${viewport.width}×${viewport.height})`,
    { timeout: 180_000 },
    async () => {
      const { page, consoleErrors, close } = await openPage({ viewport });
      try {
        await page.getByTestId('toolbar').waitFor({ timeout: TIMEOUT });
        await page.keyboard.press('Alt+G');
        const card = page.getByTestId('scenario-etp-local-lb');
        await card.waitFor({ timeout: TIMEOUT });
        await card.getByRole('button', { name: 'Files only' }).click();
        const entry = page.getByTestId('external-node-3');
        await entry.waitFor({ timeout: TIMEOUT });
        await entry.click();
        const list = page.locator('.kt-entry-list');
        await list.waitFor({ timeout: TIMEOUT });
        const text = await list.textContent();
        expect(text).toContain('default/web: node port');
        expect(text).toContain('answers 503 (no local endpoint), the load balancer skips this node');
        await page.screenshot({ path: screenshotPath(`external-entry-${viewport.width}`) });
        expect(consoleErrors).toEqual([]);
      } finally {
        await close();
      }
    },
  );
}
