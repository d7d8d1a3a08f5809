/**
 * Figures measured in Chromium against the built site: cold load to first canvas content, the
 * gzip size of the JS loaded before the editor, frame times while the canvas animates,
 * and keystroke-to-canvas latency on the seed demo and on a 200-node / 2,000-pod workspace.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from '../browser/chromium';
import { buildSite, startPreview } from '../browser/globalSetup';
import { median } from './engineFigures';

/** What the canvas draws: its boxes, and pods drawn as chips inside node boxes at scale. */
const CANVAS_NODES = '[data-testid=canvas] .react-flow__node, [data-testid=canvas] .kt-chip';

export interface BrowserFigure {
  name: string;
  value: string;
  note?: string;
}

/** gzip bytes of the entry script and its modulepreloads: the JS a cold load needs before any lazy chunk. */
export function initialJsGzipBytes(outDir: string): number {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) urls.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) urls.add(match[1]!);
  let total = 0;
  for (const url of urls) total += gzipSync(readFileSync(join(outDir, url.replace(/^\.?\//, '')))).length;
  return total;
}

async function coldLoadMs(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(CANVAS_NODES, { timeout: 30_000 });
  // Milliseconds since navigation start, as the page's own clock sees it.
  return page.evaluate(() => performance.now());
}

/** p95 and median of requestAnimationFrame intervals over about two seconds. */
async function frameTimes(page: Page): Promise<{ p95: number; median: number }> {
  // A string, not a function: the TypeScript loader would wrap a function in helpers the page lacks.
  const deltas = await page.evaluate<number[]>(`new Promise((resolve) => {
    const stamps = [];
    const tick = (t) => {
      stamps.push(t);
      if (stamps.length < 120) requestAnimationFrame(tick);
      else resolve(stamps.slice(1).map((s, i) => s - stamps[i]));
    };
    requestAnimationFrame(tick);
  })`);
  const sorted = [...deltas].sort((a, b) => a - b);
  return { p95: sorted[Math.floor(sorted.length * 0.95)]!, median: median(deltas) };
}

/**
 * Keystroke → canvas, as the page sees it: from the keydown event's time stamp until the first
 * animation frame after the canvas's node count changed (the frame that shows it) has run.
 * The test driver's own round trips are left out; `driverMs` is the same span seen from here.
 */
async function keystrokeLatencyMs(page: Page, key: string): Promise<{ pageMs: number; driverMs: number }> {
  await page.waitForTimeout(1_000);
  const before = await page.locator(CANVAS_NODES).count();
  // A string, not a function: the TypeScript loader would wrap a function in helpers the page lacks.
  await page.evaluate(`(() => {
    const selector = ${JSON.stringify(CANVAS_NODES)};
    window.__ktpKeystroke = {};
    document.addEventListener('keydown', (event) => { window.__ktpKeystroke.key = event.timeStamp; }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll(selector).length === ${before}) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__ktpKeystroke.frame = performance.now(); }));
    });
    observer.observe(document.querySelector('[data-testid=canvas]'), { childList: true, subtree: true });
  })()`);
  const t0 = await page.evaluate<number>('performance.now()');
  await page.keyboard.press(key);
  await waitForTruthy(page, 'window.__ktpKeystroke.frame !== undefined', 60_000);
  const driverMs = (await page.evaluate<number>('performance.now()')) - t0;
  const { key: pressed, frame } = await page.evaluate<{ key: number; frame: number }>('window.__ktpKeystroke');
  return { pageMs: frame - pressed, driverMs };
}

/**
 * Waits until `expression` is truthy in the page. Not page.waitForFunction: that compiles its
 * string inside the page, which the site's Content-Security-Policy (no 'unsafe-eval') refuses.
 */
async function waitForTruthy(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(`Boolean(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await page.waitForTimeout(10);
  }
}

/** Opens a workspace file in the editor with the cursor at its start. */
async function focusFile(page: Page, name: string): Promise<void> {
  await page.click(`[data-testid="file-tab-${name}"]`);
  await page.click('[data-testid=editor] .view-lines');
  await page.keyboard.press('Control+Home');
}

/**
 * Replaces the open file's text through the clipboard, as a user pasting does: typed text
 * (keyboard.insertText) would be auto-indented line by line by the editor.
 */
async function pasteOverFile(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

/** 200 zoned nodes and the echo Deployment scaled to 2,000 replicas, `replicas` on the last line. */
function largeWorkspaceYaml(nodes = 200, replicas = 2_000): string {
  const docs: string[] = [];
  for (let i = 0; i < nodes; i++) {
    docs.push(
      `apiVersion: v1\nkind: Node\nmetadata:\n  name: bench-${i}\n  labels:\n    topology.kubernetes.io/zone: zone-${'abc'[i % 3]}`,
    );
  }
  docs.push(
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: echo\nspec:\n  selector:\n    matchLabels:\n      app: echo\n' +
      '  template:\n    metadata:\n      labels:\n        app: echo\n    spec:\n      containers:\n        - name: echo\n          image: hashicorp/http-echo\n' +
      `          ports:\n            - containerPort: 5678\n  replicas: ${replicas}`,
  );
  return docs.join('\n---\n');
}

/** Demo: echo's `replicas: 2` (line 6 of echo-pod.yaml) becomes 3. Large: the Deployment file is replaced, then 2000 becomes 200. */
async function interactiveFigures(page: Page, figures: BrowserFigure[]): Promise<void> {
  await focusFile(page, 'echo-pod.yaml');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  const demo = await keystrokeLatencyMs(page, '3');
  figures.push({
    name: 'keystroke → canvas (demo)',
    value: `${demo.pageMs.toFixed(0)} ms`,
    note: `replicas 3: a pod appears (${demo.driverMs.toFixed(0)} ms through the test driver)`,
  });

  await focusFile(page, 'echo-pod.yaml');
  await pasteOverFile(page, largeWorkspaceYaml());
  await waitForTruthy(page, `document.querySelectorAll(${JSON.stringify(CANVAS_NODES)}).length > 200`, 120_000);
  const frames = await frameTimes(page);
  figures.push({
    name: 'frame time p95 (200 nodes)',
    value: `${frames.p95.toFixed(1)} ms`,
    note: `median ${frames.median.toFixed(1)} ms, 2,000 pods animating`,
  });
  await page.keyboard.press('Control+End');
  const large = await keystrokeLatencyMs(page, 'Backspace');
  figures.push({
    name: 'keystroke → canvas (200 nodes)',
    value: `${large.pageMs.toFixed(0)} ms`,
    note: `replicas 2000 → 200 (${large.driverMs.toFixed(0)} ms through the test driver)`,
  });
}

export async function measureBrowserFigures(): Promise<BrowserFigure[]> {
  if (!existsSync(CHROMIUM_PATH)) return [{ name: 'browser figures', value: 'skipped', note: `no Chromium at ${CHROMIUM_PATH}` }];
  const outDir = mkdtempSync(join(tmpdir(), 'ktp-bench-site-'));
  try {
    try {
      buildSite(outDir);
    } catch (error) {
      // Strip terminal colours from vite's output.
      const colour = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g');
      const lines = String(error).replace(colour, '').split('\n');
      const reason = lines.find((l) => /Expected|Failed to resolve|Could not|error TS|\.tsx?:\d+/.test(l)) ?? lines[0];
      return [{ name: 'browser figures', value: 'skipped', note: `build failed: ${reason!.trim()}` }];
    }
    const figures: BrowserFigure[] = [
      { name: 'initial JS (gzip)', value: `${(initialJsGzipBytes(outDir) / 1024).toFixed(0)} KB`, note: 'entry + modulepreloads' },
    ];
    const server = await startPreview(outDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      try {
        figures.push({
          name: 'cold load → canvas',
          value: `${(await coldLoadMs(page, server.url)).toFixed(0)} ms`,
          note: 'seed demo, empty cache',
        });
      } catch (error) {
        figures.push({ name: 'cold load → canvas', value: 'not measured', note: `no ${CANVAS_NODES}: ${String(error).split('\n')[0]}` });
        return figures;
      }
      const frames = await frameTimes(page);
      figures.push({
        name: 'frame time p95',
        value: `${frames.p95.toFixed(1)} ms`,
        note: `median ${frames.median.toFixed(1)} ms, seed demo animating`,
      });
      try {
        await interactiveFigures(page, figures);
      } catch (error) {
        const onCanvas = await page
          .locator(CANVAS_NODES)
          .count()
          .catch(() => -1);
        figures.push({
          name: 'interaction figures',
          value: 'not measured',
          note: `${String(error).split('\n')[0]} (${onCanvas} canvas nodes)`,
        });
      }
      return figures;
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
