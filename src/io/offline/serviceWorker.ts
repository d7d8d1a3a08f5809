/**
 * The service worker: after the first visit the site works with no network. Every file of the
 * build is cached at install under a versioned cache name; a new build installs beside the old
 * one and takes over only when the page asks (the reader chose to reload) or no tab uses the old
 * one, so a page never mixes files of two versions. Requests to other origins are never made.
 */
/// <reference lib="webworker" />
// Type only: nothing of precacheManifest.ts (which runs at build time, in Node) enters the worker.
import type { PrecacheManifest } from './precacheManifest';

declare const self: ServiceWorkerGlobalScope;

// Replaced at build time by serviceWorkerPlugin with the manifest of the built site.
const MANIFEST = JSON.parse('__KTP_PRECACHE__') as PrecacheManifest;
const PREFIX = 'ktp-';
const CACHE = `${PREFIX}${MANIFEST.version}`;

const urlOf = (file: string) => new URL(file, self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(MANIFEST.files.map((file) => new Request(urlOf(file), { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'ktp:skipWaiting') void self.skipWaiting();
});

async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  // Pages are cached without their query (?embed&view=…). Vary is ignored: servers send
  // `Vary: Origin`, and module scripts ask with an Origin header that the install did not send.
  const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate', ignoreVary: true });
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});
