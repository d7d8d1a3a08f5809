import { describe, expect, it } from 'vitest';
import { precacheManifest } from '../../../src/io/offline/precacheManifest';

const site = [
  { fileName: 'index.html', content: '<!doctype html>' },
  { fileName: 'assets/index-1.js', content: 'console.log(1)' },
  { fileName: 'assets/codicon.ttf', content: new Uint8Array([0, 1, 2]) },
  { fileName: 'embed-example.html', content: '<html>' },
  { fileName: 'sw.js', content: 'self' },
  { fileName: 'assets/index-1.js.map', content: '{}' },
  { fileName: 'screenshot.png', content: new Uint8Array([137, 80]) },
  { fileName: 'compare.png', content: new Uint8Array([137, 80]) },
];

describe('precacheManifest', () => {
  it('lists every file of the site, the page itself as ./, without the worker, source maps and the README pictures', () => {
    expect(precacheManifest(site).files).toEqual(['./', 'assets/codicon.ttf', 'assets/index-1.js', 'embed-example.html', 'index.html']);
  });

  it('keeps its version while nothing changes, whatever the order', () => {
    expect(precacheManifest([...site].reverse()).version).toBe(precacheManifest(site).version);
  });

  it('changes its version when a file changes, is added or renamed', () => {
    const base = precacheManifest(site).version;
    const changed = site.map((f) => (f.fileName === 'index.html' ? { ...f, content: '<!doctype html><p>' } : f));
    expect(precacheManifest(changed).version).not.toBe(base);
    expect(precacheManifest([...site, { fileName: 'assets/new.js', content: '' }]).version).not.toBe(base);
    expect(
      precacheManifest(site.map((f) => (f.fileName === 'assets/index-1.js' ? { ...f, fileName: 'assets/index-2.js' } : f))).version,
    ).not.toBe(base);
  });

  it('ignores changes to the skipped files', () => {
    const base = precacheManifest(site).version;
    expect(precacheManifest(site.map((f) => (f.fileName === 'sw.js' ? { ...f, content: 'other' } : f))).version).toBe(base);
  });
});
