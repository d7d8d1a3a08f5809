/**
 * A large cluster in the page: opened from a file, analysed in the worker, drawn by levels of
 * detail (zones as node classes until zoomed in, routes summed zone by zone, then node by node),
 * found by name; and an analysis that is
 * cancelled leaves the last picture, said to be stale, and a responsive page.
 */
import { expect, test } from 'vitest';
import { openPage } from './harness';
import { CLIENT, screenshotPath } from './pageHelpers';

const node = (i: number) =>
  `{"apiVersion":"v1","kind":"Node","metadata":{"name":"node-${i}","labels":{"topology.kubernetes.io/zone":"zone-${'abc'[i % 3]}"}}}`;

/** `kubectl get nodes,pods -o json`-like: 300 nodes, 3,000 Running pods of one app, one Service, two clients. */
function clusterDump(): string {
  const items: string[] = [];
  for (let i = 0; i < 300; i++) items.push(node(i));
  for (let p = 0; p < 3_000; p++) {
    const ip = `10.${64 + (p >> 16)}.${(p >> 8) & 255}.${p & 255}`;
    items.push(
      `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-${p}","namespace":"shop","labels":{"app":"web"}},"spec":{"nodeName":"node-${(p * 7) % 300}","containers":[{"name":"web","image":"nginx"}]},"status":{"phase":"Running","podIP":"${ip}","conditions":[{"type":"Ready","status":"True"}]}}`,
    );
  }
  items.push(
    '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"shopper","namespace":"shop"},"spec":{"nodeName":"node-17","containers":[{"name":"c","image":"curl"}]},"status":{"phase":"Running","podIP":"10.70.0.1","conditions":[{"type":"Ready","status":"True"}]}}',
  );
  items.push(
    '{"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"shop"},"spec":{"selector":{"app":"web"},"trafficDistribution":"PreferSameZone","ports":[{"port":80,"targetPort":8080}]}}',
  );
  return `{"apiVersion":"v1","kind":"List","items":[\n${items.join(',\n')}\n]}\n`;
}

test('a 300-node, 3,000-pod dump opens as zone summaries, zooms in to node pairs; search finds a node and a pod and the inspector follows', async () => {
  const { page, consoleErrors, close } = await openPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.locator(CLIENT).waitFor({ timeout: 20_000 });
    await page.setInputFiles('[data-testid=open-files-input]', {
      name: 'cluster-dump.json',
      mimeType: 'application/json',
      buffer: Buffer.from(clusterDump()),
    });
    // Zoomed out: the zones' node classes, not 300 node boxes.
    const firstClass = page.locator('[data-testid=canvas] [data-testid^="class-zone:zone-a#"]').first();
    await firstClass.waitFor({ timeout: 60_000 });
    expect(await page.getAttribute('[data-testid=canvas]', 'data-level')).toBe('classes');
    expect(await page.locator('[data-testid=canvas] [data-testid^="node-"]').count()).toBe(0);
    // zone-a: 100 nodes of the dump and the seed demo's mnode-m02 with its client and an echo pod.
    expect(await page.getByTestId('zone-zone-a').textContent()).toMatch(/101 nodes · 1,002 pods · 1 client/);

    // The drawn Service's routes, summed zone by zone: each edge labelled with its share, and selectable.
    const edge = page
      .locator('[data-testid=canvas] .react-flow__edge')
      .filter({ has: page.locator('[data-testid^="zone-pair-"]') })
      .first();
    await edge.waitFor({ timeout: 20_000 });
    expect(await edge.locator('.kt-route__label text').textContent()).toMatch(/^[\d.]+%$/);
    expect(await edge.locator('title').textContent()).toBe(`${await edge.getAttribute('aria-label')} (select for why)`);
    expect(await edge.getAttribute('aria-label')).toMatch(/^zone-\w → zone-\w: [\d.]+% of [\w/-]+'s traffic$/);
    await edge.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('zone-pair-inspector').textContent(), { timeout: 20_000 })
      .toMatch(/% of [\w/-]+’s new connections \(port \d+, from inside the cluster\)/);

    // A class is a button: it selects its first node, whose kube-proxy view the inspector shows.
    await firstClass.focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('inspector')
      .getByText(/^kube-proxy on /)
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: screenshotPath('large-cluster-summary') });

    // Zoomed in to the nodes: the routes summed node by node (client node → endpoint node), not one edge per client and endpoint.
    const canvas = page.getByTestId('canvas');
    for (let i = 0; i < 40 && (await canvas.getAttribute('data-level')) !== 'nodes'; i++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(200);
    }
    expect(await canvas.getAttribute('data-level')).toBe('nodes');
    const nodePair = page
      .locator('[data-testid=canvas] .react-flow__edge')
      .filter({ has: page.locator('[data-testid="node-pair-node-17->mnode-m02"]') });
    await nodePair.waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid=canvas] [data-testid^="route-"]').count()).toBe(0);
    expect(await nodePair.getAttribute('aria-label')).toMatch(/^node-17 → mnode-m02: [\d.]+% of default\/echo-svc's traffic$/);
    await nodePair.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('node-pair-inspector').textContent(), { timeout: 20_000 })
      .toMatch(
        /^node node-17 → node mnode-m02[\d.]+% of default\/echo-svc’s new connections \(port 80, from inside the cluster\): 1 of its 2 client pods run on node node-17/,
      );
    expect(await page.getByTestId('node-pair-reasons').locator('li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('large-cluster-node-pairs') });

    // Search: a node by name, then a pod; each is drawn and selected.
    const search = page.getByRole('searchbox', { name: 'Find a pod or node by name' });
    await search.fill('node-17');
    await search.press('Enter');
    await page.locator('[data-testid="node-node-17"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('inspector').getByText('kube-proxy on node-17').waitFor({ timeout: 20_000 });
    await search.fill('shopper');
    await search.press('Enter');
    await page.locator('[data-testid="chip-shop/shopper"]').waitFor({ timeout: 30_000 });
    expect(await page.getAttribute('[data-testid=canvas]', 'data-level')).toBe('pods');
    expect(await page.locator('[data-testid="chip-shop/shopper"]').getAttribute('aria-pressed')).toBe('true');
    await search.fill('no-such-thing');
    await search.press('Enter');
    await expect.poll(() => page.getByTestId('canvas-search-message').textContent()).toBe('No pod or node matches “no-such-thing”');
    await page.screenshot({ path: screenshotPath('large-cluster-search') });
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
}, 180_000);

test('Cancel stops a large analysis: the page answers at once, says so, and keeps the last picture', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await page.locator(CLIENT).waitFor({ timeout: 20_000 });
    await page.getByTestId('file-tab-echo-pod.yaml').click();
    await page.locator('[data-testid=editor] .view-lines').click();
    // 90,000 replicas: a short text, a large cluster (the worker runs it).
    const replicas = page.locator('[data-testid=editor] .view-line', { hasText: 'replicas: 2' });
    await replicas.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('90000');
    await page.getByTestId('busy-cancel').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('stale-badge').getAttribute('data-reason')).toBe('analysing');
    await page.getByTestId('busy-cancel').click();
    const started = Date.now();
    await page.getByTestId('busy-cancelled').waitFor({ timeout: 5_000 });
    expect(await page.getByTestId('busy-cancelled').textContent()).toMatch(/Analysis cancelled/);
    expect(await page.getByTestId('stale-badge').textContent()).toMatch(/analysis cancelled/);
    // The last finished picture stays: that of 900 replicas (typed on the way to 90000), as chips.
    expect(await page.locator('[data-testid^="chip-default/echo-"]').count()).toBe(900);
    // Responsive: the page answers, and the dock opens.
    await page.evaluate('1');
    await page.getByRole('tab', { name: 'Rules' }).click();
    expect(Date.now() - started).toBeLessThan(10_000);
    await page.screenshot({ path: screenshotPath('analysis-cancelled') });
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
}, 120_000);
