/**
 * Embed mode against the built site: the example host page drives two embeds with postMessage,
 * and an embed that shows no editor never loads Monaco.
 */
import type { Frame, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { fragmentOf } from '../../src/io/embed/playgroundLink';
import { decodeShareFragment } from '../../src/io/share/shareState';
import { foreignRequests, openPage } from './harness';
import { CLIENT_ROUTES, screenshotPath, waitForClientRoute, waitForEditor } from './pageHelpers';

const MONACO = /\/assets\/(YamlEditor|editor\.worker|yaml\.worker)-[^/]+\.js$/;

async function frameOf(page: Page, testId: string): Promise<Frame> {
  const handle = await page.getByTestId(testId).elementHandle();
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error(`${testId} has no frame`);
  return frame;
}

const frameTheme = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset.theme);
const logText = (page: Page, side: string) => page.getByTestId(`log-${side}`).textContent();

test('the example host page drives two embeds through postMessage and hears back from each', async () => {
  const { page, consoleErrors, requests, close } = await openPage({
    path: 'embed-example.html',
    viewport: { width: 1400, height: 1000 },
  });
  try {
    const left = await frameOf(page, 'frame-left');
    const right = await frameOf(page, 'frame-right');
    await waitForClientRoute(left);
    await waitForClientRoute(right);
    // Both announced themselves and, once subscribed, sent their routes.
    await expect.poll(() => logText(page, 'left')).toContain('ktp:routeSummary default/client → default/echo-svc:80 forward: ');
    await expect.poll(() => logText(page, 'right')).toContain('ktp:routeSummary default/client → default/echo-svc:80 forward: ');
    expect(await frameTheme(left)).toBe('light');
    expect(await frameTheme(right)).toBe('dark');

    // Theme: each command reaches its own embed only.
    await page.getByTestId('theme-left').selectOption('dark');
    await expect.poll(() => frameTheme(left)).toBe('dark');
    await page.getByTestId('theme-right').selectOption('light');
    await expect.poll(() => frameTheme(right)).toBe('light');
    expect(await frameTheme(left)).toBe('dark');

    // Load a scenario: unknown ids come back as an error and the embed shows the default one.
    await page.getByTestId('scenario-right').fill('no-such-scenario');
    await page.getByTestId('load-right').click();
    await expect.poll(() => logText(page, 'right')).toContain('ktp:error There is no built-in scenario "no-such-scenario"');
    expect(await logText(page, 'left')).not.toContain('ktp:error');
    await page.getByTestId('scenario-right').fill('seed-demo');
    await page.getByTestId('load-right').click();
    await expect.poll(async () => (await logText(page, 'right'))!.split('ktp:stepChanged seed-demo').length).toBeGreaterThan(2);

    // Steps: the next step of the seed demo's tour (PreferSameNode) keeps the client on its node.
    await expect.poll(() => page.getByTestId('state-left').textContent()).toBe('seed-demo, step 1 of 5');
    await page.getByTestId('next-left').click();
    await expect.poll(() => page.getByTestId('state-left').textContent()).toBe('seed-demo, step 2 of 5');
    await expect
      .poll(() => logText(page, 'left'))
      .toMatch(/ktp:routeSummary default\/client → default\/echo-svc:80 forward: default\/echo-[\w-]+@mnode-m02 100%/);
    await expect.poll(() => left.getByTestId('embed-step').textContent()).toBe('Step 2 of 5: PreferSameNode: stay on the node');
    await expect.poll(() => left.locator(CLIENT_ROUTES).count()).toBe(1);
    expect(await right.locator(CLIENT_ROUTES).count()).toBe(2);
    await page.getByTestId('previous-left').click();
    await expect.poll(() => page.getByTestId('state-left').textContent()).toBe('seed-demo, step 1 of 5');
    await expect.poll(() => left.locator(CLIENT_ROUTES).count()).toBe(2);

    // A route summary on request.
    const summaries = (await logText(page, 'right'))!.split('ktp:routeSummary').length;
    await page.getByTestId('summary-right').click();
    await expect.poll(async () => (await logText(page, 'right'))!.split('ktp:routeSummary').length).toBeGreaterThan(summaries);

    await page.screenshot({ path: screenshotPath('embed-example') });
    expect(foreignRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('an embed without the editor loads no Monaco chunk; a split embed does', async () => {
  const canvasOnly = await openPage({
    path: '?embed&view=canvas&controls=full',
    viewport: { width: 640, height: 420 },
  });
  try {
    const { page } = canvasOnly;
    await waitForClientRoute(page);
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.getByTestId('embed-open-playground').getAttribute('href')).toMatch(/\/#s=v1\./);
    await page.screenshot({ path: screenshotPath('embed-canvas') });
    expect(canvasOnly.requests.filter((url) => MONACO.test(new URL(url).pathname))).toEqual([]);
    expect(await page.locator('.monaco-editor').count()).toBe(0);
    expect(canvasOnly.consoleErrors).toEqual([]);
  } finally {
    await canvasOnly.close();
  }

  const split = await openPage({
    path: '?embed&view=split',
    viewport: { width: 900, height: 500 },
  });
  try {
    await waitForEditor(split.page);
    expect(split.requests.some((url) => MONACO.test(new URL(url).pathname))).toBe(true);
    expect(split.consoleErrors).toEqual([]);
  } finally {
    await split.close();
  }
});

test('Open in playground carries the embed state to the full playground', async () => {
  // Step 1 of the seed demo's tour sets PreferSameNode: one route, to the pod on the client's node.
  const { page, consoleErrors, close } = await openPage({ path: '?embed&scenario=seed-demo&step=1&theme=dark' });
  try {
    await expect.poll(() => page.getByTestId('embed-step').textContent()).toBe('Step 2 of 5: PreferSameNode: stay on the node');
    await expect.poll(() => page.locator(CLIENT_ROUTES).count()).toBe(1);
    const link = page.getByTestId('embed-open-playground');
    // The link is rebuilt a moment after a change, and at once when the reader reaches it.
    await link.focus();
    await expect.poll(() => link.getAttribute('href')).toMatch(/\/#s=v1\./);
    const href = (await link.getAttribute('href'))!;
    expect(new URL(href).search).toBe('');
    // The link holds what the embed shows: the scenario's files and the tour's cluster event.
    const decoded = decodeShareFragment(fragmentOf(new URL(href).hash)!);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.state.scenario?.id).toBe('seed-demo');
    expect(decoded.state.timeline).toMatchObject([
      { event: { type: 'service.patch', patch: { spec: { trafficDistribution: 'PreferSameNode' } } } },
    ]);
    // A top-level page may open tabs: the playground opens in a new one.
    const [playground] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    try {
      await playground.getByTestId('toolbar').waitFor();
      expect(await playground.getByTestId('embed').count()).toBe(0);
      await waitForClientRoute(playground);
      // It shows the event's effect, not the scenario's plain files: one route, all of it to the client's node.
      await expect.poll(() => playground.locator(CLIENT_ROUTES).count(), { timeout: 20_000 }).toBe(1);
      const route = playground.locator(CLIENT_ROUTES).first();
      expect(await route.locator('.kt-route--same-node').count()).toBe(1);
      expect(await route.textContent()).toContain('100%');
    } finally {
      await playground.close();
    }
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
