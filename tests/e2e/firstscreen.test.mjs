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
  // A refused call's notice keeps Deliver in the frame's screen.
  await call(frame, 'client', 'Connect').click();
  await frame.locator('.notice').filter({ hasText: 'connection already exists' }).waitFor();
  assert.ok(await inView(deliver, 600), 'Deliver now is still in view with the notice shown');
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

test('the README\'s keyboard handshake: 10 key presses from page load', async () => {
  const page = await open({ width: 1366, height: 768 });
  // Exactly the path the README gives.
  for (const key of ['Tab', 'Tab', 'Enter', 'Enter', 'ArrowDown', 'ArrowRight', 'Enter', 'n', 'n', 'n']) {
    await page.keyboard.press(key);
  }
  await page.getByTestId('client-state').filter({ hasText: /^ESTABLISHED$/ }).waitFor();
  await page.getByTestId('server-state').filter({ hasText: /^ESTABLISHED$/ }).waitFor();
  // ↑ and ↓ go between the two endpoints' calls, the same call each time.
  const focused = () => page.evaluate(() => `${document.activeElement.closest('section.endpoint').className} ${document.activeElement.textContent}`);
  assert.equal(await focused(), 'endpoint client Connect');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), 'endpoint server Connect');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), 'endpoint client Connect');
  assert.deepEqual(page.errors, []);
});

test('a phone in Chinese: every field shows at least 8 characters', async () => {
  const page = await open({ width: 375, height: 667 }, '?lang=zh-CN');
  // The panels that hold fields: open them all.
  await page.locator('section.endpoint.server').getByRole('button', { name: '监听', exact: true }).click();
  for (const details of await page.locator('details:not([open])').all()) {
    if (await details.isVisible()) await details.locator('summary').first().click();
  }
  const narrow = await page.locator('input[type=text]:visible, input:not([type]):visible, textarea:visible').evaluateAll((fields) => {
    const canvas = document.createElement('canvas').getContext('2d');
    return fields.map((f) => {
      const style = getComputedStyle(f);
      canvas.font = `${style.fontSize} ${style.fontFamily}`;
      const room = f.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { name: f.getAttribute('aria-label') ?? f.closest('label')?.textContent.trim() ?? f.placeholder, room, need: canvas.measureText('00000000').width };
    }).filter((f) => f.room < f.need);
  });
  assert.deepEqual(narrow, [], 'fields narrower than 8 characters');
  assert.deepEqual(page.errors, []);
});

test('a phone: the state diagram\'s text is at least 12 px on screen', async () => {
  const page = await open({ width: 375, height: 667 });
  await page.getByRole('tab', { name: 'State diagram' }).click();
  const smallest = await page.locator('.diagram svg').evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
  });
  assert.ok(smallest >= 12, `smallest text ${smallest.toFixed(1)} px`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'the page itself does not scroll sideways');
});

test('a notice never covers the control it is about, even at the bottom of a phone\'s screen', async () => {
  // A phone with its on-screen keyboard up: little height left.
  const page = await open({ width: 375, height: 320 });
  const close = call(page, 'client', 'Close');
  // The control at the very bottom of the screen, where notices float.
  await close.evaluate((b) => window.scrollBy(0, b.getBoundingClientRect().bottom - window.innerHeight + 4));
  await close.click(); // refused: there is no connection
  const notice = page.getByRole('status').filter({ hasText: /client's application is told/ });
  await notice.waitFor();
  const [a, b] = [await close.boundingBox(), await notice.boundingBox()];
  assert.ok(a.y + a.height <= b.y || b.y + b.height <= a.y, `Close ${JSON.stringify(a)} and the notice ${JSON.stringify(b)} do not overlap`);
});

test('Large text makes the ladder\'s labels larger too', async () => {
  const page = await open({ width: 1366, height: 768 });
  await call(page, 'server', 'Listen').click();
  const label = page.locator('.ladder-svg text', { hasText: 'listen()' });
  const height = () => label.evaluate((t) => t.getBoundingClientRect().height);
  const before = await height();
  await page.getByRole('button', { name: /Large text/ }).click();
  await page.waitForFunction((before) => {
    const t = [...document.querySelectorAll('.ladder-svg text')].find((t) => t.textContent === 'listen()');
    return t && t.getBoundingClientRect().height >= before * 1.3;
  }, before);
  assert.deepEqual(page.errors, []);
});

test('the Spanish log lines its texts up after the side names', async () => {
  const page = await open({ width: 1366, height: 768 }, '?lang=es');
  await call(page, 'server', 'Escuchar').click();
  await call(page, 'client', 'Conectar').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('n');
  const gaps = await page.locator('.log .entry button').evaluateAll((bs) => bs.map((b) => {
    const who = b.querySelector('.who');
    const range = document.createRange();
    range.selectNodeContents(who);
    return { who: who.textContent, start: who.nextElementSibling.getBoundingClientRect().left, end: range.getBoundingClientRect().right };
  }));
  const starts = new Set(gaps.map((g) => Math.round(g.start)));
  assert.equal(starts.size, 1, `every text starts at one x: ${JSON.stringify(gaps.slice(0, 10))}`);
  for (const g of gaps) assert.ok(g.start - g.end >= 6, `“${g.who}” stands apart from what follows`);
});

test('no arrow is drawn through a state-diagram label: it passes behind the label', async () => {
  const page = await open({ width: 1366, height: 768 });
  await call(page, 'server', 'Listen').click();
  await call(page, 'client', 'Connect').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('n');
  await page.getByRole('tab', { name: 'State diagram' }).click();
  const crossed = await page.locator('.diagram svg').evaluate((svg) => {
    const out = [];
    const matrix = svg.getScreenCTM();
    const lines = [...svg.querySelectorAll('.edge .line')];
    for (const label of svg.querySelectorAll('.edge-label')) {
      const b = label.getBBox();
      for (const line of lines) {
        const n = line.getTotalLength();
        for (let d = 0; d <= n; d += 1) {
          const c = line.getPointAtLength(d);
          const q = line.getPointAtLength(Math.min(n, d + 0.5));
          const len = Math.hypot(q.x - c.x, q.y - c.y) || 1;
          // Across the stroke's width, not only its middle.
          const edges = [-1.5, 0, 1.5].map((k) => ({ x: c.x - (q.y - c.y) / len * k, y: c.y + (q.x - c.x) / len * k }));
          const bad = edges.find((p) => p.x > b.x + 2 && p.x < b.x + b.width - 2 && p.y > b.y + 2 && p.y < b.y + b.height - 2
            && document.elementFromPoint(...(({ x, y }) => [x, y])(new DOMPoint(p.x, p.y).matrixTransform(matrix))) !== label);
          if (bad) { out.push(`${label.textContent} at ${bad.x | 0},${bad.y | 0}`); break; }
        }
      }
    }
    return out;
  });
  assert.ok(await page.locator('.diagram .edge-label').count() >= 2);
  assert.deepEqual(crossed, []);
});

test('a challenge completed says its name once; Reset says truly what is kept; the menu follows', async () => {
  const page = await open({ width: 1366, height: 768 });
  const menu = page.getByTestId('lesson-menu');
  await menu.selectOption({ label: 'Challenge: drive the client into CLOSING' });
  // The challenge opens once its file has come: the calls before it would
  // act on the session still shown (the client's Close refused in CLOSED).
  await page.getByTestId('client-state').filter({ hasText: /^ESTABLISHED$/ }).waitFor();
  await call(page, 'client', 'Close').click();
  await call(page, 'server', 'Close').click();
  await page.getByTestId('in-flight').filter({ hasText: 'server → client' }).first().getByRole('button', { name: 'Deliver now' }).click();
  // The notice's text read the moment it appears: a later notice may
  // replace it on a busy machine before a second read.
  const said = await page.waitForFunction(() => [...document.querySelectorAll('[role=status]')]
    .map((e) => e.textContent).find((t) => /Well done/.test(t))).then((h) => h.jsonValue());
  assert.match(said, /^✓ “Challenge: drive the client into CLOSING” is complete\. Well done!/);
  await page.locator('section.lesson').getByRole('button', { name: 'Leave the challenge' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=lesson-menu]').selectedOptions[0].textContent === 'Choose a lesson…');
  assert.deepEqual(page.errors, []);
});

test('a picked lesson appears with its bar: the stage does not move under the pointer a moment later', async () => {
  // The lesson bar is a chunk of its own, drawn above the stage. Held back
  // here (as on a slow link), it must not arrive after the lesson's state:
  // the bar would push the calls down between a press and its release.
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
  await context.route(/split_lesson_bar-[0-9a-f]{8}\.wasm$/, async (r) => {
    await new Promise((done) => setTimeout(done, 3000));
    await r.continue();
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(app.base);
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  await page.getByTestId('lesson-menu').selectOption({ label: 'Challenge: drive the client into CLOSING' });
  // Read in one go, the moment the lesson's state shows.
  const seen = await page.waitForFunction(() => {
    if (document.querySelector('[data-testid=client-state]')?.textContent !== 'ESTABLISHED') return null;
    return { bar: document.querySelector('section.lesson') !== null };
  }, null, { timeout: 20000 }).then((h) => h.jsonValue());
  assert.deepEqual(seen, { bar: true });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Reset says truly what is kept, and the Lesson menu shows no lesson after it', async () => {
  const page = await open({ width: 1366, height: 768 });
  // A student coming back: a session saved before this visit.
  await call(page, 'server', 'Listen').click();
  await page.waitForFunction(() => localStorage.getItem('tcp-playground/session/v1')?.includes('listen'));
  await page.reload();
  await page.getByTestId('server-state').filter({ hasText: /^LISTEN$/ }).waitFor();
  const menu = page.getByTestId('lesson-menu');
  const chosen = () => menu.evaluate((s) => s.selectedOptions[0].textContent);
  await menu.selectOption({ label: 'Challenge: drive the client into CLOSING' });
  await page.locator('section.lesson').getByRole('button', { name: 'Leave the challenge' }).click();
  // A session of the student's own, long enough that Reset asks first.
  await call(page, 'client', 'Connect').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('n');
  const field = page.locator('section.endpoint.client').getByRole('textbox', { name: /Text for the client to send/ });
  for (let i = 0; i < 7; i++) {
    await field.fill(`m${i}`);
    await page.locator('section.endpoint.client').getByRole('button', { name: 'Send', exact: true }).click();
    await page.locator('body').press('n');
  }
  // "As last saved": saves follow changes within a second.
  await page.waitForFunction(() => localStorage.getItem('tcp-playground/session/v1')?.includes('m6'));
  const asked = [];
  page.on('dialog', (d) => { asked.push(d.message()); d.accept(); });
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.getByTestId('client-state').filter({ hasText: /^CLOSED$/ }).waitFor();
  assert.match(asked[0] ?? '', /kept aside as last saved: “↩ Earlier session” brings it back/);
  assert.equal(await chosen(), 'Choose a lesson…');
  // And it is true. (The copy is kept aside at the new session's first
  // save, up to a second later: a storage race reported apart.)
  await page.waitForFunction(() => localStorage.getItem('tcp-playground/session/v1/earlier')?.includes('m6'));
  await page.getByRole('button', { name: '↩ Earlier session' }).click();
  // The last save may precede the last delivery on a busy machine: m6 is
  // back either received or still on the wire.
  await page.locator('[data-testid=server-received], [data-testid=in-flight]').filter({ hasText: 'm6' }).first().waitFor();
  assert.deepEqual(page.errors, []);
});

test('a lesson that cannot be fetched leaves the Lesson menu on what runs', async () => {
  // Offline, with no service worker's copy: the pick fails with a notice.
  const page = await (await app.browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' })).newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(app.base);
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  await page.route(/\.scn$/, (r) => r.abort());
  const menu = page.getByTestId('lesson-menu');
  await menu.selectOption({ label: 'Challenge: drive the client into CLOSING' });
  await page.locator('.notice.error').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=lesson-menu]').selectedOptions[0].textContent === 'Choose a lesson…',
    null, { timeout: 5000 });
  assert.equal(await page.locator('section.lesson').count(), 0);
  // And a pick that works is shown, and stays shown.
  await page.unroute(/\.scn$/);
  await menu.selectOption({ label: 'The three-way handshake' });
  await page.locator('section.lesson').waitFor();
  assert.equal(await menu.evaluate((s) => s.selectedOptions[0].textContent), 'The three-way handshake');
  assert.deepEqual(page.errors, []);
});

test('Escape closes the Export menu and gives the focus back to its button', async () => {
  const page = await open({ width: 1366, height: 768 });
  const menu = page.locator('details.menu');
  const button = menu.locator('summary');
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('details.menu').open);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('details.menu').open);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY');
  assert.deepEqual(page.errors, []);
});

test('arrows on the closed Lesson menu do not open a lesson in place of the session', async () => {
  const page = await open({ width: 1366, height: 768 });
  await call(page, 'server', 'Listen').click();
  const menu = page.getByTestId('lesson-menu');
  // Chromium fires `change` at once on each such key of a closed select:
  // counted, none may come.
  await menu.evaluate((s) => { window.changes = 0; s.addEventListener('change', () => { window.changes += 1; }); });
  await menu.focus();
  for (const key of ['ArrowDown', 'ArrowDown', 'End', 't']) await page.keyboard.press(key);
  assert.equal(await page.evaluate(() => window.changes), 0);
  await page.getByTestId('server-state').filter({ hasText: /^LISTEN$/ }).waitFor();
  assert.equal(await menu.evaluate((s) => s.selectedOptions[0].textContent), 'Choose a lesson…');
  assert.equal(await page.locator('section.lesson').count(), 0);
  assert.deepEqual(page.errors, []);
});
