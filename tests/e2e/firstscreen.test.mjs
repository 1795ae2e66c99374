// The first screen at work (issue 27): what is in flight is acted on
// without scrolling, beside the calls; the wire stays short however much
// is in flight; a phone shows what is typed; the keyboard reaches a
// handshake in few keys; and the small things that were wrong stay right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { root, useApp } from './browser.mjs';

const app = useApp();

async function open(viewport, query = '') {
  const page = await (await app.browser.newContext({ viewport })).newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(app.base + query);
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  return page;
}

const call = (where, side, name) => where.locator(`section.endpoint.${side}`).getByRole('button', { name, exact: true });

/** Whether the whole of `locator` is inside a viewport `height` px high. */
async function inView(locator, height) {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

test('at 1366×768 after Connect, Deliver and the client\'s Close are in view without scrolling', async () => {
  const page = await open({ width: 1366, height: 768 });
  // As a new student finds it: the welcome still open.
  assert.ok(await page.getByRole('region', { name: 'New here?' }).isVisible());
  await call(page, 'server', 'Listen').click();
  await call(page, 'client', 'Connect').click();
  const deliver = page.getByTestId('in-flight').getByRole('button', { name: 'Deliver now' });
  assert.ok(await inView(deliver, 768), 'Deliver now is on the first screen');
  assert.ok(await inView(call(page, 'client', 'Close'), 768), 'the client\'s Close too');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'nothing scrolled');
  await deliver.click();
  await page.getByTestId('server-state').filter({ hasText: /^SYN-RECEIVED$/ }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('in an 800×600 course-page frame, Deliver and Close are in view too', async () => {
  const page = await (await app.browser.newContext({ viewport: { width: 800, height: 600 } })).newPage();
  await page.setContent(`<!doctype html><body style="margin:0"><iframe id="tcp" src="${app.base}?embed=1"
    width="800" height="600" style="border:0;display:block" title="TCP Playground"></iframe>`);
  const frame = page.frameLocator('#tcp');
  await frame.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  await call(frame, 'server', 'Listen').click();
  await call(frame, 'client', 'Connect').click();
  const deliver = frame.getByTestId('in-flight').getByRole('button', { name: 'Deliver now' });
  assert.ok(await inView(deliver, 600), 'Deliver now is in the frame\'s first screen');
  assert.ok(await inView(call(frame, 'client', 'Close'), 600));
  await page.screenshot({ path: path.join(root, 'test-artifacts', 'embed-800x600.png') });
});

test('a 70,000-byte send: one short line per segment, the middle folded, the page under three screens', async () => {
  const page = await open({ width: 1366, height: 768 });
  await call(page, 'server', 'Listen').click();
  await call(page, 'client', 'Connect').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('n');
  await page.getByTestId('client-state').filter({ hasText: /^ESTABLISHED$/ }).waitFor();
  const client = page.locator('section.endpoint.client');
  await client.getByRole('textbox', { name: /Text for the client to send/ }).fill('70000');
  await client.getByRole('button', { name: 'Send bytes' }).click();
  const wire = page.getByRole('region', { name: 'Segments on the wire' });
  const fold = wire.locator('summary');
  await fold.waitFor();
  // The oldest and the newest in view, the rest counted.
  const n = Number((await fold.textContent()).match(/^(\d+) more in flight/)[1]);
  assert.ok(n >= 40, await fold.textContent());
  assert.equal(await wire.getByTestId('in-flight').filter({ visible: true }).count(), 2);
  const first = wire.getByTestId('in-flight').first();
  // The payload shortened, with its length.
  assert.match(await first.textContent(), /“[^”]{1,8}…” \(1460 bytes\)/);
  const height = await first.evaluate((e) => e.getBoundingClientRect().height);
  assert.ok(height < 60, `one line: ${height} px`);
  const page_height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(page_height < 3 * 768, `the page is ${page_height} px tall`);
  // The rest are reachable.
  await fold.click();
  assert.equal(await wire.getByTestId('in-flight').filter({ visible: true }).count(), n + 2);
  await wire.getByTestId('in-flight').nth(5).getByRole('button', { name: 'Drop' }).click();
  await page.getByTestId('explain').filter({ hasText: 'never arrives' }).waitFor();
  assert.deepEqual(page.errors, []);
});
