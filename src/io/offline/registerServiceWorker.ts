/**
 * Registers the service worker (built sites only) and offers a reload when a new version has
 * been installed beside the running one.
 */
import { useOfflineState } from '../../state/offlineState';

function offerUpdate(registration: ServiceWorkerRegistration): void {
  const waiting = registration.waiting;
  // A first install has no previous version to replace: nothing to offer.
  if (!waiting || !navigator.serviceWorker.controller) return;
  useOfflineState.getState().setApplyUpdate(() => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage('ktp:skipWaiting');
  });
}

export function registerServiceWorker(): void {
  // MODE, not PROD: PROD follows NODE_ENV, which a test runner may set while building for production.
  if (import.meta.env.MODE !== 'production' || !('serviceWorker' in navigator)) return;
  // sw.js sits beside index.html, so the site works offline from whatever path it is served.
  const url = new URL('sw.js', document.baseURI);
  navigator.serviceWorker
    .register(url)
    .then((registration) => {
      offerUpdate(registration);
      registration.addEventListener('updatefound', () => {
        registration.installing?.addEventListener('statechange', () => offerUpdate(registration));
      });
    })
    .catch(() => {
      // No service worker (private mode, file://, an old browser): the site still works online.
    });
}
