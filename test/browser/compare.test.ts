/**
 * The Compare panel against the built site: every routing choice of the seed demo's Service side
 * by side, each with a small copy of the canvas (its boxes where the canvas puts them, the
 * choice's routes); the timeline's live cluster is what is compared; Apply writes a column's
 * choice into the YAML, Ctrl+Z in the editor undoes it; the embed's view=compare fits 700×420.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { foreignRequests, openPage } from './harness';
import { CLIENT_ROUTES, control, openTerminal, runTerminalLine, screenshotPath, waitForClientRoute, waitForEditor } from './pageHelpers';

const NODES = ['mnode', 'mnode-m02', 'mnode-m03'];

/** Centres of the given boxes, as fractions of the rectangle that holds them all (so a picture's scale and place do not count). */
async function relativeCentres(boxes: Locator[]): Promise<[number, number][]> {
  const rects = await Promise.all(boxes.map(async (b) => (await b.boundingBox())!));
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const width = Math.max(...rects.map((r) => r.x + r.width)) - left;
  const height = Math.max(...rects.map((r) => r.y + r.height)) - top;
  return rects.map((r) => [(r.x + r.width / 2 - left) / width, (r.y + r.height / 2 - top) / height]);
}

/** The node boxes of the canvas and of the first picture in the compare-now section, placed alike. */
async function expectPictureLikeCanvas(page: Page) {
  const thumb = page.getByTestId('compare-now').getByTestId('compare-thumb').first();
  const canvas = await relativeCentres(NODES.map((n) => page.locator(`.react-flow__node[data-id="node:${n}"]`)));
  const small = await relativeCentres(NODES.map((n) => thumb.locator(`[data-box="node:${n}"]`)));
  for (const [i, [x, y]] of small.entries()) {
    expect(x, `${NODES[i]} x`).toBeCloseTo(canvas[i]![0], 1);
    expect(y, `${NODES[i]} y`).toBeCloseTo(canvas[i]![1], 1);
  }
}

const routesIn = (page: Page, column: number) =>
  page.getByTestId('compare-now').getByTestId('compare-thumb').nth(column).locator('path[data-route^="route-default/client->"]');

test('Compare: the columns with pictures in the canvas layout, a failure, Apply and Ctrl+Z, the live cluster after a timeline step; the embed fits 700×420', async () => {
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
    expect(await now.textContent()).toContain('On the cluster as written');
    expect(await now.textContent()).toContain('50% / 0% / 50%');
    expect(await now.textContent()).toContain('$28.91');

    // One picture per column, each the canvas's layout: the nodes where the canvas has them.
    expect(await now.getByTestId('compare-thumb').count()).toBe(5);
    await expectPictureLikeCanvas(page);
    // unset: both echo pods (one across zones); PreferSameZone: the one in zone-a only.
    expect(await routesIn(page, 0).count()).toBe(2);
    expect(await routesIn(page, 0).locator('xpath=self::*[contains(@class, "cross-zone")]').count()).toBe(1);
    expect(await routesIn(page, 1).count()).toBe(1);

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

    // A timeline step: the live cluster is compared, and the panel says so.
    await openTerminal(page);
    await runTerminalLine(page, 'kubectl drain mnode-m03 --force');
    await page.getByTestId('dock-tab-compare').click();
    await expect.poll(() => page.getByTestId('compare-now').textContent()).toMatch(/On the live cluster at t=\S+, after 1 timeline event/);
    // The echo pod on mnode-m03 is evicted: even unset keeps the client's traffic on its node.
    expect(await page.getByTestId('compare-now').textContent()).toContain('100% / 0% / 0%');
    await expectPictureLikeCanvas(page);
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
    // The pictures fit their columns, large enough to tell the routes apart.
    const thumbs = embed.page.getByTestId('compare-thumb');
    expect(await thumbs.count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      const box = (await thumbs.nth(i).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(700);
      expect(box.width).toBeGreaterThanOrEqual(90);
    }
    expect(await routesIn(embed.page, 0).count()).toBe(2);
    // The saving and the load it costs are in view without scrolling, above the estimate's inputs.
    const estimateTop = (await embed.page.getByTestId('compare-estimate').boundingBox())!.y;
    for (const text of ['$28.91', '×2.00']) {
      const cell = (await embed.page.getByTestId('compare-now').getByText(text).first().boundingBox())!;
      expect(cell.y + cell.height, text).toBeLessThanOrEqual(estimateTop);
    }
    await embed.page.screenshot({ path: screenshotPath('compare-embed') });
    expect(embed.consoleErrors).toEqual([]);
  } finally {
    await embed.close();
  }
});

const node = (name: string, zone: string) =>
  `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n  labels:\n    kubernetes.io/hostname: ${name}\n    topology.kubernetes.io/zone: ${zone}`;

test('Compare in the worker: a cluster small enough to analyse on the page but not to compare there', { timeout: 120_000 }, async () => {
  const { page, consoleErrors, close } = await openPage({ viewport: { width: 1440, height: 900 } });
  try {
    const workers: string[] = [];
    page.on('worker', (worker) => worker.url().includes('analysis.worker') && workers.push(worker.url()));
    await waitForClientRoute(page);
    await waitForEditor(page);
    // The seed demo's three nodes and 200 more: about 25,000 characters, analysed on the page;
    // the comparison's seven analyses are over the worker's threshold.
    const docs = [
      'apiVersion: v1\nkind: Node\nmetadata:\n  name: mnode\n  labels:\n    kubernetes.io/hostname: mnode',
      node('mnode-m02', 'zone-a'),
      node('mnode-m03', 'zone-b'),
    ];
    for (let i = 0; i < 200; i++) docs.push(node(`bench-${i}`, `zone-${'abc'[i % 3]}`));
    const text = docs.join('\n---\n');
    expect(text.length).toBeLessThan(100_000);
    expect(text.length * 7).toBeGreaterThan(100_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('file-tab-cluster.yaml').click();
    await page.locator('[data-testid=editor] .view-lines').click();
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    await page.locator('[data-testid="node-bench-199"]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(workers).toEqual([]);

    await page.getByTestId('dock-tab-compare').click();
    await page.getByTestId('compare-table').waitFor({ timeout: 60_000 });
    expect(workers).toHaveLength(1);
    for (const id of ['unset', 'prefer-same-zone', 'prefer-same-node', 'topology-auto', 'local'])
      expect(await page.getByTestId(`compare-column-${id}`).count(), id).toBe(1);
    // Every node of the layout is in the picture.
    expect(await page.getByTestId('compare-thumb').first().locator('[data-box^="node:"]').count()).toBe(203);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
