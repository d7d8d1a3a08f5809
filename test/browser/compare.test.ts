/**
 * The Compare panel against the built site: every routing choice of the seed demo's Service side
 * by side; Apply writes a column's choice into the YAML, Ctrl+Z in the editor undoes it; the
 * embed's view=compare fits a 700×420 frame.
 */
import { expect, test } from 'vitest';
import { foreignRequests, openPage } from './harness';
import { CLIENT_ROUTES, control, screenshotPath, waitForClientRoute, waitForEditor } from './pageHelpers';

test('Compare: the columns, a failure, Apply PreferSameZone writes the YAML, Ctrl+Z undoes it; the embed fits 700×420', async () => {
  const { page, consoleErrors, requests, close } = await openPage({ viewport: { width: 1440, height: 900 } });
  try {
    await waitForClientRoute(page);
    await waitForEditor(page);
    await page.getByTestId('file-tab-echo-service.yaml').click();
    await page.getByTestId('dock-tab-compare').click();
    const table = page.getByTestId('compare-table');
    await table.waitFor({ timeout: 20_000 });
    const header = async (id: string) => (await page.getByTestId(`compare-column-${id}`).textContent())?.replace(/\u00ad/g, '');
    expect(await header('unset')).toContain('as written');
    expect(await header('prefer-same-node')).toContain('PreferSameNode');
    const now = page.getByTestId('compare-now');
    expect(await now.textContent()).toContain('50% / 0% / 50%');
    expect(await now.textContent()).toContain('$28.91');

    await page.getByTestId('control-compare-failure').selectOption('local-pod');
    await expect.poll(() => page.getByTestId('compare-failure').textContent()).toMatch(/Right after: kubectl delete pod echo-/);
    await page.screenshot({ path: screenshotPath('compare-panel') });

    await page.getByTestId('compare-apply-prefer-same-zone').click();
    await expect.poll(() => page.locator(control('trafficDistribution')).inputValue()).toBe('PreferSameZone');
    await expect.poll(() => header('prefer-same-zone')).toContain('as written');
    await expect.poll(() => page.locator(CLIENT_ROUTES).count()).toBe(1);

    // One edit through the editor's undo stack.
    await page.locator('[data-testid="editor"] .view-lines').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(control('trafficDistribution')).inputValue()).toBe('');
    await expect.poll(() => header('unset')).toContain('as written');
    await expect.poll(() => page.locator(CLIENT_ROUTES).count()).toBe(2);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
  } finally {
    await close();
  }

  const embed = await openPage({ path: '?embed&view=compare', viewport: { width: 700, height: 420 } });
  try {
    const table = embed.page.getByTestId('compare-table');
    await table.waitFor({ timeout: 20_000 });
    const overflow = await embed.page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      height: document.documentElement.scrollHeight - window.innerHeight,
      table: document.querySelector('[data-testid="compare-table"]')!.getBoundingClientRect().right - window.innerWidth,
    }));
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(overflow.height).toBeLessThanOrEqual(0);
    expect(overflow.table).toBeLessThanOrEqual(0);
    for (const id of ['unset', 'prefer-same-zone', 'prefer-same-node', 'topology-auto', 'local']) {
      const box = (await embed.page.getByTestId(`compare-column-${id}`).boundingBox())!;
      expect(box.x + box.width, id).toBeLessThanOrEqual(700);
    }
    await embed.page.screenshot({ path: screenshotPath('compare-embed') });
    expect(embed.consoleErrors).toEqual([]);
  } finally {
    await embed.close();
  }
});
