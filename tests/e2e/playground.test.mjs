// End-to-end tests: a student's clicks in headless Chromium against the
// built app (dist/). Screenshots go to test-artifacts/.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { root, launch } from './browser.mjs';

const artifacts = path.join(root, 'test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });

let server, browser, page, base;

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
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  // Nothing beyond the app's own files may be requested (blob: and data:
  // URLs are the app's own downloads, not the network).
  page.blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    page.blocked.push(url);
    return route.abort();
  });
  await page.goto(base);
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
});

const side = (name) => page.locator(`section.endpoint.${name}`);
const state = (name) => page.getByTestId(`${name}-state`);
const click = (name, button) => side(name).getByRole('button', { name: button, exact: true }).click();
const deliverOldest = () => page.locator('[data-testid=in-flight]').first().getByRole('button', { name: 'Deliver now' }).click();
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });

async function expectState(name, text) {
  await assert.doesNotReject(() => state(name).filter({ hasText: new RegExp(`^${text}$`) }).waitFor({ timeout: 5000 }),
    `${name} should show ${text}, shows ${await state(name).textContent()}`);
}

async function handshake() {
  await click('server', 'Listen');
  await click('client', 'Connect');
  await deliverOldest();
  await deliverOldest();
  await deliverOldest();
}

test('handshake and four-way close by clicks', async () => {
  await click('server', 'Listen');
  await expectState('server', 'LISTEN');
  await click('client', 'Connect');
  await expectState('client', 'SYN-SENT');
  await deliverOldest();
  await expectState('server', 'SYN-RECEIVED');
  await deliverOldest();
  await expectState('client', 'ESTABLISHED');
  await deliverOldest();
  await expectState('server', 'ESTABLISHED');
  await shot('handshake');

  await click('client', 'Close');
  await expectState('client', 'FIN-WAIT-1');
  await deliverOldest();
  await expectState('server', 'CLOSE-WAIT');
  await deliverOldest();
  await expectState('client', 'FIN-WAIT-2');
  await click('server', 'Close');
  await expectState('server', 'LAST-ACK');
  await deliverOldest();
  await expectState('client', 'TIME-WAIT');
  await deliverOldest();
  await expectState('server', 'CLOSED');
  await shot('four-way-close');
  await page.getByRole('button', { name: 'Jump to next timer' }).click();
  await expectState('client', 'CLOSED');
  assert.match(await page.getByTestId('clock').textContent(), /^60\.\d{3} s$/);
  assert.deepEqual(page.errors, []);
});

test('a lost final ACK is explained as TIME-WAIT answering the FIN sent again, never as the ACK sent again', async () => {
  await handshake();
  await click('client', 'Close');
  await deliverOldest();
  await deliverOldest();
  await expectState('client', 'FIN-WAIT-2');
  await click('server', 'Close');
  await deliverOldest();
  await expectState('client', 'TIME-WAIT');
  await page.locator('[data-testid=in-flight]').first().getByRole('button', { name: 'Drop' }).click();
  const why = await page.getByTestId('lost-recovery').textContent();
  assert.match(why, /A pure ACK is never sent again/);
  assert.match(why, /sends the FIN again, and the client, still in TIME-WAIT, acknowledges it again and starts 2 x MSL anew/);
  assert.doesNotMatch(why, /its sender.{0,40}sends the segment again/);
  await shot('lost-final-ack');
  // And the engine then does what was said.
  await page.getByRole('button', { name: 'Jump to next timer' }).click();
  const flight = page.locator('[data-testid=in-flight]').first();
  assert.match(await flight.textContent(), /server → client: FIN,ACK/);
  await deliverOldest();
  await expectState('client', 'TIME-WAIT');
  assert.deepEqual(page.errors, []);
});

test('a dropped SYN is retransmitted when the clock reaches the RTO', async () => {
  await click('server', 'Listen');
  await click('client', 'Connect');
  await page.locator('[data-testid=in-flight]').first().getByRole('button', { name: 'Drop' }).click();
  assert.equal(await page.locator('[data-testid=in-flight]').count(), 0);
  await page.getByRole('button', { name: 'Jump to next timer' }).click();
  assert.equal(await page.getByTestId('clock').textContent(), '1.000 s');
  const flight = page.locator('[data-testid=in-flight]').first();
  assert.match(await flight.textContent(), /client → server: SYN seq=0/);
  await shot('lost-syn');
  await deliverOldest();
  await expectState('server', 'SYN-RECEIVED');
  // The ladder marks the lost segment.
  assert.ok(await page.locator('.ladder .seg.lost').count() >= 1);
});

test('a hand-crafted RST with the exact sequence number resets the server', async () => {
  await handshake();
  const composer = page.locator('section.composer');
  await composer.getByLabel('client → server').check();
  await composer.getByRole('checkbox', { name: 'ACK' }).uncheck();
  await composer.getByRole('checkbox', { name: 'RST' }).check();
  await composer.getByRole('button', { name: 'Put on the wire' }).click();
  await expectState('client', 'ESTABLISHED');
  await deliverOldest();
  await expectState('server', 'CLOSED');
  assert.match(await side('server').textContent(), /connection reset/);
  await shot('crafted-rst');
});

test('manual mode: an edited ACK number is answered with a reset', async () => {
  // Applied once the reducer's chunk is there (a busy machine loads it
  // late; the click waits for it, as every action does): not at once.
  const manual = side('server').getByLabel(/Manual/);
  await manual.click();
  await page.waitForFunction((box) => box.checked, await manual.elementHandle());
  await click('server', 'Listen');
  await click('client', 'Connect');
  await deliverOldest();
  await expectState('server', 'SYN-RECEIVED');
  const outgoing = side('server').locator('.outgoing');
  assert.match(await outgoing.textContent(), /SYN,ACK/);
  await outgoing.getByRole('button', { name: 'Edit…' }).click();
  const composer = page.locator('section.composer');
  await composer.getByRole('heading', { name: 'Edit before sending' }).waitFor();
  await composer.getByLabel('Acknowledgment number').fill('12345');
  await composer.getByRole('button', { name: 'Send edited segment' }).click();
  await deliverOldest();
  // SYN-SENT answers an ACK that does not cover its SYN with <SEQ=SEG.ACK><CTL=RST>.
  await expectState('client', 'SYN-SENT');
  const reply = page.locator('[data-testid=in-flight]').first();
  assert.match(await reply.textContent(), /client → server: RST/);
  await shot('manual-edited-ack');
});

test('reload keeps the session', async () => {
  await handshake();
  await page.locator('.send input').first().fill('hello');
  await side('client').getByRole('button', { name: 'Send', exact: true }).click();
  await deliverOldest();
  await page.waitForTimeout(500); // the save is debounced
  await page.reload();
  await expectState('client', 'ESTABLISHED');
  await expectState('server', 'ESTABLISHED');
  assert.match(await page.getByTestId('server-received').textContent(), /hello/);
});

test('bad input gets a clear message and the session is kept', async () => {
  await handshake();
  const composer = page.locator('section.composer');
  await composer.getByLabel('Sequence number').fill('12abc');
  await composer.getByRole('button', { name: 'Put on the wire' }).click();
  assert.match(await page.getByRole('alert').first().textContent(), /Sequence number: expected a number/);
  await expectState('client', 'ESTABLISHED');
  // Corrupted storage: a clear message, a fresh usable session. (Planted
  // after the save, at most a second after an action; leaving the page
  // saves pending work first.)
  await page.waitForTimeout(1500);
  await page.evaluate(() => localStorage.setItem('tcp-playground/session/v1', 'client conect\n'));
  await page.reload();
  // Its words come with the catalogs fetched after the first screen.
  await page.getByRole('alert').filter({ hasText: /line 1, column 8/ }).first().waitFor();
  await click('server', 'Listen');
  await expectState('server', 'LISTEN');
  assert.deepEqual(page.errors, []);
});

test('selecting a ladder row highlights and reveals its log entry, and back', async () => {
  await handshake();
  await page.locator('.ladder .row').nth(2).click();
  const entry = page.locator('.log .entry.selected');
  await entry.waitFor();
  assert.ok(await entry.isVisible());
  assert.match(await page.getByTestId('explain').textContent(), /client/);
  await page.locator('.log .entry button', { hasText: 'CLOSED → SYN-SENT' }).click();
  await page.locator('.ladder .row.selected').waitFor();
});

test('a share link reopens the exact session in a fresh browser', async () => {
  await handshake();
  await page.locator('.send input').first().fill('shared!');
  await side('client').getByRole('button', { name: 'Send', exact: true }).click();
  await deliverOldest();
  const clock = await page.getByTestId('clock').textContent();
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  assert.match(link, /#s=[A-Za-z0-9_-]+$/);
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await fresh.getByTestId('server-received').filter({ hasText: 'shared!' }).waitFor();
  assert.equal(await fresh.getByTestId('client-state').textContent(), 'ESTABLISHED');
  assert.equal(await fresh.getByTestId('clock').textContent(), clock);
  // A damaged link is explained and the visitor's own session is kept.
  await fresh.goto(link.slice(0, -12) + '!!');
  await fresh.reload();
  assert.match(await fresh.getByRole('alert').first().textContent(), /share link cannot be opened/);
  await other.close();
});

test('importing a .scn file opens it as a lesson or a session', async () => {
  await page.locator('input[type=file]').setInputFiles({ name: 'mine.scn', mimeType: 'text/plain',
    buffer: Buffer.from('title "Mine"\nserver listen\nclient connect\nrun\n') });
  await expectState('client', 'ESTABLISHED');
  await page.locator('input[type=file]').setInputFiles(path.join(root, 'scenarios/handshake.scn'));
  await page.locator('section.lesson').filter({ hasText: 'The three-way handshake' }).waitFor();
  await page.locator('input[type=file]').setInputFiles({ name: 'bad.scn', mimeType: 'text/plain', buffer: Buffer.from('server lisen\n') });
  assert.match(await page.getByRole('alert').first().textContent(), /imported file could not be read \(line 1, column 8/);
});

test('undo, redo, and jumping back to branch ("what if this ACK had been lost?")', async () => {
  await handshake();
  await expectState('server', 'ESTABLISHED');
  await page.getByRole('button', { name: '↶ Undo' }).click();
  await expectState('server', 'SYN-RECEIVED');
  await expectState('client', 'ESTABLISHED');
  await page.keyboard.press('Control+y');
  await expectState('server', 'ESTABLISHED');
  // Jump back to just after the SYN,ACK was delivered and lose the final ACK instead.
  await page.getByLabel('Timeline: jump to any earlier moment').fill('4');
  await expectState('server', 'SYN-RECEIVED');
  await page.locator('[data-testid=in-flight]').first().getByRole('button', { name: 'Drop' }).click();
  await page.getByRole('button', { name: 'Jump to next timer' }).click();
  assert.match(await page.locator('[data-testid=in-flight]').first().textContent(), /server → client: SYN,ACK/);
  assert.equal(await page.getByRole('button', { name: '↷ Redo' }).isDisabled(), true, 'the old future is gone');
  await shot('time-travel');
});

test('a challenge solved by clicks: get a challenge ACK', async () => {
  await page.getByLabel('Load a lesson or scenario').selectOption({ label: 'Challenge: get a challenge ACK' });
  const challenge = page.locator('section.lesson.challenge');
  await challenge.getByRole('button', { name: /Show a hint \(1 of 3\)/ }).click();
  assert.match(await challenge.textContent(), /blind resets/);
  const composer = page.locator('section.composer');
  await composer.getByRole('checkbox', { name: 'ACK' }).uncheck();
  await composer.getByRole('checkbox', { name: 'RST' }).check();
  const seq = composer.getByLabel('Sequence number');
  await seq.fill(String(Number(await seq.inputValue()) + 100));
  await composer.getByRole('button', { name: 'Put on the wire' }).click();
  assert.equal(await challenge.getByTestId('challenge-complete').count(), 0, 'not yet: the RST is still on the wire');
  await deliverOldest();
  await challenge.getByTestId('challenge-complete').waitFor();
  await expectState('server', 'ESTABLISHED');
  await shot('challenge-complete');
});

test('the state diagram marks both states and explains what is clicked', async () => {
  await handshake();
  await page.getByRole('tab', { name: 'State diagram' }).click();
  const estab = page.getByRole('button', { name: 'ESTABLISHED, client is here, server is here' });
  await estab.click();
  assert.match(await page.locator('.diagram-explain').textContent(), /ESTABLISHED: An open connection/);
  // The transitions just taken are drawn bold and named.
  assert.ok(await page.locator('.diagram .edge.taken').count() >= 2);
  // The server's bold label ends in "/ x": the key under the drawing says
  // what x means while a state, not the arrow, is picked.
  assert.match(await page.locator('.diagram .edge-label').allTextContents().then((l) => l.join('|')), /S: rcv ACK of SYN \/ x/);
  assert.match(await page.getByTestId('diagram-key').textContent(), /x means nothing is sent/);
  await page.getByRole('button', { name: /: SYN-SENT to ESTABLISHED/ }).click();
  assert.match(await page.locator('.diagram-explain').textContent(), /rcv SYN,ACK \/ snd ACK/);
  await shot('state-diagram');
});

// Reads a pcapng (little-endian, one Ethernet interface) the way Wireshark
// would: the writing application, then TCP flags and numbers.
function readPcapng(buf) {
  assert.equal(buf.readUInt32LE(0), 0x0a0d0d0a, 'a section header first');
  assert.equal(buf.readUInt32LE(8), 0x1a2b3c4d, 'little-endian');
  const packets = [];
  let application;
  for (let o = 0; o < buf.length;) {
    const [type, len] = [buf.readUInt32LE(o), buf.readUInt32LE(o + 4)];
    assert.equal(buf.readUInt32LE(o + len - 4), len, `block at ${o} ends with its length`);
    if (type === 0x0a0d0d0a) {
      for (let p = o + 24; p < o + len - 4;) {
        const [code, n] = [buf.readUInt16LE(p), buf.readUInt16LE(p + 2)];
        if (code === 4) application = buf.subarray(p + 4, p + 4 + n).toString();
        p += 4 + Math.ceil(n / 4) * 4;
        if (code === 0) break;
      }
    } else if (type === 1) {
      assert.equal(buf.readUInt16LE(o + 8), 1, 'link type Ethernet');
    } else if (type === 6) {
      const caplen = buf.readUInt32LE(o + 20);
      const frame = buf.subarray(o + 28, o + 28 + caplen);
      assert.equal(frame.readUInt16BE(12), 0x0800, 'IPv4 in Ethernet');
      const ip = frame.subarray(14);
      const tcp = ip.subarray((ip[0] & 0x0f) * 4);
      const f = tcp[13];
      const flags = [['SYN', 2], ['FIN', 1], ['RST', 4], ['PSH', 8], ['ACK', 16]].filter(([, b]) => f & b).map(([n]) => n).join(',');
      packets.push({ src: ip.subarray(12, 16).join('.'), flags, seq: tcp.readUInt32BE(4), ack: tcp.readUInt32BE(8) });
    }
    o += len;
  }
  return { application, packets };
}

test('exports: the session as pcapng (read back, with the version), the ladder as SVG and PNG', async () => {
  await handshake();
  const exportAs = async (item) => {
    await page.getByText('Export ▾').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
    return fs.readFileSync(await download.path());
  };
  const { application, packets } = readPcapng(await exportAs('Capture for Wireshark (.pcapng)'));
  assert.match(application, /^TCP Playground \d+\.\d+\.\d+/);
  assert.deepEqual(packets.map((p) => p.flags), ['SYN', 'SYN,ACK', 'ACK']);
  assert.equal(packets[0].src, '192.0.2.1');
  assert.equal(packets[1].ack, (packets[0].seq + 1) >>> 0, 'the SYN,ACK acknowledges the SYN');
  assert.equal(packets[2].seq, (packets[0].seq + 1) >>> 0);
  const svg = (await exportAs('Ladder diagram (.svg)')).toString();
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /SYN,ACK seq=0 ack=1/);
  const png = await exportAs('Ladder diagram (.png)');
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual(page.errors, []);
});

test('a lesson steps through its narration', async () => {
  await page.getByLabel('Load a lesson or scenario').selectOption({ label: 'The three-way handshake' });
  const lesson = page.locator('section.lesson');
  assert.match(await lesson.textContent(), /passive OPEN/);
  for (let i = 0; i < 5; i++) await lesson.getByRole('button', { name: /Next step/ }).click();
  await expectState('client', 'ESTABLISHED');
  await expectState('server', 'ESTABLISHED');
  await shot('lesson');
});

test('usable at 375 px wide', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await handshake();
  await expectState('server', 'ESTABLISHED');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await shot('narrow');
});

test('keyboard alone: a handshake in 15 key presses from page load, with skip links and the call toolbars', async () => {
  const keys = ['Tab', 'Tab', 'Enter', // "Skip to the server's calls": Listen has focus
    'Enter', // listen()
    // Back through the client's Manual and auto-read switches, Send bytes,
    // Send and the text field to its calls.
    'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab',
    'ArrowRight', 'Enter', // connect()
    'n', 'n', 'n']; // the SYN, the SYN,ACK and the ACK arrive
  for (const key of keys) await page.keyboard.press(key);
  await expectState('client', 'ESTABLISHED');
  await expectState('server', 'ESTABLISHED');
  assert.ok(keys.length <= 15);
  assert.deepEqual(page.errors, []);
});

test('a segment that leaves by N or the clock keeps the focus in the wire; Ctrl+Z works from a radio button', async () => {
  await click('server', 'Listen');
  await click('client', 'Connect');
  // The SYN's own button has the focus; N delivers it, and the button goes.
  await page.locator('[data-testid=in-flight]').first().getByRole('button', { name: 'Deliver now' }).focus();
  await page.keyboard.press('n');
  await page.locator('[data-testid=in-flight]').filter({ hasText: 'SYN,ACK' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('#wire'));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Deliver now');
  // A radio button takes no text: Ctrl+Z undoes the step from there.
  await page.getByRole('radio', { name: 'server → client' }).focus();
  await page.keyboard.press('Control+z');
  await expectState('server', 'LISTEN');
  await page.getByRole('link', { name: 'Skip to the segments on the wire' }).waitFor({ state: 'attached' });
  assert.deepEqual(page.errors, []);
});

test('tabs follow the arrow keys; a wire button keeps the focus in the wire', async () => {
  await page.getByRole('tab', { name: 'Ladder' }).focus();
  await page.keyboard.press('ArrowRight');
  // Each as soon as the page shows it (a busy machine renders late).
  await page.getByRole('tab', { name: 'State diagram', selected: true }).waitFor();
  await page.getByRole('tabpanel', { name: 'State diagram' }).getByRole('button', { name: /^CLOSED/ }).first().waitFor();
  await page.waitForFunction(() => document.activeElement.textContent === 'State diagram');
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('tabpanel', { name: 'Ladder' }).getByRole('region', { name: /Ladder/ }).waitFor();
  // Delivering by keyboard: the focus stays on the wire's next segment.
  await click('server', 'Listen');
  await click('client', 'Connect');
  await page.locator('[data-testid=in-flight]').first().getByRole('button', { name: 'Deliver now' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=in-flight]').filter({ hasText: 'SYN,ACK' }).waitFor();
  await page.waitForFunction(() => document.activeElement.textContent === 'Deliver now');
  await page.keyboard.press('Enter');
  await expectState('client', 'ESTABLISHED');
  await page.waitForFunction(() => document.activeElement.textContent === 'Deliver now');
  await page.keyboard.press('Enter');
  await expectState('server', 'ESTABLISHED');
  // The wire is empty: the focus is on the wire itself, not lost.
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-label') === 'Segments on the wire');
  assert.deepEqual(page.errors, []);
});
