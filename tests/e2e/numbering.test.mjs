// End-to-end tests of one numbering on every number, and of languages:
// what a student reads off the screen can be typed back in, every panel
// and export speaks the numbering chosen, and the language changes words,
// never the session.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { root, launch } from './browser.mjs';

const artifacts = path.join(root, 'test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });

let server, browser, context, page, base;

before(async () => {
  server = await serve(path.join(root, 'dist'));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(base);
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
});

const side = (name) => page.locator(`section.endpoint.${name}`);
const state = (name) => page.getByTestId(`${name}-state`);
const composer = () => page.locator('section.composer');
const deliverOldest = () => page.locator('[data-testid=in-flight]').first().locator('.flight-actions button').first().click();

async function expectState(name, text) {
  await state(name).filter({ hasText: new RegExp(`^${text}$`) }).waitFor({ timeout: 5000 });
}

// Fixed ISNs far apart, so a number of one numbering cannot pass for one
// of the other.
const CLIENT_ISS = 1000000;
const SERVER_ISS = 3000000000;

async function fixIsns() {
  await page.locator('details.settings > summary').click();
  await page.getByLabel('Client ISN (next SYN)').fill(String(CLIENT_ISS));
  await page.getByLabel('Server ISN (next SYN)').fill(String(SERVER_ISS));
  await page.getByRole('button', { name: 'Apply' }).click();
}

async function setRelative(on) {
  const box = page.getByTestId('relative');
  if ((await box.isChecked()) !== on) await box.click();
}

// The client's TCP opens; its ACK of the SYN,ACK is thrown away, and the
// student writes that ACK by hand from what the ladder shows.
async function handshakeByHand(relative) {
  await fixIsns();
  await setRelative(relative);
  await side('client').getByLabel(/Manual/).check();
  await side('server').getByRole('button', { name: 'Listen', exact: true }).click();
  await side('client').getByRole('button', { name: 'Connect', exact: true }).click();
  await side('client').locator('.outgoing').getByRole('button', { name: 'Send', exact: true }).click();
  await deliverOldest();
  await expectState('server', 'SYN-RECEIVED');
  await deliverOldest();
  await expectState('client', 'ESTABLISHED');
  await side('client').locator('.outgoing').getByRole('button', { name: 'Discard' }).click();
  // A long label wraps onto more lines (each its own <text>).
  const labels = (await page.locator('.ladder svg text.seg-label').allTextContents()).join(' ');
  const [, seq, ack] = labels.match(/SYN,ACK seq=(\d+)\s+ack=(\d+)/);
  const c = composer();
  await c.getByLabel('client → server').check();
  for (const flag of ['SYN', 'FIN', 'RST', 'PSH', 'URG']) await c.getByRole('checkbox', { name: flag, exact: true }).uncheck();
  await c.getByRole('checkbox', { name: 'ACK', exact: true }).check();
  // What the SYN,ACK acknowledged is our next number; theirs plus one is what we acknowledge.
  await c.getByLabel('Sequence number').fill(ack);
  await c.getByLabel('Acknowledgment number').fill(String(BigInt(seq) + 1n));
  await c.getByRole('button', { name: 'Put on the wire' }).click();
  await deliverOldest();
  await expectState('server', 'ESTABLISHED');
  return { seq, ack };
}

test('relative numbers read off the ladder complete the handshake by hand', async () => {
  const { seq, ack } = await handshakeByHand(true);
  assert.deepEqual([seq, ack], ['0', '1']);
  assert.match(await composer().textContent(), /relative to the client's ISS/);
  assert.deepEqual(page.errors, []);
});

test('absolute numbers read off the ladder complete the handshake by hand', async () => {
  const { seq, ack } = await handshakeByHand(false);
  assert.deepEqual([seq, ack], [String(SERVER_ISS), String(CLIENT_ISS + 1)]);
  assert.match(await composer().textContent(), /real 32-bit number/);
});

// The composer starts from what the TCP would send now; what a student
// types lasts until the next action, and says so.
test('the composer: a correct SYN on a fresh session, an untouched ack that stays true, typed values gone after an action and a Reset', async () => {
  page.on('dialog', (d) => d.accept());
  const c = composer();
  const seq = c.getByTestId('composer-seq');
  const ack = c.getByTestId('composer-ack');
  const checked = (flag) => c.getByRole('checkbox', { name: flag, exact: true }).isChecked();
  const typedNote = c.locator('.typed-note');
  await fixIsns();
  await setRelative(true);
  // A fresh session: the SYN that Connect will send, from the ISS it will choose.
  await c.getByRole('button', { name: 'Reset to correct numbers' }).click();
  assert.deepEqual([await checked('SYN'), await checked('ACK')], [true, false]);
  assert.equal(await seq.inputValue(), String(CLIENT_ISS));
  assert.equal(await ack.inputValue(), '0');
  assert.match(await c.textContent(), /real number: the client has no ISS yet/);
  assert.match(await c.textContent(), /real number; without the ACK flag the receiver ignores it/);
  // The server chooses its ISS: the untouched ack field is still the 0 the SYN carries.
  await side('server').getByRole('button', { name: 'Listen', exact: true }).click();
  await side('client').getByRole('button', { name: 'Connect', exact: true }).click();
  await deliverOldest();
  await expectState('server', 'SYN-RECEIVED');
  assert.equal(await seq.inputValue(), '0');
  assert.equal(await ack.inputValue(), '0');
  assert.match(await c.textContent(), /relative to the client's ISS/);
  assert.ok(!(await c.textContent()).includes("relative to the server's ISS"), 'a SYN acknowledges nothing');
  // Ticking ACK invents no number.
  await c.getByRole('checkbox', { name: 'ACK', exact: true }).check();
  assert.equal(await ack.inputValue(), '');
  assert.match(await c.textContent(), /relative to the server's ISS/);
  // A typed value says it is typed, and goes at the next action.
  await seq.fill('777');
  assert.equal(await seq.inputValue(), '777');
  assert.equal(await c.locator('label').filter({ has: page.getByTestId('composer-seq') }).locator('.typed-note').textContent(), 'you typed this');
  assert.match(await c.getByTestId('composer-typed').textContent(), /What you typed returns to the suggestion after your next action/);
  await deliverOldest();
  await expectState('client', 'ESTABLISHED');
  assert.equal(await typedNote.count(), 0);
  assert.deepEqual([await checked('SYN'), await checked('ACK')], [false, true]);
  assert.deepEqual([await seq.inputValue(), await ack.inputValue()], ['1', '1']);
  // ...and at a Reset.
  await seq.fill('888');
  await ack.fill('999');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expectState('client', 'CLOSED');
  assert.equal(await typedNote.count(), 0);
  assert.notEqual(await seq.inputValue(), '888');
  assert.equal(await ack.inputValue(), '0');
  assert.deepEqual([await checked('SYN'), await checked('ACK')], [true, false]);
  // The suggested SYN is the one Connect sends.
  const suggested = await seq.inputValue();
  await setRelative(false);
  assert.equal(await seq.inputValue(), suggested, 'a real number either way');
  await side('client').getByLabel(/Manual/).check();
  await side('client').getByRole('button', { name: 'Connect', exact: true }).click();
  assert.match(await side('client').locator('.outgoing').textContent(), new RegExp(`SYN seq=${suggested}\\b`));
  assert.deepEqual(page.errors, []);
});

// Every number a student can see: the page's text (panels, ladder, log
// with a rule line opened, wire, composer) and the SVG export.
async function everyNumberShown() {
  await page.locator('.log li').filter({ hasText: 'LISTEN, third check' }).first().getByRole('button').click();
  await page.locator('[data-testid=rule-entry]').waitFor();
  await page.getByText('Export ▾').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladder diagram (.svg)' }).click()]);
  const svg = fs.readFileSync(await download.path()).toString();
  const text = await page.evaluate(() => document.body.innerText);
  return `${text}\n${svg}`;
}

test('every panel and export speaks the numbering chosen', async () => {
  await fixIsns();
  await side('server').getByRole('button', { name: 'Listen', exact: true }).click();
  await side('client').getByRole('button', { name: 'Connect', exact: true }).click();
  await deliverOldest();
  await deliverOldest();
  await page.locator('.send input').first().fill('hi');
  await side('client').getByRole('button', { name: 'Send', exact: true }).click();
  // Relative: no real number of either space anywhere.
  let all = await everyNumberShown();
  // An initial number in a sentence gives its real value too, and says so.
  const bare = all.replace(/\(relative; real \d+\)/g, '');
  for (const real of [CLIENT_ISS, CLIENT_ISS + 1, CLIENT_ISS + 3, SERVER_ISS, SERVER_ISS + 1]) {
    assert.ok(!bare.includes(String(real)), `relative view shows the real number ${real}`);
  }
  assert.match(all, new RegExp(`IRS = 0 \\(relative; real ${CLIENT_ISS}\\), RCV.NXT = 1 \\(relative\\), ISS = 0 \\(relative; real ${SERVER_ISS}\\)`),
    'the rule line counts from each ISS and says so');
  await page.screenshot({ path: path.join(artifacts, 'numbering-relative.png'), fullPage: true });
  // Absolute: every sequence number is a real one.
  await setRelative(false);
  all = await everyNumberShown();
  assert.match(all, new RegExp(`IRS = ${CLIENT_ISS}, RCV.NXT = ${CLIENT_ISS + 1}, ISS = ${SERVER_ISS}`));
  for (const m of all.matchAll(/\b(?:seq|ack)=(\d+)/g)) {
    assert.ok(Number(m[1]) >= CLIENT_ISS, `absolute view shows ${m[0]}`);
  }
  const tcb = await side('client').locator('table.tcb').textContent();
  assert.match(tcb, new RegExp(`SND.NXT${CLIENT_ISS + 3}`));
  assert.deepEqual(page.errors, []);
});

test('a blind RST from outside the window is shown as a real number, outside the window', async () => {
  await fixIsns();
  await side('server').getByRole('button', { name: 'Listen', exact: true }).click();
  await side('client').getByRole('button', { name: 'Connect', exact: true }).click();
  await deliverOldest();
  await deliverOldest();
  await deliverOldest();
  await setRelative(false);
  const c = composer();
  await c.getByLabel('server → client').check();
  await c.getByRole('checkbox', { name: 'ACK', exact: true }).uncheck();
  await c.getByRole('checkbox', { name: 'RST', exact: true }).check();
  await c.getByLabel('Sequence number').fill('12345');
  await c.getByRole('button', { name: 'Put on the wire' }).click();
  await setRelative(true);
  const flight = page.locator('[data-testid=in-flight]').first();
  assert.match(await flight.textContent(), /RST seq=12345 \(real number, outside the window\)/);
  await deliverOldest();
  await expectState('client', 'ESTABLISHED');
  const log = await page.locator('.log').textContent();
  assert.match(log, /SEG.SEQ = 12345 \(real number, outside the window\)/);
  assert.ok(!/seq=\d{7,}/.test(await page.locator('.ladder').textContent()), 'no wrapped relative number');
});

test('switching language changes words, not the session, and survives reload and share links', async () => {
  await side('server').getByRole('button', { name: 'Listen', exact: true }).click();
  await side('client').getByRole('button', { name: 'Connect', exact: true }).click();
  const clock = await page.getByTestId('clock').textContent();
  await page.getByTestId('language').selectOption('es');
  await page.locator('html[lang=es]').waitFor();
  await expectState('client', 'SYN-SENT');
  await expectState('server', 'LISTEN');
  assert.equal(await page.getByTestId('clock').textContent(), clock);
  const spanish = await page.locator('body').innerText();
  assert.ok(!spanish.includes('What happened, and why'), 'the log heading is translated');
  await page.screenshot({ path: path.join(artifacts, 'language-es.png'), fullPage: true });
  await page.reload();
  await page.locator('html[lang=es]').waitFor();
  await expectState('client', 'SYN-SENT');
  // A share link opens in the language it was made in, in a fresh browser.
  await page.getByTestId('language').selectOption('zh-CN');
  await page.locator('html[lang=zh-CN]').waitFor();
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  const fresh = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await fresh.goto(link);
  await fresh.locator('html[lang=zh-CN]').waitFor();
  await fresh.getByTestId('client-state').filter({ hasText: /^SYN-SENT$/ }).waitFor();
  assert.deepEqual(page.errors, []);
});

test('?lang= picks the language and a wrong one is named', async () => {
  await page.goto(`${base}?lang=es`);
  await page.locator('html[lang=es]').waitFor();
  await page.goto(`${base}?lang=xx`);
  await page.getByRole('alert').filter({ hasText: /lang=“xx”/ }).waitFor();
});

// `key = value` lines of a lessons catalog.
const catalog = (file) => new Map(fs.readFileSync(path.join(root, 'i18n', file), 'utf8')
  .split('\n').filter((l) => /^n-/.test(l)).map((l) => l.split(' = ')));

test('a bundled lesson narrates in the language chosen', async () => {
  await page.goto(`${base}?lang=es`);
  await page.locator('html[lang=es]').waitFor();
  await page.getByTestId('lesson-menu').selectOption({ index: 1 });
  const narration = (await page.locator('section.lesson .preview-text').textContent()).trim();
  const spanish = [...catalog('lessons.es.ftl').values()];
  const english = [...catalog('lessons.en.ftl').values()];
  assert.ok(spanish.includes(narration), `not a Spanish sentence: ${narration}`);
  assert.ok(!english.includes(narration));
  const title = (await page.locator('section.lesson h2').textContent()).trim();
  assert.ok(spanish.includes(title), `not a Spanish title: ${title}`);
});
