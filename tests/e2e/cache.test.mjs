// What the network carries: a return visit downloads nothing but the page
// (the service worker serves the rest from its cache), and a first visit
// from a host that lets the browser keep nothing downloads what the page
// fetches itself (the wasm, the catalogs) once, not once for the page and
// again for the worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { root, launch } from './browser.mjs';

let browser;
// Every host this file starts, closed at the end even when a test fails
// before its own close (an open server would keep the run alive).
const servers = [];
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  for (const s of servers) { s.closeAllConnections?.(); s.close(); }
});

/** dist/ served (with `headers`, and `pages` in place of files), and every path asked for, in order. */
async function host(headers = {}, pages = {}) {
  const server = await serve(path.join(root, 'dist'), { gzip: true, headers, pages });
  servers.push(server);
  const asked = [];
  server.on('request', (req) => asked.push(new URL(req.url, 'http://x').pathname));
  return { server, asked, base: `http://127.0.0.1:${server.address().port}/` };
}

// The wasm chunks, which the page loads one at a time once it is idle.
const chunks = fs.readdirSync(path.join(root, 'dist')).filter((f) => /^(split|chunk)_.*\.wasm$/.test(f)).map((f) => `/${f}`);

/**
 * Opens the playground and waits until its catalogs (fetched after the
 * first screen) and every chunk have loaded, a service worker controls the
 * page and has kept every file the page loaded.
 */
async function visit(context, base) {
  const page = await context.newPage();
  await page.goto(base);
  await page.getByTestId('client-state').waitFor();
  await page.evaluate(async (chunks) => {
    const loaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name))
      .filter((u) => u.origin === location.origin).map((u) => u.pathname);
    await navigator.serviceWorker.ready;
    let kept = [];
    for (let i = 0; i < 400; i++) {
      kept = (await (await caches.open('tcp-playground')).keys()).map((r) => new URL(r.url).pathname);
      if (navigator.serviceWorker.controller && loaded().some((p) => p.endsWith('/i18n/rfc.ftl'))
        && chunks.every((p) => loaded().includes(p))
        && loaded().every((p) => kept.includes(p)) && kept.includes('/')) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`not kept: ${loaded().filter((p) => !kept.includes(p))}; not loaded: ${chunks.filter((p) => !loaded().includes(p))}; kept: ${kept}`);
  }, chunks);
  return page;
}

test('a return visit downloads nothing but the page, and the app it starts is the same', async () => {
  const { server, asked, base } = await host();
  const context = await browser.newContext();
  await (await visit(context, base)).close();
  asked.length = 0;
  const page = await visit(context, base);
  // The browser's own check for a new service worker aside.
  assert.deepEqual(asked.filter((p) => p !== '/sw.js'), ['/'], `asked for ${asked}`);
  await page.getByRole('button', { name: 'Connect', exact: true }).first().click();
  await page.getByTestId('client-state').filter({ hasText: 'SYN-SENT' }).waitFor();
  await context.close();
  server.close();
});

test('a first visit from a host that sends no-store downloads the wasm and catalogs once, and nothing more than twice', async () => {
  const { server, asked, base } = await host({ 'cache-control': 'no-store' });
  const context = await browser.newContext();
  const page = await visit(context, base);
  const count = (p) => asked.filter((a) => a === p).length;
  // What the page fetches itself (the wasm, the catalogs), once.
  for (const p of asked.filter((a) => /\.(wasm|ftl)$/.test(a))) assert.equal(count(p), 1, `${p} asked for ${count(p)} times`);
  assert.ok(asked.some((a) => /^\/tcp-playground_bg-[0-9a-f]{8}\.wasm$/.test(a)), `asked for ${asked}`);
  // The page and the files its tags load, whose contents a page cannot
  // read, are asked for again by the worker; nothing else is.
  const tags = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.initiatorType !== 'fetch').map((e) => new URL(e.name).pathname));
  for (const p of new Set(asked)) assert.ok(count(p) <= (p === '/' || tags.includes(p) ? 2 : 1), `${p} asked for ${count(p)} times`);
  await context.close();
  server.close();
});

test('a page of a new build gives up the files of the old one, and the next visit loads the new ones', async () => {
  const pages = {};
  const { server, asked, base } = await host({}, pages);
  const context = await browser.newContext();
  const first = await visit(context, base);
  // What the first visit kept (parts prefetched later may not be in it yet).
  const keptFirst = await first.evaluate(async () => (await (await caches.open('tcp-playground')).keys()).map((r) => new URL(r.url).pathname));
  await first.close();
  // A new build: another list of files, in which the icon is not, and a
  // catalog kept by name that changed.
  const dist = path.join(root, 'dist');
  const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const list = JSON.parse(fs.readFileSync(path.join(dist, /files-[0-9a-f]{8}\.json/.exec(index)[0]), 'utf8'));
  const icon = list.hashed.find((f) => f.startsWith('icon-') && f.endsWith('.svg'));
  pages['/'] = index.replace(/files-[0-9a-f]{8}\.json/, 'files-00000000.json');
  pages['/files-00000000.json'] = { type: 'application/json', body: JSON.stringify({ ...list, hashed: list.hashed.filter((f) => f !== icon) }) };
  pages['/i18n/rules.en.ftl'] = { type: 'text/plain', body: fs.readFileSync(path.join(dist, 'i18n/rules.en.ftl'), 'utf8') };
  asked.length = 0;
  const page = await visit(context, base);
  assert.ok(asked.includes('/i18n/rules.en.ftl'), `the catalog is fetched again: ${asked}`);
  // Files kept by name (the worker, the chunks' loader) are asked again
  // when the list changes; hashed ones the first visit kept, never.
  assert.ok(!asked.some((p) => /\.(wasm|js|css)$/.test(p) && !Object.hasOwn(list.kept, p.slice(1)) && keptFirst.includes(p)),
    `hashed files come from the cache: ${asked}`);
  const kept = await page.evaluate(async () => (await (await caches.open('tcp-playground')).keys()).map((r) => new URL(r.url).pathname));
  assert.ok(!kept.includes(`/${icon}`) || asked.includes(`/${icon}`), `the old build's icon is given up: ${kept}`);
  // The new build is the one now recorded: the visit after costs the page alone.
  asked.length = 0;
  await visit(context, base);
  assert.deepEqual(asked.filter((p) => p !== '/sw.js'), ['/'], `asked for ${asked}`);
  await context.close();
  server.close();
});
