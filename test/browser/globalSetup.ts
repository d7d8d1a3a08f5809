/**
 * Vitest globalSetup for the `browser` project: builds the site once, serves it with
 * `vite preview` on a free local port and hands the URL to the tests as `inject('baseUrl')`.
 * It also starts the one Chromium the test files share (`inject('browserEndpoint')`); each file
 * gets a fresh browser context of its own (see harness.ts), so no state crosses files.
 *
 * The build goes to a fresh temporary directory rather than `dist/`, so two test runs in the
 * same working tree never overwrite each other's files. Set `KTP_REUSE_DIST=1` to skip the
 * build and serve the existing `dist/` instead (quick iteration on browser tests only).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the built site, ending in `/`, e.g. `http://127.0.0.1:41234/`. */
    baseUrl: string;
    /** Why the site could not be built or served; empty when it was. */
    siteError: string;
    /** Where the shared Chromium listens (a `ws://` URL); empty when it could not start. */
    browserEndpoint: string;
    /** Why Chromium could not start; empty when it did. */
    browserError: string;
  }
}

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const viteBin = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');

/** Runs `vite build` into `outDir`; throws with vite's own output when the build fails. */
export function buildSite(outDir: string): void {
  const result = spawnSync(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.status !== 0) {
    throw new Error(`vite build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Asks the OS for a port that is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts `vite preview` on `outDir` and resolves once it answers HTTP requests. */
export async function startPreview(outDir: string, timeoutMs = 30_000): Promise<PreviewServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stop = () => stopChild(child);

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`vite preview exited early (code ${child.exitCode}):\n${output}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * A failed build does not abort the run (Vitest would then skip the unit tests too): the error
 * is provided as `siteError` and every browser test fails with it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.KTP_REUSE_DIST === '1';
  const outDir = reuse ? join(repoRoot, 'dist') : mkdtempSync(join(tmpdir(), 'ktp-site-'));
  const removeOutDir = () => {
    if (!reuse) rmSync(outDir, { recursive: true, force: true });
  };
  let server: PreviewServer;
  project.provide('browserEndpoint', '');
  project.provide('browserError', '');
  try {
    if (!reuse) buildSite(outDir);
    server = await startPreview(outDir);
  } catch (error) {
    removeOutDir();
    project.provide('baseUrl', '');
    project.provide('siteError', error instanceof Error ? error.message : String(error));
    return async () => undefined;
  }
  project.provide('baseUrl', server.url);
  project.provide('siteError', '');
  const browser = await launchBrowserServer().catch((error: unknown) => {
    project.provide('browserError', error instanceof Error ? error.message : String(error));
    return undefined;
  });
  if (browser) project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser?.close().catch(() => undefined);
    await server.stop();
    removeOutDir();
  };
}
