// Windows you can watch: the flow-control lesson, the sequence-space
// picture's marks checked against the TCB table at every step, and the
// receiving application's Read and auto-read controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { root, useApp } from './browser.mjs';

const app = useApp();
const axe = fs.readFileSync(path.join(root, '.tools/node_modules/axe-core/axe.min.js'), 'utf8');

/** The TCB table of one side, as { 'SND.UNA': 2001, ... }. */
async function tcb(page, side) {
  const rows = await page.locator(`section.endpoint.${side} table.tcb tr`).evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th').textContent.trim(), tr.querySelector('td').textContent.trim()]));
  return Object.fromEntries(rows.map(([k, v]) => [k, Number.parseInt(v, 10)]));
}

/** The marks under one side's bars, as { 'RCV.NXT': 2001, ... }. */
async function marks(page, side) {
  const items = await page.locator(`[data-testid=${side}-spaces] .sp-marks li`).evaluateAll((lis) =>
    lis.map((li) => [li.querySelector('.sp-mark-name').textContent, li.querySelector('.sp-mark-value').textContent]));
  return Object.fromEntries(items.map(([k, v]) => [k, Number.parseInt(v, 10)]));
}

/** Every mark equals the TCB's value (sums modulo 2^32). */
async function assertMarksMatch(page, step) {
  for (const side of ['client', 'server']) {
    const t = await tcb(page, side);
    const m = await marks(page, side);
    const sum = (a, b) => (a + b) % 2 ** 32;
    assert.equal(m['SND.UNA'], t['SND.UNA'], `${step}, ${side}: SND.UNA`);
    assert.equal(m['SND.NXT'], t['SND.NXT'], `${step}, ${side}: SND.NXT`);
    assert.equal(m['SND.UNA+SND.WND'], sum(t['SND.UNA'], t['SND.WND']), `${step}, ${side}: SND.UNA+SND.WND`);
    assert.equal(m['RCV.NXT'], t['RCV.NXT'], `${step}, ${side}: RCV.NXT`);
    assert.equal(m['RCV.NXT+RCV.WND'], sum(t['RCV.NXT'], t['RCV.WND']), `${step}, ${side}: RCV.NXT+RCV.WND`);
  }
}

test('the flow-control lesson: the buffer fills, the window closes, reads reopen it; the picture follows the TCB', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${app.base}?lesson=flow-control`);
  const lesson = page.locator('section.lesson');
  await lesson.getByText('Flow control: a slow reader closes the window').waitFor();
  const next = lesson.getByRole('button', { name: /Next step/ });
  const server = page.locator('section.endpoint.server');

  await next.click();
  await assertMarksMatch(page, 'step 1');
  await assert.doesNotReject(server.getByText('600 of 1000 bytes wait to be read').waitFor());
  await assert.doesNotReject(server.getByText('received, waiting in the buffer: 600').waitFor());
  await assert.doesNotReject(server.getByText('may arrive (RCV.WND): 400').waitFor());

  await next.click();
  await assertMarksMatch(page, 'step 2');
  await server.getByText('1000 of 1000 bytes wait to be read').waitFor();
  assert.equal((await tcb(page, 'server'))['RCV.WND'], 0);
  await page.locator('.ladder').getByText('win=0').first().waitFor({ state: 'attached' });

  await next.click();
  await assertMarksMatch(page, 'step 3: the probe');
  await page.locator('[data-testid=client-spaces]').getByText('of which a zero-window probe, past the window\'s edge: 1').waitFor();

  // Relative numbers: the marks follow the table.
  const relative = page.getByRole('checkbox', { name: /relative seq numbers/ });
  await relative.check();
  await page.locator('[data-testid=server-spaces] .sp-mark-value').first().filter({ hasText: /^1$/ }).waitFor();
  await assertMarksMatch(page, 'step 3, relative numbers');
  await relative.uncheck();

  // axe on the picture, in both spaces of both sides, with the buffer full.
  await page.evaluate(axe);
  const violations = await page.evaluate(async () => (await globalThis.axe.run(document)).violations
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`));
  assert.deepEqual(violations, []);

  // The lesson's later steps read; here the student reads by hand instead.
  await lesson.getByRole('button', { name: /Take over/ }).click();
  const count = server.getByRole('textbox', { name: /Bytes the server's application reads/ });
  for (const bad of ['0', 'abc']) {
    await count.fill(bad);
    await server.getByRole('button', { name: 'Read', exact: true }).click();
    // Said beside the field, which is marked invalid; nothing is read.
    await server.getByRole('alert').filter({ hasText: `“${bad}” is not a byte count` }).waitFor();
    assert.equal(await count.getAttribute('aria-invalid'), 'true');
    await server.getByText('1000 of 1000 bytes wait to be read').waitFor();
  }
  await count.fill('100');
  await server.getByRole('button', { name: 'Read', exact: true }).click();
  await server.getByText('900 of 1000 bytes wait to be read').waitFor();
  assert.equal((await tcb(page, 'server'))['RCV.WND'], 0, 'too little freed to offer (SWS avoidance)');
  await server.getByText('free, not offered yet (silly-window avoidance): 100').waitFor();
  await assertMarksMatch(page, 'after reading 100');

  await count.fill('');
  await server.getByRole('button', { name: 'Read', exact: true }).click();
  await server.getByText('0 of 1000 bytes wait to be read').waitFor();
  assert.equal((await tcb(page, 'server'))['RCV.WND'], 1000);
  await page.locator('.ladder').getByText(/ack=2001 win=1000/).first().waitFor({ state: 'attached' });
  await assertMarksMatch(page, 'after reading all');

  // Auto-read on: the buffer's controls go, the window stays whole.
  await server.getByRole('checkbox', { name: /Auto-read/ }).check();
  await server.getByText('wait to be read').waitFor({ state: 'detached' });

  // Send bytes fills a window without typing: 3000 filler bytes.
  const client = page.locator('section.endpoint.client');
  await client.getByRole('textbox', { name: /Text for the client to send, or a number of bytes/ }).fill('3000');
  await client.getByRole('button', { name: 'Send bytes' }).click();
  await client.getByText(/^4300 bytes/).waitFor();
  await page.screenshot({ path: path.join(root, 'test-artifacts', 'flow-control-1366.png'), fullPage: true });
  await context.close();
});

test('at 375 px the folded sequence spaces open and fit the screen', async () => {
  const context = await app.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${app.base}?lesson=flow-control`);
  const next = page.locator('section.lesson').getByRole('button', { name: /Next step/ });
  await next.click();
  await next.click();
  const spaces = page.locator('section.endpoint.server details.spaces-box');
  await spaces.locator('summary').click();
  const bar = spaces.locator('svg.space-bar').first();
  await bar.waitFor();
  const box = await bar.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 375, `the bar fits: ${JSON.stringify(box)}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no sideways scrolling');
  await page.screenshot({ path: path.join(root, 'test-artifacts', 'flow-control-375.png'), fullPage: true });
  await context.close();
});
