/**
 * Offline and hosting against the built site: the service worker keeps the site working with the
 * network cut, the site works from a sub-path behind a plain static server, and the page, the
 * editor and every worker stay on the site's own origin under its Content-Security-Policy.
 */
import { createServer, type Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { encodeShareFragment } from '../../src/io/share/shareState';
import { seedDemo } from '../../src/scenarios/seedDemo';
import { launchBrowser } from './chromium';
import { freePort } from './globalSetup';
import { baseUrl, foreignRequests, openPage } from './harness';
import { CLIENT_ROUTES, waitForClientRoute, waitForEditor } from './pageHelpers';

async function waitForServiceWorker(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { timeout: 30_000 }).toBe('activated');
  return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
}

test('after the first visit, a reload with the network cut still shows the playground and its editor', async () => {
  const { page, consoleErrors, close } = await openPage();
  const context = page.context();
  try {
    await waitForClientRoute(page);
    expect(await waitForServiceWorker(page)).toBe(baseUrl());
    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });

    await waitForClientRoute(page);
    await waitForEditor(page);
    expect(await page.locator(CLIENT_ROUTES).count()).toBe(2);
    expect(consoleErrors).toEqual([]);
    // The check can fail: a file the service worker never cached does not load offline.
    const missing = await page.evaluate(() =>
      fetch('never-built.html').then(
        (r) => r.status,
        () => 'failed',
      ),
    );
    expect(missing).toBe('failed');
  } finally {
    await context.setOffline(false);
    await close();
  }
});

/** A plain static server that serves the built site under `/docs/kube/` (by asking the preview server) and nothing else. */
async function subPathServer(prefix: string): Promise<{ url: string; server: Server; paths: string[] }> {
  const site = baseUrl();
  const paths: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    paths.push(path);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    fetch(new URL(path.slice(prefix.length), site)).then(
      async (upstream) => {
        response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
        response.end(Buffer.from(await upstream.arrayBuffer()));
      },
      () => response.writeHead(502).end(),
    );
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}${prefix}`, server, paths };
}

test('the site works from a sub-path: playground, editor, service worker and embed', async () => {
  const prefix = '/docs/kube/';
  const { url, server, paths } = await subPathServer(prefix);
  const browser = await launchBrowser();
  const context: BrowserContext = browser.context;
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await waitForClientRoute(page);
    await waitForEditor(page);
    expect(await waitForServiceWorker(page)).toBe(url);

    await page.goto(`${url}?embed&controls=none`);
    await waitForClientRoute(page);
    expect(await page.getByTestId('embed-open-playground').getAttribute('href')).toMatch(
      new RegExp(`^${url.replace(/[/.]/g, '\\$&')}#s=v1\\.`),
    );

    expect(paths.filter((p) => !p.startsWith(prefix))).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('the app, the editor and every worker make no request to another origin and break no CSP rule', async () => {
  // Over the analysis worker's threshold, so the engine runs in its worker; split view loads Monaco and its YAML worker.
  const big = { name: 'notes.yaml', text: `# ${'padding '.repeat(15_000)}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\n` };
  const fragment = encodeShareFragment({ v: 1, files: [...seedDemo.files, big], kubernetesVersion: '1.34' });
  const { page, consoleErrors, requests, close } = await openPage({ path: `?embed&view=split&controls=full#${fragment}` });
  const context = page.context();
  const contextRequests: string[] = [];
  const record = (request: { url(): string }) => contextRequests.push(request.url());
  context.on('request', record);
  try {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await waitForEditor(page);
    await waitForClientRoute(page);
    await page.waitForLoadState('networkidle');
    const workerPaths = () => page.workers().map((w) => new URL(w.url()).pathname);
    await expect.poll(() => workerPaths().some((p) => /analysis\.worker/.test(p)), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => workerPaths().some((p) => /yaml\.worker/.test(p)), { timeout: 20_000 }).toBe(true);
    await page.waitForLoadState('networkidle');

    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'self'");
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    // The policy is in force: a request to another origin is refused by the page itself.
    await page.evaluate(() => fetch('https://example.org/').catch(() => undefined));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))
      .toEqual(['connect-src https://example.org/']);

    expect(foreignRequests(requests)).toEqual([]);
    expect(foreignRequests(contextRequests)).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes('https://example.org/'))).toEqual([]);
  } finally {
    context.off('request', record);
    await close();
  }
});
