/**
 * The Rules dock panel against the built site, on the seed demo.
 */
import { expect, test } from 'vitest';
import { openPage } from './harness';
import { CLIENT_ROUTES, control, screenshotPath, waitForClientRoute } from './pageHelpers';

const sepJumps = (lines: string[]) => lines.filter((l) => /^-A KUBE-SVC-\w+ .* -j KUBE-SEP-\w+$/.test(l));

test('the Rules panel lists the KUBE-SVC chain; rules and routes highlight each other; PreferSameNode leaves one KUBE-SEP jump', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await waitForClientRoute(page);
    await page.getByTestId('dock-tab-rules').click();
    const panel = page.getByTestId('rules-panel');
    await panel.waitFor();
    // Opens on the client's node, in the report's proxy mode.
    expect(await panel.getByTestId('rules-node').inputValue()).toBe('mnode-m02');
    expect(await panel.getByTestId('rules-command').textContent()).toContain('iptables-save');
    const lines = panel.locator('.rules__line');
    const before = sepJumps(await lines.allTextContents());
    expect(before).toHaveLength(2);
    expect(before[0]).toContain('-m statistic --mode random --probability 0.5000000000');
    await page.screenshot({ path: screenshotPath('rules-panel') });

    // Focusing a route marks the rules it goes through: the cluster IP jump, its KUBE-SEP jump and chain.
    await page.locator(CLIENT_ROUTES).first().focus();
    await expect.poll(() => panel.locator('[data-marked="true"]').count()).toBeGreaterThan(2);
    await page.locator(CLIENT_ROUTES).first().blur();

    // Hovering the second jump highlights the route to that endpoint only.
    await panel.locator('[data-testid="rule-line"]', { hasText: before[1]! }).hover();
    const highlighted = page.locator('[data-testid^="route-default/client->"][data-emphasis="highlight"]');
    await expect.poll(() => highlighted.count()).toBe(1);
    expect(await page.locator('[data-testid^="route-default/client->"][data-emphasis="dim"]').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('rules-hover') });

    await page.selectOption(control('trafficDistribution'), 'PreferSameNode');
    await expect.poll(async () => sepJumps(await lines.allTextContents()).length, { timeout: 10_000 }).toBe(1);
    const after = sepJumps(await lines.allTextContents());
    expect(after[0]).not.toContain('--probability');
    await page.screenshot({ path: screenshotPath('rules-prefersamenode') });
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test(
  'in IPVS mode the Rules panel lists ipvsadm and the ipsets, with what the listing assumes beside it',
  { timeout: 60_000 },
  async () => {
    const { page, consoleErrors, close } = await openPage();
    try {
      await waitForClientRoute(page);
      await page.selectOption(control('proxyMode'), 'ipvs');
      await page.getByTestId('dock-tab-rules').click();
      const panel = page.getByTestId('rules-panel');
      await panel.waitFor();
      await expect
        .poll(async () => panel.getByTestId('rules-command').textContent(), { timeout: 10_000 })
        .toContain('ipvsadm -Ln; ipset list');
      const lines = await panel.locator('.rules__line').allTextContents();
      expect(lines).toContain('Prot LocalAddress:Port Scheduler Flags');
      expect(lines).toContain('Name: KUBE-CLUSTER-IP');
      await page.screenshot({ path: screenshotPath('h15b-rules-ipvs-folded') });
      // The notes stay folded under the listing until asked for, by keyboard as well.
      const notes = panel.getByTestId('rules-notes');
      expect(await notes.getAttribute('open')).toBeNull();
      await notes.locator('summary').focus();
      await page.keyboard.press('Enter');
      expect(await notes.getAttribute('open')).not.toBeNull();
      expect(await notes.textContent()).toContain('ActiveConn and InActConn are 0');
      for (const [width, height] of [
        [1280, 720],
        [700, 420],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: screenshotPath(`h15b-rules-ipvs-${width}`) });
      }
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  },
);
