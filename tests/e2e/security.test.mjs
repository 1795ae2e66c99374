// Text from URLs and scenario files is shown as text, never run as markup;
// the app makes no request beyond its own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve } from './serve.mjs';
import { root, launch } from './browser.mjs';


let server, browser, base;
before(async () => {
  server = await serve(path.join(root, 'dist'));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

// Deflate-raw + base64url, as the app's share links are made.
async function shareCode(page, text) {
  return page.evaluate(async (t) => {
    const stream = new Blob([t]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, text);
}

test('hostile titles, narration and payloads are shown as text and never run', async () => {
  const context = await browser.newContext();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(base);
  await page.getByTestId('client-state').waitFor();
  const hostile = [
    'title "<script>window.__xss = 1</script>"',
    'say "<img src=x onerror=\\"window.__xss = 2\\"> <a href=\\"javascript:window.__xss=3\\">click</a>"',
    'server listen',
    'client connect',
    'run',
    'client send "<script>window.__xss = 4</script><img src=x onerror=alert(5)>"',
    'run',
    'say "end"',
  ].join('\n');
  const lesson = `${hostile}\n`;
  await page.locator('input[type=file]').setInputFiles({ name: 'hostile.scn', mimeType: 'text/plain', buffer: Buffer.from(lesson) });
  await page.locator('section.lesson h2').filter({ hasText: '<script>window.__xss = 1</script>' }).waitFor();
  assert.match(await page.locator('section.lesson .preview-text').textContent(), /<img src=x onerror=/);
  await page.locator('section.lesson').getByRole('button', { name: /Next step/ }).click();
  await page.getByTestId('server-received').filter({ hasText: '<script>window.__xss = 4</script>' }).waitFor();
  // The same through a share link.
  const code = await shareCode(page, `${hostile}\n`);
  await page.goto(`${base}#s=${code}`);
  await page.getByTestId('server-received').filter({ hasText: '<img src=x onerror=alert(5)>' }).waitFor();
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('img[src=x]').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  assert.deepEqual(dialogs, []);
  const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request beyond the app\'s own files');
  await context.close();
});

test('the app works with every other origin blocked', async () => {
  const context = await browser.newContext();
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(base);
  await page.locator('section.endpoint.server').getByRole('button', { name: 'Listen', exact: true }).click();
  await page.locator('section.endpoint.client').getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('button', { name: 'Step to next event' }).click();
  await page.getByTestId('server-state').filter({ hasText: /^SYN-RECEIVED$/ }).waitFor();
  assert.deepEqual(blocked, []);
  await context.close();
});
