/**
 * Opens pages of the built site (served by globalSetup.ts) in headless Chromium.
 *
 * One browser per test file: launched on the first `openPage`, shared by the file's tests and
 * closed after the file (an `afterAll` registered on import). Each `openPage` gets its own tab;
 * `close()` closes the tab and clears the site's storage so the next test starts clean.
 * Requests to any other origin are recorded and then aborted, so a stray CDN URL fails fast.
 */
import type { Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { launchBrowser } from './chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } from './chromium';

export interface OpenPageOptions {
  /** Relative to the site root, e.g. `'#s=...'` or `'?x=1'`. Default: the root. */
  path?: string;
  reducedMotion?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

export interface OpenedPage {
  page: Page;
  /** Console messages of type error and uncaught page errors, in order. */
  consoleErrors: string[];
  /** Every request URL the page made, in order (including aborted foreign ones). */
  requests: string[];
  close(): Promise<void>;
}

/** The built site's URL, ending in `/`. */
export function baseUrl(): string {
  const siteError = inject('siteError');
  if (siteError) throw new Error(`the site could not be built or served:\n${siteError}`);
  return inject('baseUrl');
}

/** Request URLs whose origin differs from the site's. */
export function foreignRequests(requests: readonly string[], site = baseUrl()): string[] {
  const origin = new URL(site).origin;
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  });
}

let browser: ReturnType<typeof launchBrowser> | undefined;

afterAll(async () => {
  if (browser) await (await browser).close();
  browser = undefined;
});

/** Opens the built site in a new tab, recording console errors and requests. */
export async function openPage(options: OpenPageOptions = {}): Promise<OpenedPage> {
  const site = baseUrl();
  browser ??= launchBrowser();
  const { context } = await browser;
  const origin = new URL(site).origin;

  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort('blockedbyclient'),
  );

  await page.emulateMedia({
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    colorScheme: options.colorScheme ?? 'light',
  });
  await page.setViewportSize(options.viewport ?? { width: 1280, height: 800 });
  await page.goto(new URL(options.path ?? '', site).href, { waitUntil: 'load' });

  return {
    page,
    consoleErrors,
    requests,
    async close() {
      if (page.isClosed()) return;
      // Leave the site first: what it saves on pagehide must not outlive the clearing below.
      await page.goto('about:blank').catch(() => undefined);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}
