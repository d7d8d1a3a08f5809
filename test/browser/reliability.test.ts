/**
 * A hostile link or command never freezes the page; exports never describe other files than the
 * workspace's.
 */
import { expect, test } from 'vitest';
import { encodeShareFragment } from '../../src/io/share/shareState';
import { openPage } from './harness';
import { openTerminal, runTerminalLine, waitForClientRoute } from './pageHelpers';

const HUGE = `apiVersion: apps/v1
kind: Deployment
metadata: {name: echo}
spec:
  replicas: 100000000
  selector: {matchLabels: {app: echo}}
  template:
    metadata: {labels: {app: echo}}
    spec: {containers: [{name: echo, image: echo}]}
`;

const link = (text: string) => `#s=${encodeShareFragment({ v: 1, files: [{ name: 'cluster.yaml', text }], kubernetesVersion: '1.34' })}`;

test('a short link asking for 100,000,000 replicas leaves the page responsive, with a clear message', async () => {
  const { page, consoleErrors, close } = await openPage({ path: link(HUGE) });
  try {
    // Responsive: the page's event loop answers a round trip, and a click on the toolbar's menu opens it.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.getByTestId('workspace-menu').locator('summary').click();
    expect(await page.getByTestId('workspace-menu').getAttribute('open')).not.toBeNull();
    await expect
      .poll(() => page.getByTestId('problems').textContent(), { timeout: 5_000 })
      .toContain('the playground simulates at most 150,000 pods per workload; replicas: 100000000 would create 100,000,000');
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('kubectl scale to 100,000,000 in the terminal answers with an error and changes nothing', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await waitForClientRoute(page);
    await openTerminal(page);
    const printed = await runTerminalLine(page, 'kubectl scale deploy/echo --replicas=100000000');
    expect(printed).toContain(
      'error: the playground simulates at most 150,000 pods per workload; --replicas: 100000000 would create 100,000,000',
    );
    expect(printed).toContain('Nothing was changed.');
    const pods = await runTerminalLine(page, 'kubectl get deploy echo');
    expect(pods).not.toContain('100000000');
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('exporting a workspace whose files have errors says it cannot, instead of exporting the stale picture', async () => {
  const { page, close } = await openPage();
  try {
    await waitForClientRoute(page);
    // A link with broken YAML, pasted into the open page: the picture leaves out what is in error (partial).
    await page.evaluate((hash) => (window.location.hash = hash), link('kind: [unclosed\n'));
    const dialog = page.getByTestId('confirm-dialog');
    if (await dialog.isVisible().catch(() => false)) await page.getByTestId('confirm-ok').click();
    await page.getByTestId('stale-badge').waitFor();
    await page.getByTestId('workspace-menu').locator('summary').click();
    await page.getByTestId('export-json').click();
    await expect.poll(() => page.getByTestId('share-notice-text').textContent()).toMatch(/^Not exported: the files have \d+ errors?/);
  } finally {
    await close();
  }
});
