// The parts of the app not on the first screen live in wasm chunks of their
// own (src/components/lazy.rs, scripts/split-wasm.sh), fetched once the first
// screen is idle: after one online visit, every one of them opens offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { root, useApp } from './browser.mjs';

const app = useApp();
const LESSON = 'title "Offline lesson"\nsay "The server listens."\nserver listen\n';

test('after one online visit, every part loaded when first used opens offline', async () => {
  // Names carry a hash of their contents (scripts/hash-names.mjs).
  const files = fs.readdirSync(path.join(root, 'dist'));
  const chunks = files.filter((f) => /^(split|chunk)_\w+-[0-9a-f]{8}\.wasm$/.test(f));
  assert.ok(chunks.length >= 6, `the build is split: ${chunks}`);
  // The capture reader is kept a while after the page loaded (static/offline.js).
  // The parts' styles come with the later catalogs (static/parts.css).
  const kept = [...chunks, '__wasm_split.js', files.find((f) => /^tcp-capture_bg-[0-9a-f]{8}\.wasm$/.test(f)),
    files.find((f) => /^parts-[0-9a-f]{8}\.css$/.test(f))];
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.base);
  await page.getByTestId('client-state').waitFor();
  // Nothing but the first screen is used: the chunks come by the prefetch.
  const missing = await page.evaluate(async (wanted) => {
    await navigator.serviceWorker.ready;
    const left = () => caches.open('tcp-playground').then(async (cache) => {
      const keys = (await cache.keys()).map((r) => r.url);
      return wanted.filter((w) => !keys.some((k) => k.endsWith(`/${w}`)));
    });
    for (let i = 0; i < 600; i++) {
      if ((await left()).length === 0) return [];
      await new Promise((r) => setTimeout(r, 100));
    }
    return left();
  }, kept);
  assert.deepEqual(missing, [], 'every chunk kept for offline use');

  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('client-state').waitFor();
  // The composer and the settings, below the first screen.
  await page.getByRole('region', { name: 'Segment composer' }).getByRole('heading', { name: 'Craft a segment' }).waitFor();
  // Drawn with its styles (a form is a block without them).
  assert.equal(await page.locator('.composer form').first().evaluate((f) => getComputedStyle(f).display), 'flex');
  await page.locator('details.settings > summary').click();
  await page.getByRole('button', { name: 'Apply' }).waitFor();
  // The state diagram.
  await page.getByRole('tab', { name: 'State diagram' }).click();
  await page.locator('svg').filter({ hasText: 'ESTABLISHED' }).first().waitFor();
  await page.getByRole('tab', { name: 'Ladder' }).click();
  // The exports.
  await page.locator('section.endpoint.client').getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByText('Export ▾').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Session (.scn)' }).click()]);
  assert.match(fs.readFileSync(await download.path(), 'utf8'), /client connect/);
  // A lesson (from a file: the bundled ones are fetched when chosen).
  await page.locator('input[type=file]').setInputFiles({ name: 'offline.scn', mimeType: 'text/plain', buffer: Buffer.from(LESSON) });
  await page.getByRole('heading', { name: /Offline lesson/ }).waitFor();
  await page.getByRole('button', { name: 'Next step ▸' }).click();
  await page.getByText('The server listens.').waitFor();
  // A capture's panel.
  await page.locator('input[type=file]').setInputFiles(path.join(root, 'engine/tests/captures/curl-ethernet.pcap'));
  await page.getByTestId('capture').getByRole('heading', { name: 'Capture: curl-ethernet.pcap' }).waitFor();
  await context.setOffline(false);
  await context.close();
});

test('a part whose chunk cannot be loaded says so, and Try again loads it', async () => {
  // No service worker: the page's own requests are the ones refused.
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // As offline before the chunk was ever fetched (the prefetch fails too).
  let refuse = true;
  await page.route(/split_diagram-[0-9a-f]{8}\.wasm$/, (route) => (refuse ? route.abort() : route.continue()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.base);
  await page.getByTestId('client-state').waitFor();
  await page.getByRole('tab', { name: 'State diagram' }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'This part of the playground could not be loaded' });
  await failed.waitFor();
  // The rest of the app still works.
  await page.locator('section.endpoint.client').getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByTestId('client-state').filter({ hasText: 'SYN-SENT' }).waitFor();
  refuse = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  await page.locator('svg').filter({ hasText: 'ESTABLISHED' }).first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

/** Holds the sessions chunk's request until `release()`, as on a slow link. */
async function holdSessions(page) {
  let release;
  const released = new Promise((r) => { release = r; });
  let asked;
  const requested = new Promise((r) => { asked = r; });
  await page.route(/split_sessions-[0-9a-f]{8}\.wasm$/, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { requested, release };
}

// A build without the chunk never asks for it: fail, do not hang.
test('the sessions chunk runs every action that changes the simulation: the first screen is drawn without it, and clicks before it arrives wait for it', { timeout: 120_000 }, async () => {
  // No service worker: the page's own requests are the ones held.
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const { requested, release } = await holdSessions(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.base);
  // A fresh visit has nothing to restore: the first screen, with the
  // session's seed in the log, is drawn without the chunk.
  const client = page.getByTestId('client-state');
  await client.waitFor();
  await page.locator('#event-log li').filter({ hasText: 'seed' }).waitFor();
  // Then it is prefetched, once the page is idle.
  await requested;
  await page.locator('section.endpoint.server').getByRole('button', { name: 'Listen', exact: true }).click();
  await page.locator('body[aria-busy=true]').waitFor({ state: 'attached' });
  await page.locator('section.endpoint.client').getByRole('button', { name: 'Connect', exact: true }).click();
  assert.equal(await page.getByTestId('server-state').textContent(), 'CLOSED', 'Listen waits for the chunk');
  assert.equal(await client.textContent(), 'CLOSED', 'Connect waits for the chunk');
  release();
  // Neither click is lost.
  await page.getByTestId('server-state').filter({ hasText: 'LISTEN' }).waitFor();
  await client.filter({ hasText: 'SYN-SENT' }).waitFor();
  assert.equal(await page.locator('body[aria-busy]').count(), 0, 'no longer busy');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Share pressed while a call waits for the sessions chunk makes a link with that call', { timeout: 120_000 }, async () => {
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const { requested, release } = await holdSessions(page);
  await page.goto(app.base);
  await page.getByTestId('client-state').waitFor();
  await requested;
  await page.locator('section.endpoint.server').getByRole('button', { name: 'Listen', exact: true }).click();
  await page.locator('body[aria-busy=true]').waitFor({ state: 'attached' });
  await page.getByTestId('share').click();
  assert.equal(await page.getByTestId('share-link').count(), 0, 'the link waits for the call before it');
  release();
  const link = await page.getByTestId('share-link').inputValue();
  const packed = link.slice(link.indexOf('#s=') + 3);
  const text = zlib.inflateRawSync(Buffer.from(packed, 'base64url')).toString();
  assert.match(text, /^server listen$/m, text);
  await context.close();
});

test('the reducer\'s sessions chunk loads after the first screen, and actions that need it wait for it in order', { timeout: 120_000 }, async () => {
  // No service worker: the page's own requests are the ones held.
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const { requested, release } = await holdSessions(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.base);
  const client = page.getByTestId('client-state');
  await client.waitFor();
  // It is prefetched, once the page is idle.
  await requested;
  // A lesson opened now needs it (its text is parsed there), and a click
  // after it waits behind it rather than acting on the session it replaces.
  await page.locator('input[type=file]').setInputFiles({ name: 'queued.scn', mimeType: 'text/plain', buffer: Buffer.from('title "Queued lesson"\nsay "The server listens."\nserver listen\n') });
  // The page says it waits (the file is read first).
  await page.locator('body[aria-busy=true]').waitFor({ state: 'attached' });
  await page.locator('section.endpoint.client').getByRole('button', { name: 'Connect', exact: true }).click();
  assert.equal(await client.textContent(), 'CLOSED', 'the click waits for the lesson');
  release();
  await page.getByRole('heading', { name: /Queued lesson/ }).waitFor();
  assert.equal(await page.locator('body[aria-busy]').count(), 0, 'no longer busy');
  // The lesson's fresh session, then the click: the server does not listen yet.
  await client.filter({ hasText: 'SYN-SENT' }).waitFor();
  assert.equal(await page.getByTestId('server-state').textContent(), 'CLOSED');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a part loaded later waits for the words fetched after the first screen: none of its words shows as its key', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // Hold the later English words, as on a slow link.
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route(/rules\.en(-[0-9a-f]{8})?\.ftl$/, async (route) => { await released; await route.continue(); });
  const lessonBar = page.waitForResponse(/split_lesson\w*-[0-9a-f]{8}\.wasm$/);
  await page.goto(`${app.base}?lesson=handshake`);
  await page.getByTestId('client-state').waitFor();
  await lessonBar;
  // The keys of the words fetched later, as a student would see them.
  const keys = fs.readFileSync(path.join(root, 'i18n/rules.en.ftl'), 'utf8').split('\n')
    .map((l) => /^([a-z][a-z0-9]*(?:-[a-z0-9]+)+) =/.exec(l)?.[1]).filter(Boolean);
  const shownKeys = () => page.evaluate((keys) => {
    const words = new Set(document.body.innerText.split(/[^a-z0-9-]+/));
    return keys.filter((k) => words.has(k));
  }, keys);
  // The chunk has arrived; the words have not: a part's place waits for
  // them (or, as before, the lesson's bar is drawn with their keys).
  await page.waitForFunction(() => document.querySelector('[data-waiting=words], section.lesson'));
  assert.deepEqual(await shownKeys(), []);
  release();
  await page.locator('section.lesson').waitFor();
  assert.deepEqual(await shownKeys(), []);
  await context.close();
});
