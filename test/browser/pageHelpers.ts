/**
 * Small steps the browser tests share on the playground's pages: where the seed demo's client
 * routes are and waiting for them, the canvas's fit, the editor, the toolbar's controls, the
 * terminal and the Workspace menu's downloads.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import type { Download, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The seed demo's client pod on the canvas. */
export const CLIENT = '[data-testid="pod-default/client"]';
/** The canvas edges of the client's routes. */
export const CLIENT_ROUTES = '[data-testid^="route-default/client->"]';

/** A toolbar control, by the field it sets, e.g. `control('trafficDistribution')`. */
export const control = (id: string) => `[data-testid="control-${id}"]`;

/** Waits until the client's first route is drawn: the analysis has answered. */
export async function waitForClientRoute(page: Page | Frame): Promise<void> {
  await page.locator(CLIENT_ROUTES).first().waitFor({ state: 'attached', timeout: 20_000 });
}

/** Waits until the client pod is visible and its first route drawn. */
export async function waitForRoutes(page: Page): Promise<void> {
  await page.locator(CLIENT).waitFor({ state: 'visible', timeout: 20_000 });
  await waitForClientRoute(page);
}

/** Waits until the canvas's viewport has stopped moving (the fit and its transition are done). */
export async function settled(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 10_000, interval: 250 },
    )
    .toBe(true);
}

/** Waits until Monaco shows the open file (the editor is loaded lazily). */
export async function waitForEditor(page: Page): Promise<void> {
  await page.locator('[data-testid="editor"] .monaco-editor .view-lines').waitFor({ timeout: 20_000 });
}

/** Opens the dock's Terminal tab (unless it is open: a press on the open tab folds the dock) and returns its input once it is there. */
export async function openTerminal(page: Page) {
  const tab = page.getByTestId('dock-tab-terminal');
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  const input = page.getByTestId('terminal-input');
  await input.waitFor();
  return input;
}

/** Runs a terminal line and returns what it printed (the answer and any hint). */
export async function runTerminalLine(page: Page, line: string): Promise<string> {
  const input = page.getByTestId('terminal-input');
  const lines = page.getByTestId('terminal-output').locator('pre');
  const before = await lines.count();
  await input.fill(line);
  await input.press('Enter');
  await expect.poll(() => lines.count()).toBeGreaterThan(before + 1);
  const printed = await lines.evaluateAll((pres, from) => pres.slice(from + 1).map((p) => p.textContent ?? ''), before);
  return printed.join('\n');
}

/** The seed demo's file names, in tab order. */
export const DEMO_FILES = ['cluster.yaml', 'echo-pod.yaml', 'echo-service.yaml', 'client.yaml'];

/** The file tabs' names, in order. */
export async function fileTabs(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-testid^="file-tab-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!));
  return ids.map((id) => id.slice('file-tab-'.length));
}

/**
 * Brings an open page back to the seed demo as it ships, the way a user does: Workspace → Reset
 * (confirmed when the workspace holds edits), which also clears the timeline and the selection.
 * Waits until the demo's two client routes are drawn from a fresh analysis.
 */
export async function resetToDemo(page: Page): Promise<void> {
  await page.getByTestId('workspace-menu').locator('summary').click();
  await page.getByTestId('workspace-reset').click();
  const confirm = page.getByTestId('confirm-ok');
  await expect
    .poll(async () => {
      if (await confirm.isVisible()) await confirm.click();
      return (await confirm.count()) === 0 && (await fileTabs(page)).join() === DEMO_FILES.join();
    })
    .toBe(true);
  await expect.poll(() => page.locator(CLIENT_ROUTES).count()).toBe(2);
  await expect.poll(() => page.getByTestId('stale-badge').count()).toBe(0);
}

/** The bytes of a finished download (read through Playwright: the browser may run in another process). */
export async function downloadedBytes(file: Download): Promise<Buffer> {
  return buffer(await file.createReadStream());
}

/** Chooses `testId` in the Workspace menu and returns what was downloaded and from which URL. */
export async function download(page: Page, testId: string): Promise<{ url: string; bytes: Buffer }> {
  await page.getByTestId('workspace-menu').locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { url: file.url(), bytes: await downloadedBytes(file) };
}

/** Where a test saves a screenshot to look at (the system's temporary directory, never the repository). */
export function screenshotPath(name: string): string {
  return join(tmpdir(), `ktp-${name}.png`);
}
