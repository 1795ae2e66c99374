// The service worker: after one visit, the playground (and every lesson and
// catalog it has loaded) works with the network off, and a return visit
// downloads nothing but the page.
//
// The pages (index.html, editor.html, real-stacks.html) and lessons:
// network first. Online, each comes fresh from the server, so a new
// version takes effect at the next load and nobody is trapped on an old
// one; each answer is kept, and offline the kept copy is used. A server
// that accepts and does not answer within TIMEOUT_MS is given up for the
// kept copy, if there is one.
//
// The app's other files: cache first. Their names carry a hash of their
// contents (scripts/hash-names.mjs), so a kept copy is never stale. The
// few kept by name (the catalogs, capture-worker.js) are given up when a
// fresh page names another build's list of files (files-HASH.json), and
// hashed files that list does not name go too.
//
// Only this site: a worker runs under no Content-Security-Policy, so every
// request is made in 'same-origin' mode, where a redirect to another
// origin fails instead of being followed (the other host never hears of
// it), and only the site's own answers are kept.

const CACHE = 'tcp-playground';
const TIMEOUT_MS = 4000;
// Largest file kept: a lesson's own limit (engine/src/limits.rs).
const MAX_FILE = 4 << 20;
// Lessons kept, oldest given up first: at most this many, this many bytes.
const MAX_LESSONS = 64;
const MAX_LESSON_BYTES = 16 << 20;
// The app's own files; anything else on the site is a lesson.
const APP_FILE = /\.(html|js|wasm|css|ftl|png|svg|webmanifest|md)$/;
// An app's file whose name carries its contents' hash (boot-1a2b3c4d.js).
const HASHED = /-[0-9a-f]{8}\.(js|wasm|css|ftl|png|svg|webmanifest|md|json)$/;
// The list of a build's files, named in each of its pages.
const BUILD = /files-[0-9a-f]{8}\.json/;

// One key per file: a page is kept once, whatever address it was first
// opened at (`./`, `index.html`, `?lesson=…`, `?lang=…`; a `#s=…` never
// reaches the worker). Other files keep their query (a lesson served by
// `lesson.php?id=3`).
function key(address) {
  const url = new URL(address);
  const page = /(\/|\.html)$/.test(url.pathname);
  return url.origin + url.pathname.replace(/\/index\.html$/, '/') + (page ? '' : url.search);
}
const isPage = (k) => /(\/|\.html)$/.test(new URL(k).pathname);
const isLesson = (k) => !isPage(k) && !APP_FILE.test(new URL(k).pathname) && !HASHED.test(new URL(k).pathname);
// Kept by name, so valid for one build only.
const isNamed = (k) => !isPage(k) && !isLesson(k) && !HASHED.test(new URL(k).pathname);
const mine = (u) => typeof u === 'string' && URL.canParse(u) && new URL(u).origin === self.location.origin;

// Nothing is fetched at install: the page hands over what it loaded
// (static/offline.js), so a first visit costs no second download.
self.addEventListener('install', () => self.skipWaiting());

// A new worker gives up the files kept by name (an older worker may have
// kept them from a build that named no list).
self.addEventListener('activate', (event) => {
  event.waitUntil(forget(isNamed).then(() => self.clients.claim()));
});

// The page hands over the answers to its own fetches, and the addresses of
// the files it loaded otherwise, from before this worker took over.
self.addEventListener('message', (event) => {
  const answers = Array.isArray(event.data?.answers) ? event.data.answers : [];
  const urls = Array.isArray(event.data?.cache) ? event.data.cache.filter(mine) : [];
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all([
    ...answers.filter((a) => mine(a?.url) && a.body instanceof Blob).map(async (a) => {
      await keep(key(a.url), new Response(a.body, { status: a.status, headers: a.headers }));
    }),
    ...urls.map(async (u) => {
      if (await cache.match(key(u))) return;
      await keep(key(u), await fetch(u, { mode: 'same-origin' }));
    }),
  ].map((p) => p.catch(() => {})))));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const k = key(request.url);
  if (request.mode !== 'navigate' && !isPage(k) && !isLesson(k)) {
    event.respondWith(cacheFirst(event, k));
    return;
  }
  const abort = new AbortController();
  // The page giving up (its own timeout) gives up this fetch too.
  request.signal?.addEventListener('abort', () => abort.abort());
  const fresh = fetch(request, { mode: 'same-origin', signal: abort.signal });
  event.waitUntil(fresh.then((response) => keep(k, response.clone())).catch(() => {}));
  const kept = () => caches.open(CACHE).then(async (cache) => (await cache.match(k))
    ?? (request.mode === 'navigate' ? await cache.match(key(self.registration.scope)) : undefined));
  let timer;
  const late = new Promise((resolve) => { timer = setTimeout(resolve, TIMEOUT_MS); });
  event.respondWith(Promise.race([fresh, late]).then(async (answer) => {
    clearTimeout(timer);
    if (answer) return answer;
    // No answer yet: the kept copy, else keep waiting.
    const copy = await kept();
    if (copy) abort.abort();
    return copy ?? fresh;
  }).catch(async () => (await kept()) ?? Response.error()));
});

// The kept copy; else the network's answer, kept.
async function cacheFirst(event, k) {
  // A fresh page may be giving up the files of an older build.
  await builds;
  const copy = await (await caches.open(CACHE)).match(k);
  if (copy) return copy;
  const response = await fetch(event.request, { mode: 'same-origin' });
  event.waitUntil(keep(k, response.clone()).catch(() => {}));
  return response;
}

// A page naming a build other than the last one seen: its files kept by
// name go, and so do hashed files its list does not name. The first page
// seen only records its build.
let builds = Promise.resolve();
function sawBuild(page) {
  const seen = BUILD.exec(page)?.[0];
  if (!seen) return;
  builds = builds.then(async () => {
    const record = await caches.open(`${CACHE}-build`);
    const before = await (await record.match(self.registration.scope))?.text();
    if (before === seen) return;
    if (before) {
      const list = await fetch(new URL(seen, self.registration.scope), { mode: 'same-origin' })
        .then((r) => (r.ok ? r.json() : null)).catch(() => null);
      const current = new Set((Array.isArray(list?.hashed) ? list.hashed : []).map((f) => new URL(f, self.registration.scope).href));
      await forget((k) => isNamed(k) || (list !== null && HASHED.test(new URL(k).pathname) && !current.has(k)));
    }
    await record.put(self.registration.scope, new Response(seen));
  }).catch(() => {});
}

// Gives up the kept files whose keys `which` picks.
async function forget(which) {
  const cache = await caches.open(CACHE);
  for (const request of await cache.keys()) if (which(request.url)) await cache.delete(request);
}

// Keeps a good answer from this site, read up to MAX_FILE bytes (whatever
// its headers claim: a small compressed body can unpack to gigabytes).
async function keep(k, response) {
  // 'default': an answer the page handed over, rebuilt here.
  if (!response.ok || !['basic', 'default'].includes(response.type) || !response.body) return;
  const reader = response.body.getReader();
  const parts = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_FILE) { reader.cancel().catch(() => {}); return; }
    parts.push(value);
  }
  const headers = new Headers(response.headers);
  for (const h of ['content-encoding', 'content-length']) headers.delete(h);
  headers.set('x-kept', `${Date.now()} ${bytes}`);
  if (isPage(k)) sawBuild(new TextDecoder().decode(await new Blob(parts).arrayBuffer()));
  // One write at a time, so that each trim sees every lesson kept before it.
  writes = writes.then(async () => {
    const cache = await caches.open(CACHE);
    await cache.put(k, new Response(new Blob(parts), { status: response.status, statusText: response.statusText, headers }));
    if (isLesson(k)) await trim(cache);
  }).catch(() => {});
  await writes;
}
let writes = Promise.resolve();

// Gives up the oldest lessons beyond MAX_LESSONS or MAX_LESSON_BYTES.
async function trim(cache) {
  const lessons = [];
  for (const request of await cache.keys()) {
    if (!isLesson(request.url)) continue;
    const [at, bytes] = ((await cache.match(request))?.headers.get('x-kept') ?? '0 0').split(' ').map(Number);
    lessons.push({ request, at, bytes });
  }
  lessons.sort((a, b) => a.at - b.at);
  let total = lessons.reduce((sum, l) => sum + l.bytes, 0);
  for (let i = 0; i < lessons.length && (lessons.length - i > MAX_LESSONS || total > MAX_LESSON_BYTES); i++) {
    await cache.delete(lessons[i].request);
    total -= lessons[i].bytes;
  }
}
