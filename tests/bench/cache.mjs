// A first visit from a host that lets the browser keep nothing
// (`Cache-Control: no-store` on every file, compressed as hosts serve it):
// the bytes it sends until the service worker has kept the first screen's
// files, and any file sent more than once. Prints figures, asserts nothing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/serve.mjs';
import { launch } from '../e2e/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const server = await serve(path.resolve(root, process.env.DIST ?? 'dist'), { gzip: true, headers: { 'cache-control': 'no-store' } });
const sent = new Map(); // path -> [bytes of each answer]
let last = Date.now();
server.on('request', (req, res) => {
  let n = 0;
  const write = res.write.bind(res), end = res.end.bind(res);
  res.write = (chunk, ...rest) => { n += chunk?.length ?? 0; return write(chunk, ...rest); };
  res.end = (chunk, ...rest) => {
    n += typeof chunk === 'function' ? 0 : chunk?.length ?? 0;
    const p = new URL(req.url, 'http://x').pathname;
    sent.set(p, [...sent.get(p) ?? [], n]);
    last = Date.now();
    return end(chunk, ...rest);
  };
});
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(base);
await page.getByTestId('client-state').waitFor();
// Until the worker controls the page and keeps every file it loaded.
await page.evaluate(async () => {
  await navigator.serviceWorker.ready;
  while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
  const wanted = () => performance.getEntriesByType('resource').map((e) => new URL(e.name))
    .filter((u) => u.origin === location.origin && !u.pathname.endsWith('/sw.js')).map((u) => u.pathname);
  for (;;) {
    const kept = (await (await caches.open('tcp-playground')).keys()).map((r) => new URL(r.url).pathname);
    if (wanted().every((w) => kept.includes(w))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
});
// Then until nothing more is asked for a second (before the capture
// reader's files are fetched for offline use, 20 s after the load).
while (Date.now() - last < 1000) await new Promise((r) => setTimeout(r, 100));
await browser.close();
server.close();
const total = [...sent.values()].flat().reduce((a, b) => a + b, 0);
const once = [...sent.values()].reduce((a, xs) => a + xs[0], 0);
const twice = [...sent].filter(([, xs]) => xs.length > 1);
console.log(`first visit from a no-store host: ${(total / 1024).toFixed(1)} KB sent (${(once / 1024).toFixed(1)} KB of distinct files), ${[...sent.values()].flat().length} answers`);
console.log(twice.length ? `  sent more than once: ${twice.map(([p, xs]) => `${p} ×${xs.length}`).join(', ')}` : '  no file sent twice');
