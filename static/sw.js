// The service worker: after one visit, the playground (and every lesson and
// catalog it has loaded) works with the network off.
//
// Network first: online, every file comes fresh from the server, so a new
// version takes effect at the next load and nobody is trapped on an old
// one; each answer is kept, and offline the kept copy is used.

const CACHE = 'tcp-playground';

// Nothing is fetched at install: the page hands over what it loaded
// (static/offline.js), so a first visit costs no second download.
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

// The page sends the files it loaded before this worker took over.
self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data?.cache) ? event.data.cache : [];
  const mine = urls.filter((u) => typeof u === 'string' && new URL(u).origin === self.location.origin);
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(mine.map((u) =>
    cache.match(u).then((hit) => hit || cache.add(u)).catch(() => {})))));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => {});
    }
    return response;
  }).catch(() => caches.open(CACHE).then(async (cache) =>
    // A page's query (?lang=, ?lesson=) does not change the file served.
    (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }))
      ?? (request.mode === 'navigate' ? (await cache.match('index.html')) ?? (await cache.match('./')) : undefined)
      ?? Response.error())));
});
