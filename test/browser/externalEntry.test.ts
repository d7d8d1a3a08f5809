/**
 * The external entry's inspector on the externalTrafficPolicy Local scenario: how traffic from
 * outside arrives at the node, and whether the load balancer's health check passes there. One
 * page, sized for each check (as a window is resized), the scenario loaded again each time; and
 * the entry on the canvas with loadBalancerSourceRanges and an ipMode Proxy ingress (a page of its own).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { encodeShareFragment } from '../../src/io/share/shareState';
import { openPage } from './harness';
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

it(
  'an LB entry with source ranges shows who may enter; ipMode Proxy shows the load balancer on the node port',
  { timeout: 180_000 },
  async () => {
    const dir = join(__dirname, '../../src/scenarios/builtin/etp-local-lb');
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    const service = read('web-service.yaml')
      .replace('  ports:', '  loadBalancerSourceRanges: [198.51.100.0/24]\n  ports:')
      .replace('      - ip: 203.0.113.10', '      - ip: 203.0.113.10\n      - ip: 192.0.2.7\n        ipMode: Proxy');
    const fragment = encodeShareFragment({
      v: 1,
      kubernetesVersion: '1.34',
      selectedService: 'default/web',
      files: [
        { name: 'cluster.yaml', text: read('cluster.yaml') },
        { name: 'web.yaml', text: read('web.yaml') },
        { name: 'web-service.yaml', text: service },
      ],
    });
    const opened = await openPage({ path: `#s=${fragment}` });
    try {
      const { page, consoleErrors } = opened;
      await page.setViewportSize({ width: 1280, height: 720 });
      const entry = page.getByTestId('external-node-1');
      await entry.waitFor({ timeout: TIMEOUT });
      await expect.poll(() => entry.textContent()).toMatch(/from LB on :\d+ \(Proxy\) · \+1/);
      const title = await entry.getAttribute('title');
      expect(title).toContain('the load balancer 192.0.2.7 (ipMode Proxy) sends its traffic to the node port');
      expect(title).toContain('only clients in 198.51.100.0/24 may use the load-balancer IP 203.0.113.10');
      await page.screenshot({ path: screenshotPath('external-entry-note') });
      expect(consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  },
);
