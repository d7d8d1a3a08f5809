/**
 * Builds the service worker (serviceWorker.ts) into `sw.js` at the site's root and writes into it
 * the manifest of every built and public file. Build only: the dev server has no service worker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';
import { precacheManifest, type SiteFile } from './precacheManifest.js';

const SOURCE = fileURLToPath(new URL('./serviceWorker.ts', import.meta.url));
const PLACEHOLDER = /(["'`])__KTP_PRECACHE__\1/;

function publicFiles(dir: string): SiteFile[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    try {
      return [
        {
          fileName: relative(dir, path).split(sep).join('/'),
          content: readFileSync(path),
        },
      ];
    } catch {
      return []; // a directory
    }
  });
}

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ktp:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: 'sw.js' });
    },
    generateBundle(_options, bundle) {
      const worker = bundle['sw.js'];
      if (!worker || worker.type !== 'chunk') return this.error('the service worker chunk is missing');
      const built: SiteFile[] = Object.values(bundle)
        .filter((item) => item.fileName !== 'sw.js')
        .map((item) => ({
          fileName: item.fileName,
          content: item.type === 'chunk' ? item.code : item.source,
        }));
      const manifest = precacheManifest([...built, ...(config.publicDir ? publicFiles(config.publicDir) : [])]);
      if (!PLACEHOLDER.test(worker.code)) return this.error('the service worker lost its manifest placeholder');
      worker.code = worker.code.replace(PLACEHOLDER, JSON.stringify(JSON.stringify(manifest)));
    },
  };
}
