/** The Data plane and Versions dock panels against the built site. */
import { expect, test } from 'vitest';
import { foreignRequests, openPage } from './harness';
import { screenshotPath, waitForClientRoute } from './pageHelpers';

test('Data plane panel: two data planes side by side on the client route, with charts and summaries', async () => {
  const { page, consoleErrors, requests, close } = await openPage();
  try {
    await waitForClientRoute(page);
    await page.getByTestId('dock-tab-dataplane').click();
    await page.getByTestId('dp-run-1').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('dp-run-0').locator('h3').textContent()).toBe('iptables');
    expect(await page.getByTestId('dp-run-1').locator('h3').textContent()).toBe('ipvs/sh');
    // sh pins the single client address: every connection on one endpoint.
    const sh = await page.getByTestId('dp-run-1').textContent();
    expect(sh).toMatch(/sh hashes the client address/);
    expect(sh).toMatch(/\(100%\)/);
    expect(await page.locator('[data-testid="dp-chart-iptables"] rect').count()).toBeGreaterThan(10);

    await page.getByTestId('control-dp-b').selectOption('ipvs/lc');
    await page.getByTestId('dp-chart-ipvs/lc').waitFor();
    expect(await page.getByTestId('dp-run-1').textContent()).toMatch(/lc sends each new connection/);

    await page.getByTestId('control-dp-affinity').selectOption('ClientIP');
    await page.getByTestId('dp-pause').fill('15');
    await page.getByTestId('dp-timeout').fill('5');
    await expect.poll(() => page.getByTestId('dp-run-0').textContent()).toMatch(/affinity expired and re-balanced/);
    await page.screenshot({ path: screenshotPath('dataplane') });

    await page.getByTestId('dock-tab-versions').click();
    await page.getByTestId('versions-panel').waitFor();
    await page.getByTestId('control-kubeProxyVersion').selectOption('1.33');
    await expect.poll(() => page.getByTestId('version-facts').textContent()).toMatch(/kube-proxy v1.33 ignores them/);
    await page.screenshot({ path: screenshotPath('versions') });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
  } finally {
    await close();
  }
});
