/**
 * Opens pages of the built site (served by globalSetup.ts) in headless Chromium.
 *
 * One Chromium for the whole run (started by globalSetup.ts); one fresh browser context per test
 * file: made on the first `openPage`, shared by the file's tests and closed after the file (by
 * setup.ts). Each `openPage` gets its own tab; `close()` closes the tab and clears the site's
 * storage so the next test starts clean. Requests to any other origin are recorded and then
 * aborted, so a stray CDN URL fails fast.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

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

let fileBrowser: Promise<{ browser: Browser; context: BrowserContext }> | undefined;

/** This test file's context in the shared Chromium, made on first use. */
function fileContext(): Promise<{ browser: Browser; context: BrowserContext }> {
  fileBrowser ??= (async () => {
    const browserError = inject('browserError');
    if (browserError) throw new Error(`Chromium could not be started:\n${browserError}`);
    const browser = await chromium.connect(inject('browserEndpoint'));
    return { browser, context: await browser.newContext() };
  })();
  return fileBrowser;
}

/** Closes this test file's context (and its pages) and leaves the shared Chromium running; setup.ts calls it after each file. */
export async function closeFileBrowser(): Promise<void> {
  const opened = fileBrowser;
  fileBrowser = undefined;
  if (!opened) return;
  const { browser, context } = await opened.catch(() => ({ browser: undefined, context: undefined }));
  await context?.close().catch(() => undefined);
  // A connected browser's close() disconnects: the shared Chromium goes on for the next file.
  await browser?.close().catch(() => undefined);
}

/** Opens the built site in a new tab, recording console errors and requests. */
export async function openPage(options: OpenPageOptions = {}): Promise<OpenedPage> {
  const site = baseUrl();
  const { context } = await fileContext();
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
