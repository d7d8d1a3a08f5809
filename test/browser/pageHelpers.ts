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

/**
 * Pod names a badge covers: for every pod box on the canvas, the boxes of its name's visible text
 * (clipped to the name's own box, as its overflow is) against every owner tag and drift badge
 * drawn on any pod. One line per overlap, e.g. `default/web-0: "≠ new" covers 12.5 px²`.
 */
export function podBadgeOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="canvas"]')!;
    const badges = [...canvas.querySelectorAll<HTMLElement>('.kt-pod .kt-pod__owner, .kt-pod .kt-drift')].map((el) => ({
      // The badge as drawn, without its words for screen readers.
      text: (el.textContent ?? '').replace(/ \(.*\)$/, ''),
      r: el.getBoundingClientRect(),
    }));
    const found: string[] = [];
    for (const name of canvas.querySelectorAll<HTMLElement>('.kt-pod__name')) {
      const pod = name.closest<HTMLElement>('.kt-pod')!.dataset.testid!.replace(/^pod-/, '');
      const clip = name.getBoundingClientRect();
      const walker = document.createTreeWalker(name, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const t of range.getClientRects()) {
          const left = Math.max(t.left, clip.left);
          const right = Math.min(t.right, clip.right);
          if (right - left <= 0 || t.height <= 0) continue;
          for (const b of badges) {
            const w = Math.min(right, b.r.right) - Math.max(left, b.r.left);
            const h = Math.min(t.bottom, b.r.bottom) - Math.max(t.top, b.r.top);
            if (w > 0 && h > 0 && w * h > 0.5) found.push(`${pod}: "${b.text}" covers ${(w * h).toFixed(1)} px² of "${node.textContent}"`);
          }
        }
      }
    }
    return found;
  });
}

/**
 * Words that a line break splits where no writer would: anywhere but after a space, a hyphen or
 * a slash. Each as `"the word" in <tag>`, for the text under `root`.
 */
export function midWordBreaks(page: Page, root: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const container = document.querySelector(selector);
    if (!container) return [`${selector} is not on the page`];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const rectOf = (node: Text, i: number) => {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getClientRects()[0];
    };
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      let last = text.length > 0 ? rectOf(node, 0) : undefined;
      for (let i = 1; i < text.length; i++) {
        const r = rectOf(node, i);
        const prev = text[i - 1]!;
        if (r && last && r.top >= last.bottom - 1 && !/[\s\-/]/.test(prev) && !/\s/.test(text[i]!)) {
          const start = text.lastIndexOf(' ', i) + 1;
          const end = text.indexOf(' ', i);
          found.push(`"${text.slice(start, end < 0 ? undefined : end)}" in <${node.parentElement?.tagName.toLowerCase()}>`);
        }
        if (r) last = r;
      }
    }
    return found;
  }, root);
}
