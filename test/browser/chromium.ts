/**
 * Headless Debian Chromium through playwright-core: in a throwaway profile, or as a server the
 * browser tests share. Free of Vitest imports, so the benchmark can use it too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserServer } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the last three, Chromium keeps trying to reach Google services on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A persistent context in a fresh profile directory; `close` removes the directory. */
export async function launchBrowser(): Promise<{ context: BrowserContext; profileDir: string; close(): Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'ktp-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    profileDir,
    async close() {
      await context.close().catch(() => undefined);
      await removeWithRetries(profileDir);
    },
  };
}

async function removeWithRetries(dir: string): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      rmSync(dir, { recursive: true, force: true });
      return;
    } catch {
      // Chromium may still be writing into its profile for a moment after closing.
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** A headless Chromium that test files connect to (`chromium.connect(server.wsEndpoint())`), each with contexts of its own. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
