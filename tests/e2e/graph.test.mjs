// The graphs over time (issue 33): the time-sequence graph of a bundled
// transfer with a loss shows the retransmission where the ladder has it,
// the graph of an opened capture matches the capture's segments, selecting
// works both ways, the keys zoom and select, the axes are named, the
// window's edge above the plot is marked, bars can be drawn at their
// arrival, axe-core finds no violation with both graphs open, at a phone's
// and a laptop's width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { root, useApp } from './browser.mjs';

const axe = fs.readFileSync(path.join(root, '.tools/node_modules/axe-core/axe.min.js'), 'utf8');

const app = useApp();

// As in a11y.test.mjs: axe is injected past the page's Content-Security-Policy.
async function violations(page) {
  await page.evaluate(axe);
  return page.evaluate(async () => (await globalThis.axe.run(document)).violations
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`));
}

/** The bundled scenario "Lost data is retransmitted after the RTO"
 * (scenarios/data-retransmission.scn) as a saved session, restored, with
 * the graphs open. */
const lossy = ['set client.isn 1000', 'set server.isn 5000', 'server listen', 'client connect', 'run',
  'client send "hello"', 'drop', 'advance 999ms', 'advance 1ms', 'deliver', 'run', ''].join('\n');

/** A page `width` px wide with `session` restored as the saved one,
 * collecting its errors in `page.errors`. */
async function restored(width, session, timeout = 30000) {
  const context = await app.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(app.base);
  await page.evaluate((s) => localStorage.setItem('tcp-playground/session/v1', s), session);
  await page.reload();
  await page.getByTestId('client-state').filter({ hasText: 'ESTABLISHED' }).waitFor({ timeout });
  return page;
}

async function lossShown(width) {
  const page = await restored(width, lossy);
  await page.locator('.log li', { hasText: 'retransmission after a timeout' }).first().waitFor();
  await page.getByTestId('graphs-open').click();
  await page.getByTestId('graph-ts').locator('svg').waitFor();
  // A drawing may come in stages: the panel is busy until the last.
  await page.locator('section.graphs:not([aria-busy])').waitFor();
  return page;
}

/** A clock reading ("1.005 s") at the start of a text. */
const clock = (text) => text.match(/(\d+\.\d{3} s)/)?.[1];

test('the time-sequence graph shows the retransmission where the ladder has it', async () => {
  const page = await lossShown(1366);
  const events = page.getByTestId('graph-events').locator('li');
  const again = await events.filter({ hasText: 'sent again (retransmission)' }).first().textContent();
  const lost = await events.filter({ hasText: 'Dropped on purpose' }).first().textContent();
  // The ladder's rows, as its list for screen readers reads them.
  const rows = await page.locator('.ladder ol.visually-hidden li').allTextContents();
  const row = rows.find((r) => /retransmission 1/.test(r));
  assert.ok(row, rows.join('\n'));
  assert.equal(clock(again), clock(row), `${again} | ${row}`);
  // One RTO (1 s) after the first sending, which was lost.
  assert.match(lost, /^0\.\d{3} s: octets 1–5 sent\. Dropped on purpose at/);
  assert.match(again, /octets 1–5 sent again/);
  // The figures at the moment shown (the end): everything acknowledged.
  assert.match(await page.getByTestId('graph-figures').textContent(), /acknowledged up to 6.*1 sent again, 1 lost/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('selecting a point selects its ladder row and log line, and the reverse', async () => {
  const page = await lossShown(1366);
  const graph = page.getByTestId('graph-ts');
  const marked = graph.locator('line[style*="var(--selected)"]');
  assert.equal(await marked.count(), 0);
  // The retransmission's bar (red: the timer's colour).
  const box = await graph.locator('g[data-entry] line[style*="var(--bad)"]').first().boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('.ladder-svg rect.row.selected').waitFor();
  const logLine = page.locator('.log li.selected');
  assert.match(await logLine.textContent(), /retransmission after a timeout/);
  await marked.waitFor({ state: 'attached' });
  // The event list says which one is selected.
  assert.equal(await page.getByTestId('graph-events').locator('button[aria-pressed=true]').count(), 1);
  // The reverse: the log's line lets go, and selects it again.
  const again = page.locator('.log li button', { hasText: 'retransmission after a timeout' });
  await again.click();
  await marked.waitFor({ state: 'detached' });
  await again.click();
  await marked.waitFor({ state: 'attached' });
  // Keys on the graph: [ selects the event before (the lost first
  // sending), + zooms in, 0 shows all again.
  await graph.focus();
  await page.keyboard.press('[');
  await page.waitForFunction(() => /sends/.test(document.querySelector('.log li.selected')?.textContent ?? '')
    && !/retransmission/.test(document.querySelector('.log li.selected').textContent));
  const all = await page.evaluate(() => [...document.querySelectorAll('[data-testid=graph-ts] text')].map((t) => t.textContent).join());
  await page.keyboard.press('+');
  await page.waitForFunction((b) => [...document.querySelectorAll('[data-testid=graph-ts] text')].map((t) => t.textContent).join() !== b, all);
  await page.keyboard.press('0');
  await page.waitForFunction((b) => [...document.querySelectorAll('[data-testid=graph-ts] text')].map((t) => t.textContent).join() === b, all);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('moving through time moves only the cursor: the drawings stay as drawn', async () => {
  const page = await lossShown(1366);
  const drawings = '[data-testid=graph-ts] > svg, [data-testid=graph-cc] > svg';
  // A property on each drawn SVG: one drawn again (parsed anew) lacks it.
  await page.evaluate((q) => { for (const s of document.querySelectorAll(q)) s.kept = true; }, drawings);
  const cursor = page.getByTestId('graph-ts').getByTestId('graph-cursor');
  assert.equal(await cursor.count(), 1, 'the cursor is an element of its own');
  // Where it is drawn, from the drawing's left edge.
  const left = () => cursor.evaluate((c) => Math.round(c.getBoundingClientRect().left - c.parentElement.getBoundingClientRect().left));
  const figures = page.getByTestId('graph-figures');
  const atEnd = [await left(), await figures.textContent()];
  // The cursor at each moment of the timeline, from the start to the end.
  const slider = page.locator('.history input[type=range]');
  const moves = await slider.evaluate((s) => Number(s.max));
  assert.ok(moves >= 3, `steps: ${moves}`);
  const seen = [];
  for (let i = 0; i <= moves; i++) {
    const label = await page.locator('.history .step-label').textContent();
    await slider.evaluate((s, i) => {
      s.value = String(i);
      s.dispatchEvent(new Event('input', { bubbles: true }));
    }, i);
    // The page (the graphs with it) has drawn that moment.
    await page.waitForFunction((l) => document.querySelector('.history .step-label').textContent !== l, label);
    if (await cursor.count()) seen.push(await left());
  }
  // It went right as time went on, and is back where it was.
  assert.ok(seen.length > 2 && seen.every((x, i) => i === 0 || x >= seen[i - 1]), seen.join(' '));
  assert.ok(seen[seen.length - 1] > seen[0], seen.join(' '));
  assert.deepEqual([await left(), await figures.textContent()], atEnd);
  // The same SVG elements as before, and no cursor drawn into them.
  assert.deepEqual(await page.evaluate((q) => [...document.querySelectorAll(q)].map((s) => s.kept === true), drawings), [true, true]);
  assert.equal(await page.locator('[data-testid=graph-ts] > svg line[style="stroke:var(--muted);stroke-width:2"]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** The SVG texts of the time-sequence graph. */
const svgTexts = (page) => page.getByTestId('graph-ts').locator('text').allTextContents();

test('the axes are named: the sequence numbers with their numbering and unit, the time', async () => {
  const page = await lossShown(1366);
  let texts = await svgTexts(page);
  assert.ok(texts.includes('↑ sequence number, relative to the ISN (bytes)'), texts.join(' | '));
  assert.ok(texts.includes('time since the session began →'), texts.join(' | '));
  // The congestion graph counts bytes.
  assert.ok((await page.getByTestId('graph-cc').locator('text').allTextContents()).includes('↑ bytes'));
  // Real numbers: the name says so.
  await page.locator('.controls input[type=checkbox]').first().click();
  await page.getByTestId('graph-ts').locator('text', { hasText: 'sequence number, absolute (bytes)' }).waitFor();
  texts = await svgTexts(page);
  assert.ok(texts.some((t) => /^100\d$/.test(t)), `ticks in real numbers: ${texts.join(' | ')}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a segment sent at time 0 is drawn right of the value axis, not on it', async () => {
  const page = await lossShown(1366);
  const graph = page.getByTestId('graph-ts');
  // The value axis: the tick labels end 4 px left of it.
  const axis = await graph.locator('text[text-anchor=end]').first().evaluate((t) => Number(t.getAttribute('x')) + 4);
  const bars = await graph.locator('g[data-entry] line').evaluateAll((ls) => ls.map((l) => Number(l.getAttribute('x1'))));
  // The SYN, sent at 0 s, is among them.
  assert.ok(bars.length >= 3, bars.join(' '));
  assert.ok(Math.min(...bars) >= axis + 6, `axis at ${axis}, bars at ${bars.join(' ')}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the receive window's edge above the plot is marked there and told in the text", async () => {
  const page = await lossShown(1366);
  // A 64 KB window over 5 octets: drawn, its edge would flatten the data.
  await page.getByTestId('graph-ts').locator('text', { hasText: /^↑ ACK \+ window above the top$/ }).waitFor();
  await page.getByTestId('graph-ts').locator('text', { hasText: /^up to \d+$/ }).waitFor();
  assert.match(await page.getByTestId('graph-edge-above').textContent(),
    /^The receive window's right edge \(ACK \+ window\), \d+, is above the top of the time-sequence graph/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('on request, each bar is drawn when it arrived: the SYN one latency later', async () => {
  const page = await lossShown(1366);
  const graph = page.getByTestId('graph-ts');
  // The client's SYN, sent at 0 s (the first bar), reaches the server
  // 100 ms later (the wire's delay).
  const entry = await graph.locator('g[data-n]').first().getAttribute('data-entry');
  const x = () => page.evaluate((e) => Number(document.querySelector(`[data-testid=graph-ts] g[data-n][data-entry="${e}"] line`)?.getAttribute('x1')), entry);
  const sentX = await x();
  const arrival = page.getByRole('checkbox', { name: 'Draw segments when they arrived' });
  await arrival.check();
  await page.locator('#graph-arrival-hint', { hasText: 'Each bar is drawn when it reached the server' }).waitFor();
  await page.waitForFunction(([e, before]) => Number(document.querySelector(`[data-testid=graph-ts] g[data-n][data-entry="${e}"] line`)?.getAttribute('x1')) !== before, [entry, sentX]);
  const arrivedX = await x();
  // 100 ms of about 1.2 s drawn on about 1,250 px.
  assert.ok(arrivedX - sentX > 50 && arrivedX - sentX < 150, `${sentX} → ${arrivedX}`);
  // The time axis is the same: only the bars moved.
  await arrival.uncheck();
  await page.waitForFunction(([e, before]) => Number(document.querySelector(`[data-testid=graph-ts] g[data-n][data-entry="${e}"] line`)?.getAttribute('x1')) === before, [entry, sentX]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** The segments of a little-endian pcap of Ethernet, IPv4 and TCP:
 * source port, SEG.SEQ and SEG.LEN (SYN and FIN count one). */
function pcapSegments(file) {
  const d = fs.readFileSync(file);
  const out = [];
  for (let o = 24; o + 16 <= d.length;) {
    const cap = d.readUInt32LE(o + 8);
    const ip = o + 16 + 14;
    const ihl = (d[ip] & 15) * 4;
    const total = d.readUInt16BE(ip + 2);
    const tcp = ip + ihl;
    const off = (d[tcp + 12] >> 4) * 4;
    const flags = d[tcp + 13];
    const payload = total - ihl - off;
    out.push({ port: d.readUInt16BE(tcp), seq: d.readUInt32BE(tcp + 4), len: payload + (flags & 2 ? 1 : 0) + (flags & 1 ? 1 : 0) });
    o += 16 + cap;
  }
  return out;
}

test('the graph of an opened capture matches its segments', async () => {
  const file = path.join(root, 'engine/tests/captures/lossy.pcap');
  // The server (port 8081) sends the data; some of it twice.
  const sent = pcapSegments(file).filter((s) => s.port === 8081 && s.len > 0);
  const iss = sent[0].seq;
  let high = 0;
  const again = [];
  for (const s of sent) {
    const [from, to] = [(s.seq - iss) >>> 0, ((s.seq - iss) >>> 0) + s.len];
    if (from < high) again.push(`octets ${from}–${to - 1} sent again`);
    high = Math.max(high, to);
  }
  assert.ok(again.length > 0 && sent.length > 40);
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(app.base);
  await page.getByRole('heading', { name: 'TCP Playground' }).waitFor();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByTestId('capture').getByRole('heading', { name: 'Capture: lossy.pcap' }).waitFor();
  await page.locator('[data-testid=replay]').waitFor({ state: 'detached' });
  await page.getByTestId('graphs-open').click();
  await page.getByTestId('graph-ts').locator('svg').waitFor();
  await page.getByTestId('graph-direction').selectOption('server');
  await page.getByRole('heading', { name: 'Time-sequence graph: what the server sends to the client' }).waitFor();
  // Every segment with sequence space is drawn (bars merged in one pixel
  // column say how many they stand for), and nothing else.
  await page.waitForFunction((n) => [...document.querySelectorAll('[data-testid=graph-ts] g[data-n]')]
    .reduce((a, g) => a + Number(g.dataset.n), 0) === n, sent.length);
  // The figures: as many sent, as many again, up to the highest octet.
  const figures = await page.getByTestId('graph-figures').textContent();
  assert.match(figures, new RegExp(`sent up to ${high},.* ${sent.length} segments sent, ${again.length} sent again`), figures);
  // Each retransmission, with its octets, in the events.
  const events = (await page.getByTestId('graph-events').locator('li').allTextContents()).join('\n');
  for (const a of again) assert.ok(events.includes(a), `${a} not in\n${events}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

for (const width of [375, 1366]) {
  test(`no axe violation with both graphs open at ${width} px, text of 12 px or more`, async () => {
    const page = await lossShown(width);
    await page.getByTestId('graph-cc').locator('svg').waitFor();
    const sizes = await page.locator('.graphs text, .graphs li, .graphs p, .graphs button').evaluateAll(
      (es) => es.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    assert.ok(sizes.every((s) => s >= 12), sizes.join(' '));
    // Nothing wider than the page.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
    assert.deepEqual(await violations(page), []);
    await page.getByTestId('graphs-open').scrollIntoViewIfNeeded();
    await page.locator('section.graphs').screenshot({ path: path.join(root, 'test-artifacts', `graph-${width}.png`) });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

// A long session's first drawing comes in stages (each a task of its own):
// the panel says it is busy until the last has come, and is never told
// half drawn; the drawings are made at the panel's width (a busy panel
// with fewer children had its measured element made anew, and the graphs
// were drawn 240 px wide).
const long = ['seed 7', 'set mss 100', 'server listen', 'client connect', 'run', 'client send 500000', 'run', ''].join('\n');
for (const width of [375, 1366]) {
  test(`a long session's graphs: busy until all is drawn, at the panel's width, no axe violation (${width} px)`, async () => {
    const page = await restored(width, long, 60000);
    await page.getByTestId('replay').waitFor({ state: 'detached', timeout: 60000 });
    // Every state the panel is seen in, as it changes.
    await page.evaluate(() => {
      globalThis.seen = [];
      new MutationObserver(() => {
        const panel = document.querySelector('section.graphs');
        if (!panel) return;
        const has = (q) => Boolean(panel.querySelector(q));
        const state = `busy=${panel.getAttribute('aria-busy') === 'true'} ts=${has('[data-testid=graph-ts] svg')} cc=${has('[data-testid=graph-cc] svg')} text=${has('[data-testid=graph-text]')}`;
        if (globalThis.seen.at(-1) !== state) globalThis.seen.push(state);
      }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
    await page.getByTestId('graphs-open').click();
    await page.locator('section.graphs:not([aria-busy])').waitFor();
    const seen = await page.evaluate(() => globalThis.seen);
    assert.equal(seen.at(-1), 'busy=false ts=true cc=true text=true', seen.join('\n'));
    // Whatever is missing, the panel says it is busy.
    for (const state of seen) assert.ok(state.startsWith('busy=true') || state.endsWith('ts=true cc=true text=true'), seen.join('\n'));
    const [drawn, panel] = await page.getByTestId('graph-ts').evaluate((e) => [Number(e.querySelector('svg').getAttribute('width')), e.clientWidth]);
    assert.equal(drawn, Math.max(240, panel));
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
