/**
 * The topology canvas and the inspector against the built site, on the seed demo. The tests up to
 * the dropped traffic share one page, in order: they look, animate, select and send requests; the
 * dropped traffic edits the YAML last. The dock's refit has a page of its own, at 1440 × 900.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPage } from './harness';
import { pageForFile } from './pageForFile';
import { CLIENT, CLIENT_ROUTES, openTerminal, screenshotPath, waitForRoutes } from './pageHelpers';

const shared = pageForFile({}, waitForRoutes);

test('the demo renders both echo pods, the client and a route from the client with its share', async () => {
  const { page, consoleErrors } = shared.fresh();
  const canvas = page.getByTestId('canvas');
  expect(await canvas.locator('[data-testid^="pod-default/echo-"]').count()).toBe(2);
  for (const name of ['mnode', 'mnode-m02', 'mnode-m03']) expect(await canvas.getByTestId(`node-${name}`).count()).toBe(1);
  expect(await canvas.getByTestId('zone-zone-a').count()).toBe(1);
  // The client sits on mnode-m02, in zone-a.
  expect(await page.locator(`[data-testid="node-mnode-m02"]`).count()).toBe(1);
  const routes = page.locator(CLIENT_ROUTES);
  expect(await routes.count()).toBe(2);
  // The edge's own text is its share, nothing else.
  const labels = await routes.allTextContents();
  expect(labels.map((t) => t.trim()).sort()).toEqual(['50%', '50%']);
  // Focusing (or hovering) a route tells why, in the engine's words.
  await routes.first().focus();
  await page.getByTestId('route-reason').waitFor();
  expect(await page.getByTestId('route-reason').textContent()).toMatch(/iptables|kube-proxy|endpoint/i);
  await page.screenshot({ path: screenshotPath('canvas-demo') });
  expect(consoleErrors).toEqual([]);
});

/** The packet layer's pixels, as a data URL: it changes from frame to frame while packets move. */
function packetPixels(page: Page): Promise<string> {
  return page.getByTestId('packets').evaluate((c) => (c as HTMLCanvasElement).toDataURL());
}

test('packets move along routes, and not at all under reduced motion (widths carry the share)', async () => {
  const animated = shared.fresh();
  // Nothing focused or selected: the routes are drawn as they are at rest.
  await animated.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const layer = animated.page.getByTestId('packets');
  // Two 50% routes: three packets each, drawn on the one packet layer.
  await expect.poll(() => layer.getAttribute('data-packets')).toBe('6');
  const first = await packetPixels(animated.page);
  await expect.poll(() => packetPixels(animated.page)).not.toBe(first);
  const pause = animated.page.getByTestId('pause-animation');
  await pause.click();
  expect(await pause.getAttribute('aria-pressed')).toBe('true');
  expect(await layer.getAttribute('data-paused')).toBe('true');
  // Paused: the same pixels over several animation frames.
  const still = await packetPixels(animated.page);
  for (let frame = 0; frame < 10; frame++) await animated.page.evaluate(() => new Promise(requestAnimationFrame));
  expect(await packetPixels(animated.page)).toBe(still);
  expect(await layer.getAttribute('data-packets')).toBe('6');
  // The system setting changes while the page is open: the packet layer goes at once.
  const reduced = animated;
  await reduced.page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(() => reduced.page.getByTestId('packets').count()).toBe(0);
  const widths = await reduced.page
    .locator(`${CLIENT_ROUTES} .kt-route__line`)
    .evaluateAll((paths) => paths.map((p) => parseFloat(getComputedStyle(p).strokeWidth)));
  // 50% each: a share-proportional width, thicker than a hairline.
  expect(widths).toHaveLength(2);
  expect(widths[0]).toBeCloseTo(1.5 + 0.5 * 7);
  await reduced.page.screenshot({ path: screenshotPath('canvas-reduced') });
  await reduced.page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(animated.consoleErrors).toEqual([]);
});

test('canvas boxes are reachable and selectable with the keyboard', async () => {
  const { page } = shared.fresh();
  // Nothing is selected yet: the client's inspector appears only through the keyboard.
  expect(await page.getByTestId('inspector').getByTestId('send-requests').count()).toBe(0);
  await page.locator(`.react-flow__node:has(${CLIENT})`).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('inspector').getByTestId('send-requests').waitFor();
});

test('Send requests shows counts per endpoint, about 20/20 for 40 requests in the default state', async () => {
  const { page, consoleErrors } = shared.fresh();
  await page.locator(CLIENT).click();
  const inspector = page.getByTestId('inspector');
  await inspector.getByTestId('routing-table').waitFor();
  await inspector.getByTestId('send-requests').click();
  const rows = inspector.getByTestId('request-counts').locator('li');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(2);
  const counts = (await rows.locator('.kt-bars__count').allTextContents()).map(Number);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
  for (const count of counts) expect(count).toBeGreaterThanOrEqual(10);
  const labels = await rows.locator('.kt-bars__label').allTextContents();
  expect(labels.map((l) => l.replace(/^echo-[^@]+/, 'echo')).sort()).toEqual(['echo@mnode-m02', 'echo@mnode-m03']);
  await page.screenshot({ path: screenshotPath('canvas-requests') });
  expect(consoleErrors).toEqual([]);
});

test('selecting a client highlights only its routes; selecting an echo pod shows who reaches it', async () => {
  const { page, consoleErrors } = shared.fresh();
  await page.locator(CLIENT).click();
  const emphasis = () =>
    page
      .locator('[data-testid^="route-"]')
      .evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-testid')}:${g.getAttribute('data-emphasis')}`));
  await expect.poll(async () => (await emphasis()).every((e) => e.endsWith(':highlight'))).toBe(true);

  const echo = page.locator('[data-testid^="pod-default/echo-"]').first();
  const echoKey = (await echo.getAttribute('data-testid'))!.slice('pod-'.length);
  await echo.click();
  await expect
    .poll(emphasis)
    .toEqual(expect.arrayContaining([`route-default/client->${echoKey}:highlight`, expect.stringMatching(/:dim$/)]));
  await page.getByTestId('inspector').getByTestId('who-reaches').waitFor();
  expect(await page.getByTestId('inspector').getByTestId('who-reaches').textContent()).toContain('default/client');
  await page.screenshot({ path: screenshotPath('canvas-selected') });
  expect(consoleErrors).toEqual([]);
});

test('dropped traffic is drawn at the client’s node, with the reason on focus', async () => {
  const { page, consoleErrors } = shared.fresh();
  // The demo's fallback step: one echo replica, pinned to zone-b; then internalTrafficPolicy: Local.
  await page.getByTestId('file-tab-echo-pod.yaml').click();
  await page.getByTestId('editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // One line of flow-style YAML, so the editor's auto-indent has nothing to change.
  await page.keyboard.insertText(
    '{apiVersion: apps/v1, kind: Deployment, metadata: {name: echo}, spec: {replicas: 1, selector: {matchLabels: {app: echo}}, ' +
      'template: {metadata: {labels: {app: echo}}, spec: {nodeSelector: {topology.kubernetes.io/zone: zone-b}, ' +
      'containers: [{name: echo, image: hashicorp/http-echo, ports: [{containerPort: 5678}]}]}}}}\n',
  );
  // Fallback first: the only endpoint is in zone-b and the client still reaches it.
  await expect.poll(() => page.locator(CLIENT_ROUTES).count(), { timeout: 10_000 }).toBe(1);
  expect((await page.locator(CLIENT_ROUTES).textContent())?.trim()).toBe('100%');

  await page.getByTestId('control-internalTrafficPolicy').selectOption('Local');
  const drop = page.locator('[data-testid="route-drop-default/client"]');
  await drop.waitFor({ state: 'attached', timeout: 10_000 });
  expect(await page.locator(CLIENT_ROUTES).count()).toBe(0);
  expect(await drop.textContent()).toContain('dropped');
  await drop.focus();
  const reason = page.getByTestId('route-reason');
  await reason.waitFor();
  expect(await reason.textContent()).toMatch(/local/i);
  await page.screenshot({ path: screenshotPath('canvas-drop') });
  expect(consoleErrors).toEqual([]);
});

test('opening the dock refits the topology into the smaller canvas', async () => {
  // A page of its own, opened on the demo: the shared page goes first, and its saved edits with it.
  await shared.close();
  const { page, consoleErrors, close } = await openPage({ viewport: { width: 1440, height: 900 } });
  try {
    await waitForRoutes(page);
    const inside = async () => {
      const canvas = (await page.getByTestId('canvas').boundingBox())!;
      const boxes = await Promise.all(['zone-zone-a', 'zone-zone-b', 'zone-none'].map((id) => page.getByTestId(id).boundingBox()));
      return boxes.every((b) => b !== null && b.y >= canvas.y - 1 && b.y + b.height <= canvas.y + canvas.height + 1);
    };
    expect(await inside()).toBe(true);
    // Selecting a box is not a pan or zoom: it must not stop the refit.
    await page.locator(CLIENT).click();
    await openTerminal(page);
    await expect.poll(inside, { timeout: 5_000 }).toBe(true);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
