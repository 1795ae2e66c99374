// Embedding: the app in an iframe of a course page, served from a
// sub-path, under its Content-Security-Policy, posting events to the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve } from './serve.mjs';
import { root, launch } from './browser.mjs';


const host = (src) => `<!doctype html><html><head><link rel="icon" href="data:,"></head><body>
<h1>Course page</h1>
<iframe id="tcp" src="${src}" width="1200" height="900" title="TCP Playground"></iframe>
<script>
  window.received = [];
  window.addEventListener('message', (e) => { if (e.data && e.data.source === 'tcp-playground') window.received.push(e.data); });
</script></body></html>`;

let server, browser, base;
before(async () => {
  server = await serve(path.join(root, 'dist'), {
    prefix: '/courses/networks/tcp/',
    pages: {
      '/lesson.html': host('/courses/networks/tcp/?embed=1&lesson=challenge-closing&panels=endpoints,ladder,wire'),
      '/readonly.html': host('/courses/networks/tcp/?embed=1&lesson=handshake&mode=readonly&panels=endpoints,ladder,bogus'),
      '/leak.html': host('/courses/networks/tcp/?embed=1&lesson=lessons/leak.scn'),
      '/courses/networks/tcp/lessons/leak.scn': {
        type: 'text/plain; charset=utf-8',
        body: 'title "Say hello"\nserver listen\nclient connect\nrun\nsay "Send hello to the server."\n'
          + 'expect server received "hello"\nsay "Done."\n',
      },
    },
  });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

test('an embedded challenge posts state changes and its completion to the course page', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${base}/lesson.html`);
  const app = page.frameLocator('#tcp');
  await app.locator('section.lesson.challenge').waitFor();
  // Minimal chrome and only the panels asked for.
  assert.equal(await app.getByLabel('Load a lesson or scenario').count(), 0);
  assert.equal(await app.locator('section.composer').isVisible(), false);
  assert.equal(await app.locator('section.log').isVisible(), false);
  const click = (side, name) => app.locator(`section.endpoint.${side}`).getByRole('button', { name, exact: true }).click();
  await click('client', 'Close');
  await click('server', 'Close');
  await app.locator('[data-testid=in-flight]', { hasText: 'server → client' }).first().getByRole('button', { name: 'Deliver now' }).click();
  await app.getByTestId('challenge-complete').waitFor();
  const received = await page.evaluate(() => window.received);
  assert.ok(received.some((m) => m.type === 'ready'), JSON.stringify(received));
  assert.ok(received.some((m) => m.type === 'state' && m.side === 'client' && m.to === 'CLOSING'), JSON.stringify(received));
  assert.ok(received.some((m) => m.type === 'challenge-complete' && /CLOSING/.test(m.title)));
  assert.deepEqual(errors, [], 'no CSP violation or script error');
  await page.screenshot({ path: path.join(root, 'test-artifacts/embed.png') });
});

test('read-only embeds let the student step but not act, and name bad parameters', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/readonly.html`);
  const app = page.frameLocator('#tcp');
  await app.locator('section.lesson').waitFor();
  // Its words come with the catalogs fetched after the first screen.
  await app.getByRole('alert').filter({ hasText: /no panel “bogus”/ }).waitFor();
  assert.equal(await app.getByRole('button', { name: 'Connect', exact: true }).count() > 0
    && await app.getByRole('button', { name: 'Connect', exact: true }).first().isVisible(), false);
  for (let i = 0; i < 5; i++) await app.getByRole('button', { name: /Next step/ }).click();
  await app.getByTestId('server-state').filter({ hasText: /^ESTABLISHED$/ }).waitFor();
});

test('a place in a lesson with no lesson named is said to be unused', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/courses/networks/tcp/?embed=1&resume=next%2013%20hints%200`);
  await page.getByRole('alert').filter({ hasText: 'resume= is a place in a lesson, and the address names no lesson (lesson=): it was not used.' }).waitFor();
  // Nothing else is wrong with the address, and the playground is usable.
  assert.equal(await page.getByRole('alert').filter({ hasText: /URL parameter/ }).count(), 0);
  await page.getByTestId('client-state').filter({ hasText: /^CLOSED$/ }).waitFor();
  await page.close();
});

test('a failed check tells the course page what was expected, never what the student typed', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/leak.html`);
  const app = page.frameLocator('#tcp');
  await app.locator('section.lesson').waitFor();
  await app.getByTestId('client-state').filter({ hasText: /^ESTABLISHED$/ }).waitFor();
  await app.locator('section.endpoint.client .send input').first().fill('SECRET-the-student-typed');
  await app.locator('section.endpoint.client').getByRole('button', { name: 'Send', exact: true }).click();
  await app.locator('[data-testid=in-flight]').first().getByRole('button', { name: 'Deliver now' }).click();
  await app.getByTestId('server-received').filter({ hasText: /SECRET/ }).waitFor();
  await app.getByRole('button', { name: /Next step/ }).click();
  await page.waitForFunction(() => window.received.some((m) => m.type === 'check'));
  const received = await page.evaluate(() => window.received);
  const check = received.find((m) => m.type === 'check');
  assert.equal(check.passed, false);
  assert.equal(check.message, 'expected server received "hello"');
  assert.doesNotMatch(JSON.stringify(received), /SECRET/);
});
