/**
 * Figures measured in Chromium against the built site: cold load to first canvas content, the
 * gzip size of the JS loaded before the editor, frame times while the canvas animates,
 * and keystroke-to-canvas latency on the seed demo and on a 200-node / 2,000-pod workspace.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from '../browser/chromium';
import { buildSite, startPreview } from '../browser/globalSetup';
import { median } from './engineFigures';
import { SIZES, syntheticCluster } from './syntheticCluster';

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

/**
 * Resident memory of the browser's renderer processes (the tab and its workers), in bytes, read
 * from /proc: the processes launched with this profile directory. 0 where /proc is missing.
 */
export function rendererRssBytes(profileDir: string): number {
  if (!existsSync('/proc/self/status')) return 0;
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--type=renderer') || !cmdline.includes(profileDir)) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

/** The synthetic cluster as `kubectl get -o json` would print it with one item per line (the bench's own objects). */
export function clusterDumpJson(objects: readonly Record<string, unknown>[]): string {
  return `{"apiVersion": "v1", "kind": "List", "metadata": {"resourceVersion": ""}, "items": [\n${objects.map((o) => JSON.stringify(o)).join(',\n')}\n]}\n`;
}

const CLASS_CARDS = '[data-testid=canvas] [data-testid^=class-]';

/**
 * Opens `text` as a file through the workspace menu's file input; ms until the canvas shows its
 * zone summaries. `sample` is called every 250 ms meanwhile (the tab's memory at its peak).
 */
async function openDumpMs(page: Page, name: string, text: string, sample?: () => void): Promise<number> {
  // The driver takes at most 50 MB as a buffer: larger files go through a path.
  const dir = mkdtempSync(join(tmpdir(), 'ktp-bench-dump-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  const started = Date.now();
  const sampler = sample ? setInterval(sample, 250) : undefined;
  // The page reads the file after the input's change event: it stays on disk until the canvas shows it.
  try {
    await page.setInputFiles('[data-testid=open-files-input]', path);
    await waitForTruthy(
      page,
      `document.querySelectorAll(${JSON.stringify(CLASS_CARDS)}).length > 0 && !document.querySelector('[data-testid=busy-indicator]')`,
      600_000,
    );
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
  return Date.now() - started;
}

/**
 * A full garbage collection in the page and in each of its workers, through the DevTools
 * protocol (the workers are reached through the page's session: Target.sendMessageToTarget).
 */
async function collectGarbage(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const workers: string[] = [];
  const answered = new Map<number, () => void>();
  session.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') workers.push(event.sessionId);
  });
  session.on('Target.receivedMessageFromTarget', (event) => {
    const id = (JSON.parse(event.message) as { id?: number }).id;
    if (id !== undefined) answered.get(id)?.();
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await session.send('HeapProfiler.collectGarbage');
  let id = 0;
  for (const sessionId of workers) {
    const done = new Promise<void>((resolve) => answered.set(++id, resolve));
    await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'HeapProfiler.collectGarbage' }) });
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  }
  await session.detach();
}

/**
 * Keystroke → canvas in a large workspace: from keydown to the first frame after the canvas's
 * text changed (the zone summaries count the pods), `times` edits of echo's replicas.
 */
async function largeKeystrokesMs(page: Page, times: number): Promise<number[]> {
  await focusFile(page, 'echo-pod.yaml');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const spans: number[] = [];
  for (let i = 0; i < times; i++) {
    await page.waitForTimeout(500);
    await page.evaluate(`(() => {
      window.__ktpKeystroke = {};
      document.addEventListener('keydown', (event) => { window.__ktpKeystroke.key = event.timeStamp; }, { capture: true, once: true });
      const canvas = document.querySelector('[data-testid=canvas-graph]');
      const before = canvas.textContent;
      const observer = new MutationObserver(() => {
        if (canvas.textContent === before) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => { window.__ktpKeystroke.frame = performance.now(); }));
      });
      observer.observe(canvas, { childList: true, subtree: true, characterData: true });
    })()`);
    // 2 → 3 → 2 …: one echo pod more or fewer in its zone's count.
    await page.keyboard.press('Backspace');
    await page.keyboard.press(i % 2 === 0 ? '3' : '2');
    await waitForTruthy(page, 'window.__ktpKeystroke.frame !== undefined', 600_000);
    const { key, frame } = await page.evaluate<{ key: number; frame: number }>('window.__ktpKeystroke');
    spans.push(frame - key);
  }
  return spans;
}

/** rAF intervals while the canvas is panned by mouse drags and zoomed by the wheel (summary level). */
async function panZoomFrames(page: Page): Promise<{ p95: number; median: number }> {
  const box = (await page.locator('[data-testid=canvas-graph]').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const frames = frameTimes(page);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 20; i++) await page.mouse.move(cx + ((i % 10) - 5) * 8, cy + ((i % 7) - 3) * 6);
  await page.mouse.up();
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i % 2 ? 60 : -60);
  return frames;
}

/** How long the page is left after a large open before its pan/zoom is measured again. */
const SETTLE_MS = 10_000;

const p95 = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;

/** The 1,000-node / 30,000-pod and 5,000-node / 150,000-pod clusters opened in the page. */
export async function largeClusterFigures(
  context: Awaited<ReturnType<typeof launchBrowser>>,
  url: string,
  figures: BrowserFigure[],
  sizes: readonly ('medium' | 'large')[] = ['medium', 'large'],
): Promise<void> {
  const medium = SIZES.find((s) => s.name === 'medium')!;
  const large = SIZES.find((s) => s.name === 'large')!;
  if (sizes.includes('medium')) {
    const page = await context.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    try {
      await page.goto(url);
      await page.waitForSelector(CANVAS_NODES, { timeout: 60_000 });
      const text = clusterDumpJson(syntheticCluster(medium));
      const openMs = await openDumpMs(page, 'cluster-1000.json', text);
      figures.push({
        name: 'open file → canvas (1,000 nodes)',
        value: `${(openMs / 1000).toFixed(1)} s`,
        note: `${(text.length / 1e6).toFixed(1)} MB kubectl-style JSON, 30,000 pods, 2,000 Services; zone summaries drawn`,
      });
      const frames = await panZoomFrames(page);
      figures.push({
        name: 'pan/zoom frame p95 (1,000 nodes)',
        value: `${frames.p95.toFixed(1)} ms`,
        note: `median ${frames.median.toFixed(1)} ms, zone summaries, right after the open (the editor and autosave still at work)`,
      });
      // Once the open's after-work is done: what panning and zooming alone cost.
      await page.waitForTimeout(SETTLE_MS);
      const settled = await panZoomFrames(page);
      figures.push({
        name: 'pan/zoom frame p95 (1,000 nodes, settled)',
        value: `${settled.p95.toFixed(1)} ms`,
        note: `median ${settled.median.toFixed(1)} ms, zone summaries, ${SETTLE_MS / 1000} s after the open`,
      });
      const keys = await largeKeystrokesMs(page, 5);
      figures.push({
        name: 'keystroke → canvas p95 (1,000 nodes)',
        value: `${(p95(keys) / 1000).toFixed(1)} s`,
        note: `5 edits of one Deployment's replicas, one pod more or fewer each (${keys.map((k) => (k / 1000).toFixed(1)).join(', ')} s)`,
      });
    } catch (error) {
      figures.push({ name: 'large-cluster figures (1,000 nodes)', value: 'not measured', note: String(error).split('\n')[0]! });
    } finally {
      await page.close();
    }
  }
  if (sizes.includes('large')) {
    // A browser of its own: the renderer that served the 1,000-node page lives on with the site's
    // service worker, and its memory is not this tab's.
    const own = await launchBrowser();
    const page = await own.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    try {
      await page.goto(url);
      await page.waitForSelector(CANVAS_NODES, { timeout: 60_000 });
      let text = clusterDumpJson(syntheticCluster(large));
      const megabytes = text.length / 1e6;
      let peak = 0;
      const openMs = await openDumpMs(page, 'cluster-5000.json', text, () => {
        peak = Math.max(peak, rendererRssBytes(own.profileDir));
      });
      text = '';
      await page.waitForTimeout(2_000);
      const rss = rendererRssBytes(own.profileDir);
      // V8 gives back the garbage of the open once the page and the worker have been idle a while.
      await page.waitForTimeout(13_000);
      const settled = rendererRssBytes(own.profileDir);
      // What the tab keeps: after a full collection in the page and each of its workers.
      await collectGarbage(page);
      await page.waitForTimeout(1_000);
      const kept = rendererRssBytes(own.profileDir);
      figures.push({
        name: 'open file → canvas (5,000 nodes)',
        value: `${(openMs / 1000).toFixed(1)} s`,
        note: `${megabytes.toFixed(1)} MB, 150,000 pods, 10,000 Services; opens at the zone summaries`,
      });
      figures.push({
        name: 'tab memory (5,000 nodes)',
        value: rss ? `${(rss / 1e9).toFixed(2)} GB` : 'not measured',
        note: 'resident memory of the renderer processes of a browser holding only this tab (page, analysis worker, service worker) 2 s after the canvas shows the cluster',
      });
      figures.push({
        name: 'tab memory, settled (5,000 nodes)',
        value: settled ? `${(settled / 1e9).toFixed(2)} GB` : 'not measured',
        note: `15 s after the canvas shows it, no collection forced; peak while opening ${(peak / 1e9).toFixed(2)} GB`,
      });
      figures.push({
        name: 'tab memory, kept (5,000 nodes)',
        value: kept ? `${(kept / 1e9).toFixed(2)} GB` : 'not measured',
        note: 'after a full garbage collection in the page and its workers (DevTools protocol)',
      });
    } catch (error) {
      figures.push({ name: 'large-cluster figures (5,000 nodes)', value: 'not measured', note: String(error).split('\n')[0]! });
    } finally {
      await page.close();
      await own.close();
    }
  }
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
      if (process.env.KTP_BENCH_LARGE !== '0') await largeClusterFigures(browser, server.url, figures);
      return figures;
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
