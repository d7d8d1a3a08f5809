/**
 * What the service worker caches: every file of the built site, and a version that changes
 * whenever any of them does (so an update installs a fresh cache and drops the old one).
 */
import { createHash } from 'node:crypto';

export interface SiteFile {
  /** Path inside the built site, e.g. `assets/index-3f2a.js`. */
  fileName: string;
  content: string | Uint8Array;
}

export interface PrecacheManifest {
  version: string;
  /** URLs relative to the service worker's own URL; `./` is the playground's page. */
  files: string[];
}

/** Files the site serves but never needs offline (screenshot.png and compare.png are the README's pictures). */
const SKIPPED = [/^sw\.js$/, /\.map$/, /(^|\/)\./, /^screenshot\.png$/, /^compare\.png$/];

/**
 * @example
 * precacheManifest([{ fileName: 'index.html', content: '<html>' }, { fileName: 'assets/a.js', content: '' }]);
 * // { version: '1c0a…', files: ['./', 'assets/a.js', 'index.html'] }
 */
export function precacheManifest(siteFiles: readonly SiteFile[]): PrecacheManifest {
  const kept = siteFiles.filter((f) => !SKIPPED.some((pattern) => pattern.test(f.fileName)));
  kept.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of kept) {
    hash.update(file.fileName);
    hash.update('\0');
    hash.update(file.content);
    hash.update('\0');
  }
  const files = kept.map((f) => f.fileName);
  if (files.includes('index.html')) files.unshift('./');
  return { version: hash.digest('hex').slice(0, 16), files };
}
