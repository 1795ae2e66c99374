// The congestion-control lessons (issue 33, item 4): the slow-start lesson,
// stepped through to its end, then the graphs opened: the congestion
// graph's text alternative (its events, and its figures at the moment
// shown, which follow the timeline back) says that cwnd doubles every
// round trip and halves at the loss. axe-core finds no violation with the
// graphs open in that state.
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

/** How each step of scenarios/slow-start.scn begins, in order. */
const STEPS = ['The connection is ESTABLISHED', 'One round trip later', 'Another round trip', 'A third round trip',
  'The other 31 segments', "The retransmission's ACK covers"];

/** The congestion graph's figures at the moment shown, from its text
 * alternative ("At 0.500 s: cwnd 8000 bytes, ssthresh 65535 bytes, …"). */
async function figures(page) {
  // The paragraph that gives the figures: others (such as the window edge
  // above the plot) may come before it.
  const text = await page.getByTestId('graph-text').locator('p').filter({ hasText: /^At [0-9.]+ s: cwnd/ }).first().textContent();
  const m = text.match(/^At (\d+\.\d{3}) s: cwnd (\d+) bytes, ssthresh (\d+) bytes, flight size (\d+) bytes/);
  assert.ok(m, text);
  return { time: Number(m[1]), cwnd: Number(m[2]), ssthresh: Number(m[3]), flight: Number(m[4]) };
}

test('the slow-start lesson\'s congestion graph reads as text: cwnd doubles every round trip, then halves at the loss; no axe violation', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US', bypassCSP: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(`${app.base}?lesson=slow-start`);
  const lesson = page.locator('section.lesson');
  // The lesson has opened: its first step waits as the preview.
  await lesson.locator('.preview', { hasText: `Next: ${STEPS[0]}` }).waitFor();
  for (const step of STEPS) {
    await lesson.getByRole('button', { name: /Next step/ }).click();
    await lesson.locator('.narration', { hasText: step }).waitFor();
    if (step === STEPS[0]) {
      // 4000 bytes in flight fill cwnd: the client's send space says cwnd,
      // not the peer's far larger window, is what holds the rest back.
      const box = page.locator('section.endpoint.client details.spaces-box');
      if (await box.getAttribute('open') === null) await box.locator('summary').click();
      await page.locator('section.endpoint.client')
        .getByText('may not send yet (beyond what cwnd = 4000 bytes allows in flight); 56000 bytes wait to be sent').waitFor();
      await page.locator('section.endpoint.client').getByText('may send now: 0').waitFor();
    }
  }
  await lesson.locator('.narration', { hasText: 'cwnd = ssthresh = 16000' }).waitFor();

  await page.getByTestId('graphs-open').click();
  await page.getByTestId('graph-cc').locator('svg').waitFor();
  // Opened under the lesson, they come into view under their button.
  await page.waitForFunction(() => document.querySelector('section.graphs').getBoundingClientRect().top < innerHeight * 0.75);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'graphs-open');
  const text = page.getByTestId('graph-text');
  await text.locator('summary').click();
  // The events, in order: the third duplicate ACK cuts ssthresh to half
  // the 32000 bytes in flight; recovery ends with cwnd at that half.
  const events = await page.getByTestId('graph-events').locator('li').allTextContents();
  const third = events.findIndex((e) => /third duplicate ACK: fast retransmit/.test(e));
  const exit = events.findIndex((e) => /fast recovery ends/.test(e));
  assert.ok(third >= 0 && exit > third, events.join('\n'));
  // As the rule set them (cwnd = ssthresh + 3 × SMSS), not as the 28 more
  // duplicate ACKs of the same moment left them.
  assert.match(events[third], /\(cwnd 19000, ssthresh 16000\)/);
  assert.match(events[exit], /\(cwnd 16000, ssthresh 16000\)/);
  assert.equal(events.filter((e) => /timeout/.test(e)).length, 0, events.join('\n'));
  assert.deepEqual(await figures(page), { time: 1.3, cwnd: 16000, ssthresh: 16000, flight: 0 });

  assert.deepEqual(await violations(page), []);
  await page.locator('section.graphs').screenshot({ path: path.join(root, 'test-artifacts', 'cclessons-slow-start.png') });

  // Back through the timeline: the figures follow the moment shown. The
  // first reading at each moment (going back) is the state it ended in.
  const undo = page.getByRole('button', { name: '↶ Undo' });
  const label = page.locator('.history .step-label');
  const seen = new Map([[1.3, await figures(page)]]);
  while (await undo.isEnabled()) {
    const before = await label.textContent();
    await undo.click();
    await page.waitForFunction((b) => document.querySelector('.history .step-label')?.textContent !== b, before);
    const now = await figures(page);
    if (!seen.has(now.time)) seen.set(now.time, now);
  }
  const at = (t) => seen.get(t) ?? assert.fail(`no reading at ${t} s: ${[...seen.keys()].join(', ')}`);
  // Slow start from the send (0.3 s) onwards, one round trip (200 ms) apart.
  const rounds = [0.3, 0.5, 0.7, 0.9].map((t) => at(t).cwnd);
  assert.deepEqual(rounds, [4000, 8000, 16000, 32000]);
  for (let i = 1; i < rounds.length; i++) assert.equal(rounds[i], 2 * rounds[i - 1], `round ${i}`);
  assert.equal(at(0.9).flight, 32000);
  // The loss, found a round trip later: ssthresh = 32000 / 2, and once
  // recovery ends, cwnd is half what it was.
  assert.equal(at(1.1).ssthresh, at(0.9).cwnd / 2);
  assert.equal(at(1.3).cwnd, at(0.9).cwnd / 2);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the challenge "halve the window without a timeout" is met by a fast retransmit, and its goals say so', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US', bypassCSP: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(`${app.base}?lesson=challenge-halve-window`);
  const challenge = page.locator('section.lesson.challenge');
  await challenge.getByText('Your task:').waitFor();
  const client = page.locator('section.endpoint.client');
  await client.getByRole('textbox', { name: /Text for the client to send, or a number of bytes/ }).fill('4000');
  await client.getByRole('button', { name: 'Send bytes' }).click();
  const flight = page.locator('[data-testid=in-flight]');
  await flight.nth(3).waitFor();
  // Each action takes the oldest segment off the wire: wait until the
  // oldest one shown is another (or none is).
  const act = async (name) => {
    const before = await flight.first().textContent();
    await flight.first().getByRole('button', { name }).click();
    await page.waitForFunction((b) => document.querySelector('[data-testid=in-flight]')?.textContent !== b, before);
  };
  // The first segment is lost; everything else is delivered, oldest first:
  // three duplicate ACKs, the retransmission, its ACK.
  await act('Drop');
  for (let i = 0; i < 20 && await challenge.getByTestId('challenge-complete').count() === 0; i++) {
    assert.ok(await flight.count() > 0, 'something is in flight');
    await act('Deliver now');
  }
  await challenge.getByTestId('challenge-complete').waitFor();
  assert.equal(await page.locator('.log li', { hasText: 'retransmission after a timeout' }).count(), 0);
  // The ladder names the segment sent again at the third duplicate ACK.
  await page.locator('.ladder ol.visually-hidden li', { hasText: '(fast retransmit)' }).first().waitFor({ state: 'attached' });
  // And the ACK that set it off, as the client counted it.
  await page.locator('.ladder ol.visually-hidden li', { hasText: 'ACK arrives: duplicate ACK number 3' }).first().waitFor({ state: 'attached' });
  assert.deepEqual(page.errors, []);
  await context.close();
});
