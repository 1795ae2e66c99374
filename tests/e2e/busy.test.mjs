// While work runs (a long share link replays, a long line runs in slices),
// the page keeps its controls and nothing a student does is lost: one rule
// everywhere, an action is refused and the student is told why, beside the
// progress and its Stop button. On a slow machine too: these tests slow
// Chromium's CPU down 4×.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './browser.mjs';

const app = useApp();

async function slowPage() {
  const page = await (await app.browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

/** A share link long enough that no machine finishes it during a test. */
async function longLink() {
  const zlib = await import('node:zlib');
  const text = 'server listen\nclient connect\nrun\n' + 'client send 1\nrun\n'.repeat(99000);
  return `#s=${zlib.deflateRawSync(Buffer.from(text), { level: 9 }).toString('base64url')}`;
}

test('while work runs, a click on Listen is not lost: its node stays, and it is refused with a reason', async () => {
  const page = await slowPage();
  await page.goto(app.base + await longLink());
  const replay = page.getByTestId('replay');
  await replay.waitFor();
  const listen = page.locator('section.endpoint.server').getByRole('button', { name: 'Listen', exact: true });
  const stop = replay.getByRole('button', { name: 'Stop here' });
  await listen.evaluate((b) => { b.dataset.mark = 'kept'; });
  await stop.evaluate((b) => { b.dataset.mark = 'kept'; });
  // Slices go by: the controls are the same nodes.
  const progress = async () => Number((await replay.textContent()).match(/(\d+) of/)[1]);
  const was = await progress();
  await page.waitForFunction((was) => {
    const m = document.querySelector('[data-testid=replay]')?.textContent.match(/(\d+) of/);
    return m && Number(m[1]) > was;
  }, was);
  assert.equal(await listen.getAttribute('data-mark'), 'kept', 'Listen kept its node');
  assert.equal(await stop.getAttribute('data-mark'), 'kept', 'Stop kept its node');
  await listen.click();
  const refused = page.getByTestId('refused');
  await refused.waitFor();
  assert.match(await refused.textContent(), /Not done: nothing else runs until this ends/);
  assert.equal(await refused.getAttribute('role'), 'status');
  assert.match(await page.getByTestId('announce').textContent(), /Not done/);
  // Stop ends the work and the refusal with it; then Listen acts.
  await stop.click();
  await replay.waitFor({ state: 'detached' });
  assert.equal(await refused.count(), 0);
  assert.deepEqual(page.errors, []);
});

test('while a long line runs, N and Play are refused and told, and Stop still answers', async () => {
  const page = await slowPage();
  await page.goto(app.base);
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  const lesson = 'title "Patience"\nset loss 100\nset retries 4294967295\nset rto 1ms\nserver listen\nclient connect\n'
    + 'say "The client retries for a long time."\nadvance 4000000m\nsay "Done."\n';
  await page.locator('input[type=file]').setInputFiles({ name: 'long.scn', mimeType: 'text/plain', buffer: Buffer.from(lesson) });
  await page.locator('section.lesson').getByRole('button', { name: /Next step/ }).click();
  const running = page.getByTestId('replay');
  await running.waitFor();
  await page.getByRole('button', { name: '▶ Play' }).click();
  await page.getByTestId('refused').waitFor();
  assert.equal(await page.getByRole('button', { name: '▶ Play' }).count(), 1, 'Play did not start');
  await running.getByRole('button', { name: 'Stop and undo this step' }).click();
  await running.waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('refused').count(), 0);
  assert.equal(await page.getByTestId('client-state').textContent(), 'SYN-SENT');
  assert.deepEqual(page.errors, []);
});

/** What a box covers: the page's visible controls, and the parts of the page (its own aside). */
function coveredBy(selector) {
  const box = document.querySelector(selector).getBoundingClientRect();
  return [...document.querySelectorAll('button, input, select, textarea, summary, .app > *')]
    .filter((e) => !e.closest(selector) && !e.contains(document.querySelector(selector)) && e.checkVisibility({ visibilityProperty: true }))
    .map((e) => [e, e.getBoundingClientRect()])
    .filter(([, r]) => r.width > 2 && r.height > 2)
    .filter(([, r]) => r.right > box.left + 1 && box.right > r.left + 1 && r.bottom > box.top + 1 && box.bottom > r.top + 1)
    .map(([e, r]) => `${e.tagName}.${e.className} "${(e.textContent || e.getAttribute('aria-label') || e.name || '').trim().slice(0, 30)}" at ${Math.round(r.top)}`);
}

// At a laptop's and a phone's width; in Spanish with Large text the box
// is taller (three lines on a phone) than the room the page kept for it.
for (const [width, height, lang] of [[1366, 768, 'en'], [375, 667, 'en'], [375, 667, 'es']]) {
  test(`while a long link replays, its progress covers nothing at the page's end, and Stop is there (${width} px, ${lang})`, async () => {
    const page = await (await app.browser.newContext({ viewport: { width, height } })).newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await page.goto(`${app.base}?lang=${lang}${await longLink()}`);
    const replay = page.getByTestId('replay');
    await replay.waitFor();
    await page.locator('.text-size').click();
    await page.locator('.text-size[aria-pressed=true]').waitFor();
    // Scrolled to the end again while it waits: a part that draws meanwhile
    // (its words and styles come after the first screen) makes the page longer.
    await page.waitForFunction(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
    });
    assert.deepEqual(await page.evaluate(coveredBy, '.dock'), []);
    // On the screen, its Stop button there for a click or a key.
    const box = await page.locator('.dock').boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= height, `the progress ${JSON.stringify(box)} is on the screen`);
    await replay.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await replay.waitFor({ state: 'detached' });
    assert.deepEqual(page.errors, []);
  });
}
