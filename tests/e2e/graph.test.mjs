// The graphs over time (issue 33): the time-sequence graph of a bundled
// transfer with a loss shows the retransmission where the ladder has it,
// selecting works both ways, the keys zoom and select, axe-core finds no
// violation with both graphs open, at a phone's and a laptop's width.
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

async function lossShown(width) {
  const context = await app.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(app.base);
  await page.evaluate((s) => localStorage.setItem('tcp-playground/session/v1', s), lossy);
  await page.reload();
  await page.getByTestId('client-state').filter({ hasText: 'ESTABLISHED' }).waitFor();
  await page.locator('.log li', { hasText: 'retransmission after a timeout' }).first().waitFor();
  await page.getByTestId('graphs-open').click();
  await page.getByTestId('graph-ts').locator('svg').waitFor();
  return page;
}

/** A clock reading ("1.005 s") at the start of a text. */
const clock = (text) => text.match(/(\d+\.\d{3} s)/)?.[1];

test('the time-sequence graph shows the retransmission where the ladder has it', async () => {
  const page = await lossShown(1366);
  const events = page.getByTestId('graph-events').locator('li');
  const again = await events.filter({ hasText: 'sent again (retransmission)' }).first().textContent();
  const lost = await events.filter({ hasText: 'You dropped it' }).first().textContent();
  // The ladder's rows, as its list for screen readers reads them.
  const rows = await page.locator('.ladder ol.visually-hidden li').allTextContents();
  const row = rows.find((r) => /retransmission 1/.test(r));
  assert.ok(row, rows.join('\n'));
  assert.equal(clock(again), clock(row), `${again} | ${row}`);
  // One RTO (1 s) after the first sending, which was lost.
  assert.match(lost, /^0\.\d{3} s: octets 1–5 sent\. You dropped it at/);
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
