// "Download for an LMS (SCORM 1.2)": the package made in the editor (the
// download captured, with the keyboard alone) is a valid single-SCO SCORM
// 1.2 package; opened under scorm-again's SCORM 1.2 API (an LMS's side, as
// an LMS provides it to its frames) it reports the score, the status by
// the pass mark, the session time, the step and a place in suspend_data;
// relaunched with the CMI data the LMS kept, the lesson goes on at the
// saved step with the saved answers; without an LMS it still works and
// says so once; axe finds no violation in the editor with its controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from './serve.mjs';
import { root, launch } from './browser.mjs';

const LESSON = `title "Quiz"
numbering real
set client.isn 1000
set server.isn 5000
server listen
say "The client connects: its TCP sends a SYN."
ask client sends flags
client connect
say "The SYN arrives: the server answers SYN,ACK."
ask server state
ask server sends ack
deliver
say "The SYN,ACK arrives: the client is ESTABLISHED."
ask "Who is ESTABLISHED first?" answer 1
choice "The client"
choice "The server"
deliver
say "The ACK arrives: the server is ESTABLISHED too."
deliver
`;

// The LMS's page: scorm-again's SCORM 1.2 API as `window.API`, loaded with
// the CMI data kept from an earlier launch (set by the test), and the SCO
// in a frame, as Moodle runs one.
const LMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="scorm-again.js"></script><script src="lms.js"></script></head>
<body><iframe id="sco" title="Course" src="scorm.html" style="width:1300px;height:860px;border:0"></iframe></body></html>`;
const LMS_JS = `window.API = new Scorm12API({ logLevel: 5 });
if (window.KEPT_CMI) window.API.loadFromJSON(window.KEPT_CMI);
// What the SCO set, and whether the API took it ("true").
window.SET = [];
const setValue = window.API.LMSSetValue.bind(window.API);
window.API.LMSSetValue = (key, value) => { const ok = setValue(key, value); window.SET.push([key, value, String(ok)]); return ok; };`;

const axe = fs.readFileSync(path.join(root, '.tools/node_modules/axe-core/axe.min.js'), 'utf8');
const scormAgain = fs.readFileSync(path.join(root, '.tools/node_modules/scorm-again/dist/scorm12.min.js'));
let app, lms, browser, unpacked;
let zipped;

before(async () => {
  app = await serve(path.join(root, 'dist'));
  app.base = `http://127.0.0.1:${app.address().port}/`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  app?.close();
  lms?.close();
  if (unpacked) fs.rmSync(unpacked, { recursive: true, force: true });
});

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b) => (b.reduce((c, x) => CRC[(c ^ x) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

/** The files of a zip, read from its central directory ({ name: Buffer }). */
function unzip(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'the zip has an end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = {};
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const [method, crc, size, length] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 16), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28)];
    const name = zip.toString('utf8', at + 46, at + 46 + length);
    const local = zip.readUInt32LE(at + 42);
    assert.equal(zip.readUInt32LE(local), 0x04034b50, `${name}: a local header`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    const data = method === 8 ? zlib.inflateRawSync(body) : Buffer.from(body);
    assert.ok(method === 0 || method === 8, `${name}: stored or deflated`);
    assert.equal(crc32(data), crc, `${name}: its CRC-32`);
    files[name] = data;
    at += 46 + length + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

async function editorPage(context) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(`${app.base}editor.html?lang=en`);
  await page.getByTestId('editor-text').fill(LESSON);
  await page.getByTestId('editor-status').getByText('No errors: the lesson reads well.').waitFor();
  return page;
}

test('the package is made in the editor with the keyboard alone, and is a valid SCORM 1.2 package', async (t) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true, bypassCSP: true });
  const page = await editorPage(context);
  const button = page.getByRole('button', { name: 'Download for an LMS (SCORM 1.2)' });
  const pass = page.getByRole('textbox', { name: /Pass mark/ });
  // The zip maker is not loaded with the editor: only when asked for.
  const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  assert.deepEqual((await loaded()).filter((p) => /scorm/.test(p)), [], 'nothing of the package before the button');
  await pass.focus();
  await page.keyboard.type('150');
  assert.equal(await pass.getAttribute('aria-invalid'), 'true');
  await page.getByText('A pass mark is a whole number from 0 to 100.').waitFor();
  assert.ok(await button.isDisabled(), 'a wrong mark makes no package');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('50');
  await page.getByText('The LMS is told “passed” or “failed” when the lesson ends, by this mark.').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'scorm-download');
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  assert.equal(download.suggestedFilename(), 'quiz-scorm12.zip');
  zipped = fs.readFileSync(await download.path());
  await page.getByTestId('scorm-status').getByText(/^Downloaded quiz-scorm12\.zip \(\d+\.\d MB\)\.$/).waitFor();
  assert.ok((await loaded()).some((p) => /^\/scorm-[0-9a-f]{8}\.js$/.test(p)), 'the maker was fetched on click');

  const files = unzip(zipped);
  const names = Object.keys(files);
  t.diagnostic(`the package: ${zipped.length} bytes, ${names.length} files, ${Object.values(files).reduce((n, f) => n + f.length, 0)} bytes unpacked`);
  assert.equal(files['lesson.scn'].toString(), LESSON);
  for (const name of ['index.html', 'scorm.html', 'imsmanifest.xml', 'real-stacks.html']) assert.ok(names.includes(name), name);
  assert.ok(names.some((n) => /^tcp-playground_bg-[0-9a-f]{8}\.wasm$/.test(n)), 'the playground');
  assert.ok(names.some((n) => /^i18n\/rules\.es\.ftl$/.test(n)), 'its catalogs');
  assert.ok(!names.some((n) => /editor|^scorm-[0-9a-f]{8}\.js$/.test(n)), `nothing of the editor's: ${names}`);
  // The service worker is a stand-in that keeps nothing and answers nothing.
  assert.doesNotMatch(files['sw.js'].toString(), /caches|'fetch'/);
  // Every file the playground's page names is in the package.
  for (const [, name] of files['index.html'].toString().matchAll(/(?:src|href|content)=["']?(?:\.\/)?([\w-][\w./-]*\.(?:js|css|wasm|json|svg|webmanifest))(?=["'\s>])/g)) {
    assert.ok(names.includes(name), `index.html names ${name}`);
  }

  // The manifest, read as XML by the browser.
  const manifest = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
    const cp = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
    const adl = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
    const all = (tag) => [...doc.getElementsByTagNameNS(cp, tag)];
    const resources = all('resource');
    return {
      root: doc.documentElement.localName,
      identifier: doc.documentElement.getAttribute('identifier'),
      schema: all('schema')[0]?.textContent,
      version: all('schemaversion')[0]?.textContent,
      organizations: all('organization').length,
      items: all('item').map((i) => i.getAttribute('identifierref')),
      mastery: doc.getElementsByTagNameNS(adl, 'masteryscore')[0]?.textContent,
      resources: resources.map((r) => ({ id: r.getAttribute('identifier'), type: r.getAttributeNS(adl, 'scormtype'), href: r.getAttribute('href') })),
      files: resources.flatMap((r) => [...r.getElementsByTagNameNS(cp, 'file')].map((f) => f.getAttribute('href'))),
    };
  }, files['imsmanifest.xml'].toString());
  assert.equal(manifest.error, undefined);
  assert.equal(manifest.root, 'manifest');
  assert.match(manifest.identifier, /^tcp-playground-quiz-[0-9a-f]{8}$/);
  assert.equal(manifest.schema, 'ADL SCORM');
  assert.equal(manifest.version, '1.2');
  assert.equal(manifest.organizations, 1);
  assert.deepEqual(manifest.items, ['sco']);
  assert.equal(manifest.mastery, '50');
  assert.deepEqual(manifest.resources, [{ id: 'sco', type: 'sco', href: 'scorm.html' }]);
  assert.deepEqual([...manifest.files].sort(), names.filter((n) => n !== 'imsmanifest.xml').sort(), 'the SCO lists every file of the package');

  // axe, with the new controls in view (and a mark that is wrong).
  await pass.fill('abc');
  await page.evaluate(axe);
  const violations = await page.evaluate(async () => (await globalThis.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** The unpacked package served as an LMS serves it, beside its page and API. */
async function lmsSite() {
  if (lms) return lms;
  assert.ok(zipped, 'the package was made');
  unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'scorm-'));
  for (const [name, data] of Object.entries(unzip(zipped))) {
    fs.mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
    fs.writeFileSync(path.join(unpacked, name), data);
  }
  lms = await serve(unpacked, {
    pages: {
      '/lms.html': LMS_PAGE,
      '/scorm-again.js': { type: 'text/javascript', body: scormAgain },
      '/lms.js': { type: 'text/javascript', body: LMS_JS },
    },
  });
  lms.base = `http://127.0.0.1:${lms.address().port}/`;
  return lms;
}

async function launchIn(context, kept) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  if (kept) await page.addInitScript((cmi) => { window.KEPT_CMI = cmi; }, kept);
  await page.goto(`${(await lmsSite()).base}lms.html`);
  const playground = page.frameLocator('#sco').frameLocator('#playground');
  const bar = playground.getByRole('region', { name: 'Lesson' });
  const form = bar.getByRole('form', { name: 'Predict before the next step runs' });
  const answer = () => form.getByRole('button', { name: 'Answer and run the step ▸' }).click();
  // As the LMS sends it on (its JSON export: write-only elements too).
  const cmi = (key) => page.evaluate((k) => k.split('.').reduce((o, p) => o?.[p], JSON.parse(JSON.stringify(window.API.cmi))), key);
  // Waits for `key` to match; failing, says what the API holds and what the SCO set.
  const until = (key, test) => page.waitForFunction(([k, t]) => new RegExp(t).test(String(k.split('.')
    .reduce((o, p) => o?.[p], JSON.parse(JSON.stringify(window.API.cmi))))), [key, test.source], { timeout: 15000, polling: 100 })
    .catch(async (e) => {
      const held = await page.evaluate(() => JSON.stringify({ cmi: window.API.cmi, set: window.SET }));
      throw new Error(`${key} never matched ${test}: ${e.message}\n${held}`);
    });
  return { page, bar, form, answer, cmi, until };
}

/** The SCO set cmi.core.session_time as a CMITimespan, and the API took it. */
async function sessionTimeSet(page) {
  const set = await page.evaluate(() => window.SET.filter(([k]) => k === 'cmi.core.session_time'));
  assert.ok(set.length > 0, 'session_time was set');
  for (const [, value, ok] of set) {
    assert.match(value, /^\d{4}:\d\d:\d\d\.\d\d$/);
    assert.equal(ok, 'true');
  }
  assert.deepEqual(await page.evaluate(() => window.SET.filter(([, , ok]) => ok !== 'true')), [], 'every value was taken');
  assert.match(await page.evaluate(() => JSON.parse(JSON.stringify(window.API.cmi)).core.session_time), /^\d+:\d\d:\d\d/);
}

test('under an LMS the package reports the score, the status by the pass mark, the time and its place, and goes on where the student left', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  const first = await launchIn(context);
  await first.form.getByText('Which flags will the next segment the client sends carry?').waitFor();
  assert.equal(await first.page.evaluate(() => window.API.isInitialized()), true, 'LMSInitialize was called');
  await first.until('core.lesson_status', /^incomplete$/);
  // Step 1 right; step 2 half right (the ACK number off by one).
  await first.form.getByRole('checkbox', { name: 'SYN' }).check();
  await first.answer();
  await first.bar.getByTestId('quiz-results').getByText('✓ Right.').waitFor();
  await first.form.getByRole('combobox').selectOption('SYN-RECEIVED');
  await first.form.getByRole('textbox').fill('1002');
  await first.answer();
  await first.bar.getByTestId('quiz-results').getByText('✗ Not quite.').waitFor();
  await first.until('suspend_data', /answer 11 1002 1001/);
  const place = await first.cmi('suspend_data');
  assert.match(place, /^next 14 hints 0 answer 7 SYN SYN [\w-]+ answer 10 SYN-RECEIVED SYN-RECEIVED [\w-]+ answer 11 1002 1001 [\w-]+$/);
  assert.ok(place.length <= 4096);
  assert.equal(await first.cmi('core.lesson_location'), '2');
  assert.equal(await first.cmi('core.lesson_status'), 'incomplete');
  await sessionTimeSet(first.page);
  assert.equal(await first.cmi('core.exit'), 'suspend');
  assert.deepEqual(first.page.errors, []);
  // The student leaves: the page goes, LMSFinish is called.
  await first.page.frameLocator('#sco').locator('body').evaluate(() => { location.href = 'about:blank'; });
  await first.page.waitForFunction(() => window.API.isTerminated());
  await first.page.close();

  // Launched again with what the LMS kept: the same step, the same answers.
  const again = await launchIn(context, { core: { entry: 'resume', lesson_status: 'incomplete', lesson_location: '2' }, suspend_data: place });
  await again.form.getByText('Who is ESTABLISHED first?').waitFor();
  assert.equal(await again.bar.getByText('The SYN arrives: the server answers SYN,ACK.').count(), 1, 'the narration of the step that ran');
  await again.form.getByRole('radio', { name: 'The server' }).check();
  await again.answer();
  await again.bar.getByTestId('quiz-results').getByText('✗ Not quite.').waitFor();
  await again.bar.getByRole('button', { name: 'Next step ▸' }).click();
  const score = again.bar.getByRole('region', { name: 'Your score' });
  // The answers kept from the first launch count: 2 of 4 right.
  await score.getByText('2 of 4 questions right at the first try (4 in the lesson).').waitFor();
  await again.until('core.lesson_status', /^passed$/);
  assert.equal(await again.cmi('core.score.raw'), '50');
  assert.equal(await again.cmi('core.score.min'), '0');
  assert.equal(await again.cmi('core.score.max'), '100');
  assert.equal(await again.cmi('core.lesson_location'), '4');
  assert.match(await again.cmi('suspend_data'), /^next \d+ hints 0 answer 7 .* answer 14 2 1 -$/);
  await sessionTimeSet(again.page);
  assert.deepEqual(again.page.errors, []);
  await context.close();
});

test('without an LMS the package still works and says once that nothing is recorded', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The browser's own (a file the page asks for and the package lacks).
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${(await lmsSite()).base}scorm.html`);
  const said = page.getByRole('status').filter({ hasText: 'No learning management system (LMS) was found' });
  await said.waitFor();
  const playground = page.frameLocator('#playground');
  await playground.getByRole('form', { name: 'Predict before the next step runs' }).getByRole('checkbox', { name: 'SYN' }).check();
  await playground.getByRole('button', { name: 'Answer and run the step ▸' }).click();
  await playground.getByTestId('quiz-results').getByText('✓ Right.').waitFor();
  assert.equal(await page.getByText('No learning management system (LMS) was found').count(), 1, 'said once');
  assert.match(await said.textContent(), /the lesson works, but your score and your place in it are not kept/);
  // The playground asks for its service worker as anywhere; the package's
  // keeps nothing, and is there (no 404 in the console).
  const worker = await page.frame({ url: /index\.html/ }).evaluate(() => navigator.serviceWorker.ready.then((r) => r.active.scriptURL));
  assert.match(worker, /\/sw\.js$/);
  // The launch page itself (the playground in its frame has its own tests).
  await page.evaluate(axe);
  const violations = await page.evaluate(async () => (await globalThis.axe.run(document, { iframes: false })).violations
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});
