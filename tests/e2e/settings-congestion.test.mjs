// The Settings panel's congestion control and SACK (issue 33): per side,
// labelled and described (when a change takes effect), usable with the
// keyboard, applied as settings (the event log tells each), and axe-core
// finds no violation with the panel open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { root, useApp } from './browser.mjs';

const axe = fs.readFileSync(path.join(root, '.tools/node_modules/axe-core/axe.min.js'), 'utf8');
const app = useApp();

/** The text an element's aria-describedby points to. */
const description = (locator) => locator.evaluate((e) => (e.getAttribute('aria-describedby') ?? '').split(' ')
  .map((id) => document.getElementById(id)?.textContent ?? '').join(' '));

test('congestion control and SACK are set per side from Settings, with the keyboard, and say when they apply', async () => {
  const context = await app.browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.base);
  await page.getByTestId('client-state').waitFor();
  await page.locator('details.settings > summary').click();
  const group = page.getByRole('group', { name: 'Congestion control and SACK' });
  await group.waitFor();
  const cc = group.getByRole('combobox', { name: "Client's congestion control" });
  const sack = group.getByRole('checkbox', { name: 'Client offers SACK' });
  assert.equal(await cc.inputValue(), 'off');
  assert.equal(await sack.isChecked(), false);
  assert.match(await description(cc), /A change takes effect at once: switched on during a connection, it starts from the initial window/);
  assert.match(await description(sack), /switching it on applies to the next connection; switching it off stops it at once/);
  // With the keyboard only: the list, the box, then Apply.
  await cc.focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await cc.inputValue(), 'reno');
  await sack.focus();
  await page.keyboard.press('Space');
  assert.equal(await sack.isChecked(), true);
  await page.getByRole('button', { name: 'Apply' }).focus();
  await page.keyboard.press('Enter');
  const log = page.locator('.log');
  await log.getByText('the client now runs Reno congestion control (RFC 5681)').waitFor();
  await log.getByText("the client's SYNs now offer SACK (RFC 2018)").waitFor();
  // The server's are its own, untouched.
  assert.equal(await log.getByText(/the server now runs|the server's SYNs/).count(), 0);
  assert.equal(await group.getByRole('combobox', { name: "Server's congestion control" }).inputValue(), 'off');
  // The controls show what is in force now.
  assert.equal(await cc.inputValue(), 'reno');
  assert.equal(await sack.isChecked(), true);
  // Applying again with nothing changed logs nothing more.
  await page.getByRole('button', { name: 'Apply' }).click();
  await cc.selectOption('cubic');
  await page.getByRole('button', { name: 'Apply' }).click();
  await log.getByText('the client now runs CUBIC congestion control (RFC 9438)').waitFor();
  assert.equal(await log.getByText('the client now runs Reno congestion control (RFC 5681)').count(), 1);
  assert.equal(await log.getByText("the client's SYNs now offer SACK (RFC 2018)").count(), 1);
  await page.evaluate(axe);
  const violations = await page.evaluate(async () => (await globalThis.axe.run(document)).violations
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`));
  assert.deepEqual(violations, []);
  const sizes = await page.locator('.settings label, .settings legend, .settings p, .settings option').evaluateAll(
    (es) => es.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  assert.ok(sizes.every((s) => s >= 12), sizes.join(' '));
  assert.deepEqual(errors, []);
  await context.close();
});
