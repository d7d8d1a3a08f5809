/**
 * Small steps the browser tests share on the playground's pages: where the seed demo's client
 * routes are and waiting for them, the editor, the toolbar's controls, the terminal and the
 * Workspace menu's downloads.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
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

/** Waits until Monaco shows the open file (the editor is loaded lazily). */
export async function waitForEditor(page: Page): Promise<void> {
  await page.locator('[data-testid="editor"] .monaco-editor .view-lines').waitFor({ timeout: 20_000 });
}

/** Opens the dock's Terminal tab and returns its input once it is there. */
export async function openTerminal(page: Page) {
  await page.getByTestId('dock-tab-terminal').click();
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

/** Chooses `testId` in the Workspace menu and returns what was downloaded and from which URL. */
export async function download(page: Page, testId: string): Promise<{ url: string; bytes: Buffer }> {
  await page.getByTestId('workspace-menu').locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { url: file.url(), bytes: readFileSync((await file.path())!) };
}

/** Where a test saves a screenshot to look at (the system's temporary directory, never the repository). */
export function screenshotPath(name: string): string {
  return join(tmpdir(), `ktp-${name}.png`);
}
