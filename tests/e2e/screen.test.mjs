// The student's screen: the reason beside the effect, a layout that does
// not move under the student, at a laptop's size.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { root, useApp } from './browser.mjs';

const app = useApp();
let page;

beforeEach(async () => {
  page = await (await app.browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(app.base);
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
});

const side = (name) => page.locator(`section.endpoint.${name}`);
const click = (name, button) => side(name).getByRole('button', { name: button, exact: true }).click();
const top = (selector) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top);
const inView = async (locator) => {
  const box = await locator.boundingBox();
  return box && box.y >= 0 && box.y + box.height <= 768;
};

test('a lesson shows each narration beside its effect, with the next one as a preview', async () => {
  await page.getByTestId('lesson-menu').selectOption({ label: 'The three-way handshake' });
  const lesson = page.locator('section.lesson');
  assert.match(await lesson.locator('.preview').textContent(), /^Next: The server's application calls listen/);
  assert.equal(await page.getByTestId('server-state').textContent(), 'CLOSED');
  await lesson.getByRole('button', { name: /Next step/ }).click();
  // Now that it has happened, it is the narration.
  assert.equal(await page.getByTestId('server-state').textContent(), 'LISTEN');
  assert.match(await lesson.locator('.narration').textContent(), /^The server's application calls listen/);
  assert.match(await lesson.locator('.preview').textContent(), /^Next: The client's application calls connect/);
  // The ladder and the newest explanation are both in view, lesson and all.
  await lesson.getByRole('button', { name: /Next step/ }).click();
  await lesson.getByRole('button', { name: /Next step/ }).click();
  assert.ok(await inView(page.getByRole('region', { name: /Ladder diagram/ })));
  const why = page.getByTestId('explain');
  assert.ok(await inView(why), 'the explanation is in view at 1366×768');
  assert.match(await why.textContent(), /§3\.10\.7\.2.*A SYN arrives/s);
  assert.doesNotMatch(await why.textContent(), /…/, 'in full');
  assert.deepEqual(page.errors, []);
});

test('the newest rule is explained in full under the ladder, in view without scrolling', async () => {
  await click('server', 'Listen');
  await click('client', 'Connect');
  for (let i = 0; i < 3; i++) await page.keyboard.press('n');
  const why = page.getByTestId('explain');
  assert.ok(await inView(why));
  // The rule that made the server ESTABLISHED, not the bookkeeping after it.
  assert.match(await why.textContent(), /Why: the newest step.*§3\.10\.7\.4.*enter ESTABLISHED/s);
  // Selecting an event explains that one instead.
  await page.locator('.log .entry button', { hasText: 'CLOSED → SYN-SENT' }).click();
  assert.match(await why.textContent(), /Why: the event you selected/);
  // Pressed again, it lets go; an action explains the newest step anyway.
  await page.locator('.log .entry button', { hasText: 'CLOSED → SYN-SENT' }).click();
  assert.match(await why.textContent(), /Why: the newest step/);
  // A loss is explained too, though no TCP saw it.
  await side('client').getByRole('textbox').fill('hi');
  await side('client').getByRole('button', { name: 'Send', exact: true }).click();
  await page.locator('[data-testid=in-flight]').first().getByRole('button', { name: 'Drop' }).click();
  await page.getByTestId('explain').filter({ hasText: 'never arrives' }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('notices, Play and the step label never move the page', async () => {
  await click('server', 'Listen'); // the welcome goes with the first action
  const before = await top('main.stage');
  await click('client', 'Close'); // refused: connection does not exist
  const notice = page.getByRole('status').filter({ hasText: /client's application is told/ });
  await notice.waitFor();
  assert.equal(await top('main.stage'), before, 'a notice floats over the page');
  await notice.getByRole('button', { name: 'Dismiss this message' }).click();
  await notice.waitFor({ state: 'detached' });
  const header = () => page.locator('header.top').evaluate((e) => e.getBoundingClientRect().height);
  const height = await header();
  await page.getByRole('button', { name: '▶ Play' }).click();
  await page.waitForTimeout(300);
  assert.equal(await header(), height, 'Pause is as wide as Play');
  await page.getByRole('button', { name: /Pause/ }).click();
  await click('client', 'Connect');
  await page.keyboard.press('n');
  assert.equal(await header(), height, 'long step labels do not wrap the toolbar');
  assert.equal(await top('main.stage'), before);
  assert.deepEqual(page.errors, []);
});

test('Share copies the link; Edit… brings the composer into view with the focus in it', async () => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await click('server', 'Listen');
  await page.getByRole('button', { name: 'Share' }).click();
  const box = page.getByRole('group', { name: /Share/ });
  await box.getByRole('button', { name: 'Copy link' }).click();
  await box.getByText('Copied: paste it anywhere.').waitFor();
  const link = await box.getByTestId('share-link').inputValue();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await box.getByRole('button', { name: 'Done' }).click();
  // Manual mode: the client's SYN waits in its outbox; Edit… opens it.
  await side('client').getByRole('checkbox', { name: /Manual/ }).check();
  await click('client', 'Connect');
  await side('client').getByRole('button', { name: 'Edit…' }).click();
  const composer = page.getByRole('region', { name: /Craft a segment|composer/i });
  assert.ok(await composer.evaluate((c) => c.contains(document.activeElement)), 'the focus is in the composer');
  assert.ok(await inView(composer.getByRole('heading')), 'the composer is in view');
  assert.deepEqual(page.errors, []);
});

test('a phone: the welcome, then states, the main controls and the ladder on the first screen; the rest behind More', async () => {
  const phone = await (await app.browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true })).newPage();
  await phone.goto(app.base);
  await phone.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  const firstScreen = async (locator) => {
    const box = await locator.boundingBox();
    return box && box.y >= 0 && box.y < 667;
  };
  // A newcomer: the welcome where the eyes fall, whole, and the calls it
  // names under it.
  const welcome = phone.getByRole('region', { name: 'New here?' });
  const box = await welcome.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 667, `the welcome is whole on the first screen: ${JSON.stringify(box)}`);
  for (const [side, name] of [['server', 'Listen'], ['client', 'Connect']]) {
    assert.ok(await firstScreen(phone.locator(`section.endpoint.${side}`).getByRole('button', { name, exact: true })), `${side} ${name}`);
  }
  await welcome.getByRole('button', { name: 'Got it' }).click();
  await phone.locator('section.endpoint.server').getByRole('button', { name: 'Listen', exact: true }).click();
  await phone.evaluate(() => window.scrollTo(0, 0));
  for (const l of [phone.getByTestId('client-state'), phone.getByTestId('server-state'),
    phone.getByRole('button', { name: '▶ Play' }), phone.getByRole('button', { name: 'Step to next event' }),
    phone.getByRole('region', { name: /Ladder diagram/ })]) {
    assert.ok(await firstScreen(l), `${l} is on the first screen`);
  }
  assert.equal(await phone.getByRole('button', { name: 'Share' }).count(), 0, 'Share waits behind More');
  await phone.getByRole('button', { name: 'More ▾' }).click();
  assert.equal(await phone.getByRole('button', { name: 'More ▾' }).getAttribute('aria-expanded'), 'true');
  await phone.getByRole('button', { name: 'Share' }).waitFor();
  // Touch targets: every button at least 24×24 px.
  const small = await phone.locator('button:visible').evaluateAll((bs) => bs
    .map((b) => [b.textContent.trim(), b.getBoundingClientRect()])
    .filter(([, r]) => r.width < 24 || r.height < 24).map(([t]) => t));
  assert.deepEqual(small, []);
  // Nothing wider than the screen.
  assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= 375));
  await phone.close();
});

test('the Lesson menu shows the lesson that runs', async () => {
  await page.getByTestId('lesson-menu').selectOption({ label: 'The three-way handshake' });
  await page.locator('section.lesson').waitFor();
  const chosen = () => page.getByTestId('lesson-menu').evaluate((s) => s.selectedOptions[0].textContent);
  assert.equal(await chosen(), 'The three-way handshake');
  await page.locator('section.lesson').getByRole('button', { name: /Take over|Leave/ }).click();
  assert.equal(await chosen(), 'Choose a lesson…');
});

test('the state diagram marks each side on its own last arrow, with no label under a box or cut off', async () => {
  await click('server', 'Listen');
  await click('client', 'Connect');
  for (let i = 0; i < 3; i++) await page.keyboard.press('n');
  await page.getByRole('tab', { name: 'State diagram' }).click();
  const svg = page.locator('.diagram svg');
  const geometry = () => svg.evaluate((s) => ({
    c: (({ x, y, width, height }) => ({ x, y, width, height }))(s.querySelector('.marker.client circle').getBBox()),
    sv: (({ x, y, width, height }) => ({ x, y, width, height }))(s.querySelector('.marker.server rect').getBBox()),
    boxes: [...s.querySelectorAll('.state-box rect')].map((r) => { const b = r.getBBox(); return { x: b.x, y: b.y, width: b.width, height: b.height, name: r.nextElementSibling.textContent }; }),
    labels: [...s.querySelectorAll('.edge-label')].map((t) => { const b = t.getBBox(); return { x: b.x, y: b.y, width: b.width, height: b.height, text: t.textContent }; }),
    size: { width: s.viewBox.baseVal.width, height: s.viewBox.baseVal.height },
  }));
  let g = await geometry();
  const established = g.boxes.find((b) => b.name === 'ESTABLISHED');
  const mid = established.x + established.width / 2;
  // The client came from SYN-SENT (right), the server from SYN-RECEIVED (left).
  assert.ok(g.c.x > mid, 'C on the client\'s arrow from SYN-SENT');
  assert.ok(g.sv.x + g.sv.width < mid, 'S on the server\'s arrow from SYN-RECEIVED');
  // Close both ways, through TIME-WAIT to CLOSED: the labels stay clear.
  await page.getByRole('tab', { name: 'Ladder' }).click();
  await click('client', 'Close');
  for (let i = 0; i < 2; i++) await page.keyboard.press('n');
  await click('server', 'Close');
  for (let i = 0; i < 6; i++) await page.keyboard.press('n');
  await page.getByRole('tab', { name: 'State diagram' }).click();
  g = await geometry();
  assert.ok(g.labels.length >= 1);
  const hit = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const l of g.labels) {
    assert.ok(l.x >= 0 && l.x + l.width <= g.size.width && l.y >= 0 && l.y + l.height <= g.size.height, `inside: ${l.text} ${JSON.stringify(l)} ${JSON.stringify(g.size)}`);
    for (const b of g.boxes) assert.ok(!hit(l, b), `“${l.text}” is not under ${b.name}`);
  }
  assert.deepEqual(page.errors, []);
});

test('no text under 12 px at any width, and screenshots at 375, 768, 1366 and 1920', async () => {
  for (const [width, height] of [[375, 667], [768, 1024], [1366, 768], [1920, 1080]]) {
    const p = await (await app.browser.newContext({ viewport: { width, height } })).newPage();
    await p.goto(app.base);
    await p.getByRole('heading', { name: 'TCP Playground' }).waitFor();
    await p.locator('section.endpoint.server').getByRole('button', { name: 'Listen', exact: true }).click();
    await p.locator('section.endpoint.client').getByRole('button', { name: 'Connect', exact: true }).click();
    for (let i = 0; i < 3; i++) await p.keyboard.press('n');
    const small = await p.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
      .filter((e) => !e.closest('.visually-hidden, .skip'))
      .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 12)
      .map((e) => `${e.tagName}.${e.className?.baseVal ?? e.className}: ${e.textContent.trim().slice(0, 30)} (${getComputedStyle(e).fontSize})`));
    assert.deepEqual(small, [], `at ${width} px`);
    await p.screenshot({ path: path.join(root, 'test-artifacts', `screen-${width}.png`), fullPage: true });
    await p.close();
  }
});

test('the ladder reads as a list to a screen reader', async () => {
  await click('server', 'Listen');
  await click('client', 'Connect');
  for (let i = 0; i < 3; i++) await page.keyboard.press('n');
  const list = page.getByRole('list', { name: /ladder's rows in view/ });
  // The rows' words come with the catalogs fetched after the first screen.
  await list.getByRole('listitem').filter({ hasText: /server: SYN arrives: accepted/ }).first().waitFor({ state: 'attached' });
  const items = await list.getByRole('listitem').allTextContents();
  assert.ok(items.some((t) => /client: SYN seq=0 win=65535/.test(t)), items.join('\n'));
  assert.ok(items.some((t) => /server: SYN arrives: accepted/.test(t)), items.join('\n'));
});

test('the welcome stays until put away; the last lesson step keeps the focus on the page', async () => {
  const welcome = page.getByRole('region', { name: 'New here?' });
  await click('server', 'Listen');
  assert.ok(await welcome.isVisible(), 'the first click does not move the page');
  await welcome.getByRole('button', { name: 'Got it' }).click();
  await welcome.waitFor({ state: 'detached' });
  await page.getByTestId('lesson-menu').selectOption({ label: 'The three-way handshake' });
  const next = page.locator('section.lesson').getByRole('button', { name: /Next step/ });
  await next.waitFor();
  // Questions take the focus when they appear; this student skips them,
  // going back to Next step each time (at most the lesson's steps).
  for (let i = 0; i < 20 && await next.count(); i++) {
    await next.focus();
    await page.keyboard.press('Enter');
  }
  assert.equal(await next.count(), 0, 'the lesson came to its end');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Take over/);
  assert.deepEqual(page.errors, []);
});

test('the log is one Tab stop; the arrow keys move through it', async () => {
  await click('server', 'Listen');
  await click('client', 'Connect');
  for (let i = 0; i < 3; i++) await page.keyboard.press('n');
  // The actions wait for the reducer's chunk on a busy machine: their
  // entries first (the seed's, the calls', the steps').
  await page.locator('.log .entry').nth(4).waitFor();
  const stops = await page.locator('.log .entry button[tabindex="0"]').count();
  assert.equal(stops, 1);
  await page.locator('.log .entry button[tabindex="0"]').focus();
  // The rules' words are fetched after the first screen ("…" until then).
  await page.waitForFunction(() => !document.querySelector('.log .entry button[tabindex="0"]').textContent.includes('…'));
  const focused = () => page.evaluate(() => document.activeElement.textContent);
  const newest = await focused();
  await page.keyboard.press('ArrowUp');
  assert.notEqual(await focused(), newest);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), newest);
  // Tab leaves the log for what follows it.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => !document.activeElement.closest('.log')));
});

test('large text: ?scale= for course pages, and the switch for projectors', async () => {
  const size = (p) => p.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const scaled = await (await app.browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await scaled.goto(`${app.base}?embed=1&scale=1.5`);
  await scaled.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  assert.equal(await size(scaled), 22.5);
  await scaled.close();
  assert.equal(await size(page), 15);
  await page.getByRole('button', { name: /Large text/ }).click();
  assert.equal(await size(page), 20.25);
  assert.equal(await page.getByRole('button', { name: /Large text/ }).getAttribute('aria-pressed'), 'true');
});

test('a file with goals and no narration opens as a challenge, and its solution passes expect goal', async () => {
  const challenge = 'title "Reach ESTABLISHED"\nserver listen\nclient connect\nrun\ngoal client ESTABLISHED\nexpect goal\n';
  await page.locator('input[type=file]').setInputFiles({ name: 'mine.scn', mimeType: 'text/plain', buffer: Buffer.from(challenge) });
  await page.locator('section.lesson.challenge').waitFor();
  await page.getByTestId('challenge-complete').waitFor();
  assert.equal(await page.locator('.notice.error').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('a long outbox draws its first segments and says how many more wait', async () => {
  const zlib = await import('node:zlib');
  // 70,000 bytes held in the client's outbox: 48 segments.
  const text = 'server listen\nclient connect\nrun\nset client.auto off\nclient send 70000\n';
  const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${app.base}#s=${zlib.deflateRawSync(Buffer.from(text)).toString('base64url')}`);
  const outbox = page.locator('section.endpoint.client .outbox');
  await outbox.getByText(/more waiting \(the first to go are listed\)/).waitFor();
  assert.equal(await outbox.locator('li.outgoing').count(), 20);
  assert.match(await outbox.innerText(), /…and 2[0-9] more waiting/);
});
