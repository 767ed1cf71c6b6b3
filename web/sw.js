// Jol's service worker: keeps the whole app on the phone, so it opens with no connection.
//
// `scripts/build-web` fills in FILES (every file of the app, dataset included) and VERSION (a hash
// of them). Installing caches every file under this version; a new build is a new version, which
// installs beside the old one and replaces it when ready, so the phone never holds half of two.
// Signed updates (`packs/`) and the shared server's API are never answered from the cache: an
// update check must see what the source has now, and the content it brings is verified and kept
// by the app itself (IndexedDB), not here.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = 'jol-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // `force-cache`: the page has just downloaded these files; take them from the HTTP cache
    // instead of downloading everything a second time (a phone's first visit costs its data).
    await Promise.all(FILES.map(async (path) => {
      const response = await fetch(new Request(path, { cache: 'force-cache' }));
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      await cache.put(path, response);
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('jol-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  if (path.startsWith('packs/') || path.startsWith('api/')) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every page of the app is index.html (its routes live after the '#').
    const key = request.mode === 'navigate' || path === '' ? 'index.html' : path;
    const hit = await cache.match(key);
    return hit || fetch(request);
  })());
});
