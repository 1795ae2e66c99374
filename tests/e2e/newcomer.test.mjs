// What a new student stumbled on (issue 27), each held right: two counters
// that say what they count, a lesson that keeps the student's numbering
// unless it sets its own (and says so), wire rows read whole at a laptop's
// and a phone's width, fingers' targets and whole log lines on a phone,
// and notices that cover nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './browser.mjs';

const app = useApp();

async function open(viewport, query = '', options = {}) {
  const page = await (await app.browser.newContext({ viewport, ...options })).newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(app.base + query);
  await page.locator('header.top h1').waitFor();
  return page;
}

const call = (page, side, name) => page.locator(`section.endpoint.${side}`).getByRole('button', { name, exact: true });

/** Boxes overlap (by more than a pixel's rounding). */
const overlap = (a, b) => a.x + a.width > b.x + 1 && b.x + b.width > a.x + 1 && a.y + a.height > b.y + 1 && b.y + b.height > a.y + 1;

for (const [lang, lesson, history] of [
  ['en', (n, of) => `Lesson step ${n} of ${of}`, (n, of) => `history ${n} of ${of} · `],
  ['es', (n, of) => `Paso ${n} de ${of} de la lección`, (n, of) => `historial ${n} de ${of} · `],
  ['zh-CN', (n, of) => `课程第 ${n} 步，共 ${of} 步`, (n, of) => `历史第 ${n}/${of} 项 · `],
]) {
  test(`the lesson's counter and the history's say what each counts, and count true (${lang})`, async () => {
    const page = await open({ width: 1366, height: 768 }, `?lang=${lang}&lesson=handshake`);
    const bar = page.locator('section.lesson');
    const next = bar.locator('.buttons button.primary');
    await next.waitFor();
    // scenarios/handshake.scn narrates five steps.
    await bar.locator('.step-count').filter({ hasText: lesson(0, 5) }).waitFor();
    for (let i = 1; i <= 2; i++) {
      await next.click();
      // A question may take the step's place: Next step skips it.
      await bar.locator('.step-count').filter({ hasText: lesson(i, 5) }).waitFor();
    }
    // Two steps run since the lesson opened: two moments in the history.
    const label = await page.locator('.step-label').textContent();
    assert.ok(label.startsWith(history(2, 2)), label);
    assert.deepEqual(page.errors, []);
  });
}

test('a lesson keeps the student\'s numbering unless it sets its own, and then says so', async () => {
  const page = await open({ width: 1366, height: 768 });
  const relative = page.getByTestId('relative');
  const menu = page.getByTestId('lesson-menu');
  const said = page.getByTestId('lesson-numbering');
  assert.equal(await relative.isChecked(), true);
  // The handshake fixes its ISNs but sets no numbering: relative stays.
  await menu.selectOption({ label: 'The three-way handshake' });
  await page.locator('section.lesson .step-count').waitFor();
  assert.equal(await relative.isChecked(), true, 'the student\'s choice is kept');
  assert.equal(await said.count(), 0);
  // "Data and sequence numbers" narrates real numbers and sets them.
  await menu.selectOption({ label: 'Data and sequence numbers' });
  await said.waitFor();
  assert.match(await said.textContent(), /This lesson shows real sequence numbers/);
  assert.equal(await relative.isChecked(), false);
  // Leaving it gives the student's own choice back.
  await page.locator('section.lesson').getByRole('button', { name: /Take over/ }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=relative]').checked);
  // A student who chose real numbers keeps them in the handshake too.
  await relative.uncheck();
  await menu.selectOption({ label: 'The three-way handshake' });
  await page.locator('section.lesson .step-count').waitFor();
  assert.equal(await relative.isChecked(), false);
  assert.deepEqual(page.errors, []);
});

for (const width of [1366, 375]) {
  test(`every field of a wire row is read whole at ${width} px: the line wraps, nothing is cut`, async () => {
    const page = await open({ width, height: 768 });
    await call(page, 'server', 'Listen').click();
    await call(page, 'client', 'Connect').click();
    await page.getByTestId('in-flight').getByRole('button', { name: 'Deliver now' }).click();
    // The SYN,ACK: the longest row of a handshake, with its ack number.
    const row = page.getByTestId('in-flight').filter({ hasText: 'SYN,ACK' });
    await row.waitFor();
    assert.match(await row.textContent(), /SYN,ACK seq=\d+ ack=\d+ win=65535/);
    const cut = await row.evaluate((li) => [li, ...li.querySelectorAll('*')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
      .map((e) => `${e.className}: ${e.textContent}`));
    assert.deepEqual(cut, [], 'no field of the row is cut');
    const box = await row.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= width, `the row is inside the page: ${JSON.stringify(box)}`);
    assert.ok(await page.evaluate((w) => document.documentElement.scrollWidth <= w, width), 'no sideways scroll');
    assert.deepEqual(page.errors, []);
  });
}

test('on a touch screen the wire\'s buttons are at least 44 × 44 px, and the 375 px page still fits', async () => {
  const page = await open({ width: 375, height: 667 }, '', { hasTouch: true, isMobile: true });
  assert.ok(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a coarse pointer');
  await call(page, 'server', 'Listen').tap();
  await call(page, 'client', 'Connect').tap();
  const buttons = page.getByTestId('in-flight').getByRole('button');
  // The calls may wait for the sessions chunk.
  await buttons.nth(3).waitFor();
  assert.equal(await buttons.count(), 4);
  for (const b of await buttons.all()) {
    const box = await b.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `${await b.textContent()}: ${box.width} × ${box.height}`);
  }
  for (const b of await page.locator('section.endpoint button').all()) {
    const box = await b.boundingBox();
    if (box) assert.ok(box.height >= 44, `${await b.textContent()}: ${box.height} px tall`);
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'no sideways scroll');
  assert.deepEqual(page.errors, []);
});

test('a log line cut in the list is read whole once pressed, by touch or by the keyboard', async () => {
  const page = await open({ width: 375, height: 667 }, '', { hasTouch: true, isMobile: true });
  await call(page, 'server', 'Listen').tap();
  await call(page, 'client', 'Connect').tap();
  const entries = page.locator('.log .entry button');
  // The longest line of the log so far, cut at this width.
  const longest = await entries.evaluateAll((bs) => {
    const over = (b) => b.querySelector('.text').scrollWidth - b.querySelector('.text').clientWidth;
    let at = 0;
    bs.forEach((b, i) => { if (over(b) > over(bs[at])) at = i; });
    return at;
  });
  const entry = entries.nth(longest);
  const text = entry.locator('.text');
  const full = await text.textContent();
  assert.ok(await text.evaluate((t) => t.scrollWidth > t.clientWidth), 'the line is cut in the list');
  const whole = page.getByTestId('log-whole');
  assert.equal(await whole.count(), 0);
  await entry.tap();
  await whole.waitFor();
  assert.ok((await whole.textContent()).includes(full), `${await whole.textContent()} holds ${full}`);
  assert.ok(await whole.evaluate((p) => p.scrollWidth <= p.clientWidth && p.getBoundingClientRect().right <= 375), 'whole, wrapped');
  // Pressed again, it lets go; Enter on a line shows it whole too.
  await entry.tap();
  await whole.waitFor({ state: 'detached' });
  await entry.focus();
  await page.keyboard.press('Enter');
  await whole.waitFor();
  assert.deepEqual(page.errors, []);
});

test('a lesson restored by a reload shows its own numbering again, and leaving it gives the student\'s back', async () => {
  const page = await open({ width: 1366, height: 768 });
  const relative = page.getByTestId('relative');
  const said = page.getByTestId('lesson-numbering');
  const bar = page.locator('section.lesson');
  // Relative numbering is the student's (the default); the lesson sets real.
  await page.getByTestId('lesson-menu').selectOption({ label: 'Data and sequence numbers' });
  await said.waitFor();
  await bar.locator('.buttons button.primary').click();
  await bar.locator('.step-count').filter({ hasText: 'Lesson step 1 of 4' }).waitFor();
  await page.waitForFunction(() => /^lesson /m.test(localStorage.getItem('tcp-playground/session/v1') ?? ''));
  await page.reload();
  // The saved session comes back with the lesson where it was.
  await bar.locator('.step-count').filter({ hasText: 'Lesson step 1 of 4' }).waitFor({ timeout: 20000 });
  await said.waitFor();
  assert.equal(await relative.isChecked(), false, 'the lesson\'s real numbers, as when it was opened');
  // The data's first byte by its real number (relative, it would be 1).
  assert.ok(await page.locator('.ladder-svg text', { hasText: 'PSH,ACK seq=1001' }).count() > 0, 'real numbers on the ladder');
  await bar.getByRole('button', { name: /Take over/ }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=relative]').checked);
  assert.deepEqual(page.errors, []);
});

test('on a phone a notice about an endpoint\'s call shows in view, beside the call and not over it', async () => {
  const page = await open({ width: 375, height: 667 });
  await call(page, 'server', 'Listen').click();
  const close = call(page, 'client', 'Close');
  await close.click(); // refused: no connection
  const notice = page.getByRole('status').filter({ hasText: /client's application is told/ });
  await notice.waitFor();
  // In view: within the screen whole (a scroll, if any, has ended).
  await page.waitForFunction(() => {
    const r = document.querySelector('.middle > .notice')?.getBoundingClientRect();
    return r && r.top >= 0 && r.bottom <= window.innerHeight;
  }, null, { timeout: 5000 }).catch(() => {});
  const [a, b] = [await close.boundingBox(), await notice.boundingBox()];
  assert.ok(b.y >= 0 && b.y + b.height <= 667, `the notice ${JSON.stringify(b)} is on the screen`);
  assert.ok(a.y >= 0 && a.y + a.height <= 667, `Close ${JSON.stringify(a)} stays on the screen`);
  assert.ok(!overlap(a, b), `the notice ${JSON.stringify(b)} covers Close ${JSON.stringify(a)}`);
  assert.deepEqual(page.errors, []);
});

for (const [width, height] of [[1366, 768], [375, 667]]) {
  test(`a notice covers nothing: not the Why panel, the ladder, the wire or the calls (${width} px)`, async () => {
    const page = await open({ width, height });
    if (width > 640) await page.getByRole('button', { name: 'Got it' }).click();
    await call(page, 'server', 'Listen').click();
    await call(page, 'client', 'Close').click(); // refused: no connection
    const notice = page.getByRole('status').filter({ hasText: /client's application is told/ });
    await notice.waitFor();
    const box = await notice.boundingBox();
    for (const selector of ['[data-testid=explain]', 'section.wire', '.ladder', 'section.endpoint.client', 'section.endpoint.server', 'header.top']) {
      const other = await page.locator(selector).first().boundingBox();
      assert.ok(!overlap(box, other), `the notice ${JSON.stringify(box)} covers ${selector} ${JSON.stringify(other)}`);
    }
    // Still told to a screen reader (a status), and put away by its button.
    assert.equal(await notice.getAttribute('role'), 'status');
    await notice.getByRole('button', { name: 'Dismiss this message' }).click();
    await notice.waitFor({ state: 'detached' });
    assert.deepEqual(page.errors, []);
  });
}
