// End-to-end tests: the student's work is never lost. Links and lessons
// write nothing until the student acts, what they replace stays one click
// away, saves happen during Play and when the page is left, a failed save
// and another tab's save are announced, an unfinished replay is not tried
// again, and a framing page never reaches the storage.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve } from './serve.mjs';
import { root, launch } from './browser.mjs';


const KEY = 'tcp-playground/session/v1';
let server, browser, context, page, base;

before(async () => {
  server = await serve(path.join(root, 'dist'), {
    pages: { '/course.html': '<!doctype html><title>Course</title><iframe id="f" width="900" height="700"></iframe>' },
  });
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
});

async function open(p, url = base) {
  // A full load each time (a change of fragment alone reloads nothing).
  await p.goto('about:blank');
  await p.goto(url);
  await p.getByRole('heading', { name: 'TCP Playground' }).waitFor();
}
const saved = (p = page) => p.evaluate((k) => localStorage.getItem(k), KEY);
const click = (p, side, name) => p.locator(`section.endpoint.${side}`).getByRole('button', { name, exact: true }).click();
const state = (p, side) => p.getByTestId(`${side}-state`).textContent();
// Generous: restoring a link may wait for the sessions chunk, which a busy
// machine loads slowly.
async function expectState(p, side, text) {
  await p.getByTestId(`${side}-state`).filter({ hasText: new RegExp(`^${text}$`) }).waitFor({ timeout: 20000 });
}

/// A share link of another session (the client listening), made in a
/// second browser.
async function anotherSessionsLink() {
  const other = await (await browser.newContext()).newPage();
  await open(other);
  await click(other, 'client', 'Listen');
  // The call may wait for the sessions chunk; Share makes the link at once.
  await expectState(other, 'client', 'LISTEN');
  await other.getByTestId('share').click();
  const link = await other.getByTestId('share-link').inputValue();
  await other.close();
  return link;
}

/// A session the student built in this browser, saved.
async function ownSession() {
  await open(page);
  await click(page, 'server', 'Listen');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('server listen'), KEY);
  return saved();
}

test('a damaged or unknown link writes nothing over the saved session', async () => {
  const mine = await ownSession();
  await open(page, `${base}#s=%%%damaged`);
  await page.getByRole('alert').filter({ hasText: /share link cannot be opened/ }).first().waitFor();
  await page.waitForTimeout(1500);
  assert.equal(await saved(), mine);
  await open(page, `${base}#lesson=no-such-lesson`);
  await page.waitForTimeout(1500);
  assert.equal(await saved(), mine);
});

test('a bad link and one click keep the saved session aside, one click back', async () => {
  const mine = await ownSession();
  for (const bad of ['#s=AAAA', '#lesson-text=AAAA', '#lesson=nosuch']) {
    await page.evaluate(([k, text]) => { localStorage.setItem(k, text); localStorage.removeItem(k + '/earlier'); }, [KEY, mine]);
    await open(page, base + bad);
    await page.getByRole('alert').filter({ hasText: /cannot be opened|no lesson called/ }).waitFor();
    await click(page, 'client', 'Connect');
    await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('client connect'), KEY);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k + '/earlier'), KEY), mine, bad);
    await page.getByTestId('earlier-session').click();
    await expectState(page, 'server', 'LISTEN');
    await expectState(page, 'client', 'CLOSED');
  }
});

/// Fills this origin's storage, leaving room for about `room` more
/// characters.
async function fillStorage(p, room) {
  await p.evaluate((room) => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler${i}`, chunk); } catch { if (chunk.length <= 1) break; chunk = chunk.slice(chunk.length / 2); }
    }
    localStorage.setItem('filler0', localStorage.getItem('filler0').slice(room));
  }, room);
}

test('a saved session that cannot be kept aside (storage full) is asked about before anything is overwritten', async () => {
  // Longer than the room left, so no copy of it fits; the link's session
  // is shorter, so saving it over the saved one would.
  const mine = 'server listen\n' + 'advance 1ms\n'.repeat(100);
  const link = await anotherSessionsLink();
  const fs = await import('node:fs');
  for (const answer of ['Download it, then save this one', 'Keep it; do not save this one']) {
    await open(page);
    await page.evaluate(([k, text]) => { localStorage.clear(); localStorage.setItem(k, text); }, [KEY, mine]);
    await fillStorage(page, 300);
    await open(page, link);
    await expectState(page, 'client', 'LISTEN');
    await click(page, 'server', 'Listen');
    const question = page.getByTestId('storage-full');
    await question.getByRole('alert').filter({ hasText: /storage is full/ }).waitFor();
    assert.equal(await saved(), mine, 'asked before anything is overwritten');
    if (answer.startsWith('Download')) {
      const [download] = await Promise.all([page.waitForEvent('download'), question.getByRole('button', { name: answer }).click()]);
      assert.equal(fs.readFileSync(await download.path(), 'utf8'), mine);
      await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('client listen'), KEY);
    } else {
      await question.getByRole('button', { name: answer }).click();
      await page.getByRole('status').filter({ hasText: /earlier session stays saved/ }).waitFor();
      await click(page, 'client', 'Close');
      // Leaving the page saves at once: nothing is written all the same.
      await open(page);
      assert.equal(await saved(), mine);
    }
    await question.waitFor({ state: 'detached' });
  }
  await page.evaluate(() => localStorage.clear());
  assert.deepEqual(page.errors, []);
});

test('a session longer than a restore accepts is not saved, and the page says so', async () => {
  // A lesson just under the 4 MB a file may have: the session around it
  // (its seed, the lesson quoted whole, how far the student got) is over.
  const line = `say "${'x'.repeat(990)}"\n`;
  const lesson = 'title "Big"\nserver listen\n' + line.repeat(Math.floor((4194304 - 40) / line.length));
  assert.ok(lesson.length <= 4194304);
  await open(page);
  await page.locator('input[type=file]').setInputFiles({ name: 'big.scn', mimeType: 'text/plain', buffer: Buffer.from(lesson) });
  await page.locator('section.lesson').getByRole('button', { name: /Next step/ }).click();
  await page.getByRole('alert').filter({ hasText: /more than the 4194304 a saved session may have/ }).waitFor();
  assert.equal(await saved(), null, 'nothing saved that could not be opened again');
  assert.deepEqual(page.errors, []);
});

test('a link that unpacks past 4 MB, is cut short or is not text is explained, and nothing else happens', async () => {
  const zlib = await import('node:zlib');
  const pack = (bytes) => zlib.deflateRawSync(bytes).toString('base64url');
  const cases = [
    [pack(Buffer.alloc(5 << 20, 0x61)), /damaged or cut short/], // 5 MB of text from a few kilobytes
    [pack(Buffer.from('server listen\nclient connect\nrun\n'.repeat(50))).slice(0, 20), /damaged or cut short/],
    [pack(Buffer.from([0xff, 0xfe, 0x00, 0x80])), /not text/],
  ];
  for (const [code, why] of cases) {
    await open(page, `${base}#s=${code}`);
    const alert = page.getByRole('alert').first();
    await alert.waitFor();
    assert.match(await alert.textContent(), why);
    assert.equal(await page.getByTestId('client-state').textContent(), 'CLOSED');
  }
  assert.deepEqual(page.errors, []);
  // A browser without the Compression Streams API is told so, not that the link is damaged.
  const old = await context.newPage();
  await old.addInitScript(() => { delete globalThis.DecompressionStream; delete globalThis.CompressionStream; });
  await open(old, `${base}#s=${pack(Buffer.from('server listen\n'))}`);
  assert.match(await old.getByRole('alert').first().textContent(), /this browser cannot unpack it/);
  await old.getByRole('button', { name: 'Share', exact: true }).click();
  await old.getByText('This browser cannot pack a share link').waitFor();
  await old.close();
});

test('a link replaces the saved session only when the student acts, and the earlier one is one click back', async () => {
  const mine = await ownSession();
  const link = await anotherSessionsLink();
  await open(page, link);
  // The link replays in slices: wait for it rather than race it.
  await expectState(page, 'client', 'LISTEN');
  await page.waitForTimeout(1500);
  assert.equal(await saved(), mine, 'opening the link wrote nothing');
  await click(page, 'server', 'Listen');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('client listen'), KEY);
  await page.getByTestId('earlier-session').click();
  await expectState(page, 'client', 'CLOSED');
  await expectState(page, 'server', 'LISTEN');
  await page.reload();
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  await expectState(page, 'client', 'CLOSED');
});

/// A fresh page whose session (the server listening) has been saved: the
/// next save waits a second.
async function serverListenSaved() {
  await open(page);
  await click(page, 'server', 'Listen');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('server listen'), KEY);
}

test('Reset right after an action: the earlier session holds that action too', async () => {
  await serverListenSaved();
  // Saves come at most once a second: this one was still waiting at Reset.
  await click(page, 'client', 'Connect');
  await expectState(page, 'client', 'SYN-SENT');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expectState(page, 'client', 'CLOSED');
  await page.getByTestId('earlier-session').click();
  await expectState(page, 'server', 'LISTEN');
  await expectState(page, 'client', 'SYN-SENT');
  assert.deepEqual(page.errors, []);
});

test('Earlier session right after an action: a reload opens the session gone back to', async () => {
  await serverListenSaved();
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await click(page, 'client', 'Listen');
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('client listen'), KEY);
  // A save still waiting (they come at most once a second) when going back.
  await click(page, 'client', 'Connect');
  await expectState(page, 'client', 'SYN-SENT');
  await page.getByTestId('earlier-session').click();
  await expectState(page, 'server', 'LISTEN');
  await expectState(page, 'client', 'CLOSED');
  // Past the second the waiting save would have taken.
  await page.waitForFunction((k) => !(localStorage.getItem(k) ?? '').includes('client'), KEY);
  await page.waitForTimeout(1200);
  await page.reload();
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  await expectState(page, 'server', 'LISTEN');
  await expectState(page, 'client', 'CLOSED');
  assert.deepEqual(page.errors, []);
});

test('play is saved while it runs, and a reload right after an action keeps it', async () => {
  await open(page);
  await click(page, 'server', 'Listen');
  await click(page, 'client', 'Connect');
  await page.getByRole('button', { name: '▶ Play' }).click();
  // Saved within a second of play's steps. Their time is written as the
  // scenario writes it: 1000 ms of play is "advance 1s".
  await page.waitForFunction((k) => /advance \d+(?:ms|s|m)\b/.test(localStorage.getItem(k) ?? ''), KEY, { timeout: 10000 });
  await page.getByRole('button', { name: '❚❚ Pause' }).click();
  await click(page, 'client', 'Close');
  await page.reload();
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  // The restore runs once the reducer's sessions chunk is there.
  await expectState(page, 'client', 'FIN-WAIT-1');
});

test('a saved session that cannot be replayed is kept aside, not overwritten', async () => {
  await open(page);
  await page.evaluate((k) => localStorage.setItem(k, 'server listen\ndeliver\n'), KEY);
  await page.reload();
  await page.getByRole('alert').filter({ hasText: /stops at line 2/ }).first().waitFor();
  assert.equal(await state(page, 'server'), 'LISTEN', 'the work before the line is kept');
  await click(page, 'client', 'Connect');
  await page.waitForFunction((k) => localStorage.getItem(k + '/unreadable') === 'server listen\ndeliver\n', KEY);
});

test('a replay that never finished is not tried again automatically', async () => {
  await open(page);
  await page.evaluate((k) => {
    localStorage.setItem(k, 'server listen\nclient connect\n');
    localStorage.setItem(k + '/replaying', '1');
  }, KEY);
  await page.reload();
  await page.getByRole('alert').filter({ hasText: /did not finish opening/ }).first().waitFor();
  assert.equal(await state(page, 'client'), 'CLOSED');
  await page.getByTestId('earlier-session').click();
  await expectState(page, 'client', 'SYN-SENT');
});

test('a full storage is announced', async () => {
  await open(page);
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler${i}`, chunk); } catch { if (chunk.length <= 1) break; chunk = chunk.slice(chunk.length / 2); }
    }
  });
  await click(page, 'server', 'Listen');
  await page.getByRole('alert').filter({ hasText: /could not be saved/ }).waitFor();
});

test('another tab saving newer work is announced', async () => {
  await open(page);
  const second = await context.newPage();
  await open(second);
  await click(second, 'server', 'Listen');
  await page.getByRole('status').filter({ hasText: /Another tab/ }).waitFor();
});

test('a page that frames the playground never reaches its storage', async () => {
  const mine = await ownSession();
  const link = await anotherSessionsLink();
  await page.goto(`${base}course.html`);
  await page.evaluate((src) => { document.getElementById('f').src = src; }, link);
  const app = page.frameLocator('#f');
  await app.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  await app.locator('section.endpoint.server').getByRole('button', { name: 'Listen', exact: true }).click();
  await page.waitForTimeout(1500);
  assert.equal(await saved(), mine);
});

test('readonly means no key changes the session, and Space presses a focused button', async () => {
  await open(page, `${base}?embed=1&lesson=handshake&mode=readonly`);
  const clock = await page.getByTestId('clock').textContent();
  await page.locator('body').click();
  for (const key of ['n', ' ', 'Control+z', 'Control+y']) await page.keyboard.press(key);
  await page.waitForTimeout(300);
  assert.equal(await page.getByTestId('clock').textContent(), clock);
  await open(page);
  await page.locator('section.endpoint.server').getByRole('button', { name: 'Listen', exact: true }).focus();
  await page.keyboard.press(' ');
  await expectState(page, 'server', 'LISTEN');
  assert.equal(await page.getByRole('button', { name: '▶ Play' }).count(), 1, 'Space did not start Play');
  assert.deepEqual(page.errors, []);
});

test('a long link opens in slices, with progress and a Stop button that keeps what ran', async () => {
  const zlib = await import('node:zlib');
  // Long enough (198,003 steps, near the limit of 200,000 statements,
  // each sending a byte and running until it is acknowledged) that a busy
  // machine cannot finish it before Stop is clicked.
  const text = 'server listen\nclient connect\nrun\n' + 'client send 1\nrun\n'.repeat(99000);
  const code = zlib.deflateRawSync(Buffer.from(text), { level: 9 }).toString('base64url');
  await open(page, `${base}#s=${code}`);
  const replay = page.getByTestId('replay');
  await replay.waitFor();
  assert.match(await replay.textContent(), /The shared session: opening, \d+ of 198003 steps/);
  // The page answers while it replays: the language menu still works.
  await page.getByTestId('language').selectOption('es');
  await page.locator('html[lang=es]').waitFor();
  await replay.getByRole('button').click();
  await replay.waitFor({ state: 'detached' });
  assert.match(await page.getByRole('status').first().textContent(), /se detuvo tras \d+ de 198003 pasos/);
  await expectState(page, 'client', 'ESTABLISHED|CLOSED|FIN-WAIT-1');
  assert.deepEqual(page.errors, []);
});

test('a file over the size limit is refused before it is read, and the session is kept', async () => {
  await open(page);
  await click(page, 'server', 'Listen');
  // A 50 MB file, written to disk (the browser reads it from there).
  const fs = await import('node:fs');
  const os = await import('node:os');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tcp-')), 'huge.scn');
  fs.writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 'x'));
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('alert').filter({ hasText: /“huge.scn” is 52428800 bytes; a scenario file may have at most 4194304 bytes/ }).first().waitFor();
  fs.rmSync(path.dirname(file), { recursive: true });
  await expectState(page, 'server', 'LISTEN');
  assert.deepEqual(page.errors, []);
});

test('one long line runs in slices: progress, a page that answers, and Stop undoes just that step', async () => {
  await open(page);
  const lesson = 'title "Patience"\nset loss 100\nset retries 4294967295\nset rto 1ms\nserver listen\nclient connect\n'
    + 'say "The client retries for a long time."\nadvance 4000000m\nsay "Done."\n';
  await page.locator('input[type=file]').setInputFiles({ name: 'long.scn', mimeType: 'text/plain', buffer: Buffer.from(lesson) });
  // On a slow machine (a school Chromebook), so that the line's 200,000
  // events take long enough to act while it runs.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.locator('section.lesson').getByRole('button', { name: /Next step/ }).click();
  const running = page.getByTestId('replay');
  await running.waitFor();
  assert.match(await running.textContent(), /Running “advance 4000000m”: \d+ events so far/);
  // The page answers between slices.
  await page.getByTestId('language').selectOption('es');
  await page.locator('html[lang=es]').waitFor();
  await running.getByRole('button', { name: 'Detener y deshacer este paso' }).click();
  await running.waitFor({ state: 'detached' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert.match(await page.getByRole('status').first().textContent(), /ese paso se deshizo/);
  await expectState(page, 'client', 'SYN-SENT');
  await page.getByTestId('language').selectOption('en');
  assert.deepEqual(page.errors, []);
});
