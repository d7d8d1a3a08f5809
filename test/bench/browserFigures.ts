/**
 * Figures measured in Chromium against the built site: cold load to first canvas content,
 * frame times while the canvas animates, and the gzip size of the JS loaded before the editor.
 * Keystroke-to-canvas latency needs a way to drive the editor; it is left as `not measured`
 * until the UI exposes one (see measureKeystrokeLatency).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from '../browser/chromium';
import { buildSite, startPreview } from '../browser/globalSetup';
import { median } from './engineFigures';

export interface BrowserFigure {
  name: string;
  value: string;
  note?: string;
}

const CANVAS_CONTENT = '[data-testid=canvas] .react-flow__node';

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
  await page.waitForSelector(CANVAS_CONTENT, { timeout: 30_000 });
  // Milliseconds since navigation start, as the page's own clock sees it.
  return page.evaluate(() => performance.now());
}

/** p95 and median of requestAnimationFrame intervals over about two seconds. */
async function frameTimes(page: Page): Promise<{ p95: number; median: number }> {
  const deltas = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const stamps: number[] = [];
        const tick = (t: number) => {
          stamps.push(t);
          if (stamps.length < 120) requestAnimationFrame(tick);
          else resolve(stamps.slice(1).map((s, i) => s - stamps[i]!));
        };
        requestAnimationFrame(tick);
      }),
  );
  const sorted = [...deltas].sort((a, b) => a - b);
  return { p95: sorted[Math.floor(sorted.length * 0.95)]!, median: median(deltas) };
}

/**
 * Keystroke → canvas update. Needs a stable way to edit the workspace (a test id on the editor
 * and a way to load a 200-node cluster); returns undefined until the UI offers one.
 */
async function measureKeystrokeLatency(_page: Page): Promise<number | undefined> {
  return undefined;
}

export async function measureBrowserFigures(): Promise<BrowserFigure[]> {
  if (!existsSync(CHROMIUM_PATH)) return [{ name: 'browser figures', value: 'skipped', note: `no Chromium at ${CHROMIUM_PATH}` }];
  const outDir = mkdtempSync(join(tmpdir(), 'ktp-bench-site-'));
  try {
    try {
      buildSite(outDir);
    } catch (error) {
      return [{ name: 'browser figures', value: 'skipped', note: `build failed: ${String(error).split('\n')[0]}` }];
    }
    const figures: BrowserFigure[] = [{ name: 'initial JS (gzip)', value: `${(initialJsGzipBytes(outDir) / 1024).toFixed(0)} KB`, note: 'entry + modulepreloads' }];
    const server = await startPreview(outDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      try {
        figures.push({ name: 'cold load → canvas', value: `${(await coldLoadMs(page, server.url)).toFixed(0)} ms`, note: 'seed demo, empty cache' });
      } catch (error) {
        figures.push({ name: 'cold load → canvas', value: 'not measured', note: `no ${CANVAS_CONTENT}: ${String(error).split('\n')[0]}` });
        return figures;
      }
      const frames = await frameTimes(page);
      figures.push({ name: 'frame time p95', value: `${frames.p95.toFixed(1)} ms`, note: `median ${frames.median.toFixed(1)} ms, seed demo animating` });
      const keystroke = await measureKeystrokeLatency(page);
      figures.push(
        keystroke === undefined
          ? { name: 'keystroke → canvas', value: 'not measured', note: 'needs an editor hook in the UI' }
          : { name: 'keystroke → canvas', value: `${keystroke.toFixed(0)} ms` },
      );
      return figures;
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
