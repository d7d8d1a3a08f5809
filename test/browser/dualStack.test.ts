/**
 * A dual-stack cluster's dump pasted into the workspace: the client's inspector offers the route
 * of each IP family, each from the client's address of that family to the Service's cluster IP of
 * that family, with endpoints of that family only.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { openPage } from './harness';
import { screenshotPath } from './pageHelpers';

const DUMP = readFileSync('test/cli/fixtures/dual-stack-dump.yaml', 'utf8');

test('dual stack: the inspector shows the route of each family', { timeout: 90_000 }, async () => {
  const { page, consoleErrors, close } = await openPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.locator('[data-testid="pod-default/client"]').waitFor({ timeout: 20_000 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    // The dump replaces the whole workspace: pasted into one file, the others emptied.
    for (const file of ['echo-pod.yaml', 'echo-service.yaml', 'client.yaml', 'cluster.yaml']) {
      await page.getByTestId(`file-tab-${file}`).click();
      await page.locator('[data-testid=editor] .view-lines').click();
      await page.evaluate((t) => navigator.clipboard.writeText(t), file === 'cluster.yaml' ? DUMP : '# emptied\n');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('ControlOrMeta+V');
    }
    const client = page.locator('[data-testid="pod-default/client"]');
    await expect.poll(() => page.locator('[data-testid^="pod-default/web-"]').count(), { timeout: 20_000 }).toBe(2);
    await client.click();
    const inspector = page.getByTestId('inspector');
    const select = inspector.locator('select').first();
    await expect
      .poll(() => select.locator('option').allTextContents(), { timeout: 20_000 })
      .toEqual(['default/web:80 (IPv4)', 'default/web-v6:80 (IPv6)', 'default/web:80 (IPv6)', 'default/web-v6:80 (IPv4)']);
    await select.selectOption({ label: 'default/web:80 (IPv6)' });
    await expect
      .poll(() => inspector.getByTestId('route-family').textContent())
      .toContain("From fd00:10:244:1::14 to the Service's IPv6 cluster IP");
    const endpoints = await inspector
      .getByTestId('routing-table')
      .locator('td[title]')
      .evaluateAll((cells) => cells.map((td) => td.getAttribute('title')));
    expect(endpoints).toEqual(['default/web-0 at fd00:10:244:1::b:8080', 'default/web-1 at fd00:10:244:2::c:8080']);
    await page.screenshot({ path: screenshotPath('dual-stack-inspector') });
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
