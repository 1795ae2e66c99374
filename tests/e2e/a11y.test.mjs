// Accessibility: axe-core finds no violation of any impact in the states a
// student meets, at a phone's and a laptop's width, in two languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { root, useApp } from './browser.mjs';

const axe = fs.readFileSync(path.join(root, '.tools/node_modules/axe-core/axe.min.js'), 'utf8');

const app = useApp();

// axe is injected past the page's Content-Security-Policy (it forbids
// scripts that are not the app's own, as it should).
async function violations(page) {
  await page.evaluate(axe);
  return page.evaluate(async () => (await globalThis.axe.run(document)).violations
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`));
}

for (const [width, lang, colorScheme, large] of [[1366, 'en', 'light'], [375, 'zh-CN', 'light'],
  [1366, 'es', 'dark'], [768, 'en', 'dark', 'large text']]) {
  test(`no axe violation at ${width} px in ${lang}, ${colorScheme}${large ? `, ${large}` : ''}`, async () => {
    const context = await app.browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true, colorScheme });
    const page = await context.newPage();
    await page.goto(`${app.base}?lang=${lang}`);
    await page.locator(`html[lang=${lang}]`).waitFor();
    if (large) await page.locator('button.text-size').click();
    const found = [];
    const check = async (state) => { for (const v of await violations(page)) found.push(`${state}: ${v}`); };
    await check('first screen');
    await page.locator('section.endpoint.server .app-calls button').first().click();
    await page.locator('section.endpoint.client .app-calls button').nth(1).click();
    await page.locator('[data-testid=in-flight] .flight-actions button').first().click();
    await page.locator('.log li button').filter({ hasText: '§3.10.7.2' }).first().click();
    await page.locator('[data-testid=rule-entry]').waitFor();
    await check('mid-handshake with a rule open');
    await page.getByRole('tab').nth(1).click();
    await check('state diagram');
    await page.getByRole('tab').nth(0).click();
    await page.getByTestId('lesson-menu').selectOption({ index: 1 });
    await page.locator('section.lesson').waitFor();
    await check('lesson');
    const challenge = await page.getByTestId('lesson-menu').locator('optgroup').nth(1).locator('option').first().getAttribute('value');
    await page.getByTestId('lesson-menu').selectOption(challenge);
    await page.locator('section.lesson.challenge').waitFor();
    await check('challenge');
    await page.screenshot({ path: path.join(root, 'test-artifacts', `a11y-${width}-${lang}-${colorScheme}${large ? '-large' : ''}.png`), fullPage: true });
    assert.deepEqual(found, []);
    await context.close();
  });
}

for (const [width, lang, colorScheme] of [[1366, 'en', 'light'], [375, 'zh-CN', 'dark']]) {
  test(`no axe violation in "Write a lesson" at ${width} px in ${lang}, ${colorScheme}`, async () => {
    const context = await app.browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true, colorScheme });
    const page = await context.newPage();
    await page.goto(`${app.base}editor.html?lang=${lang}`);
    await page.locator(`html[lang=${lang}]`).waitFor();
    const text = page.getByTestId('editor-text');
    await text.waitFor();
    const found = [];
    const check = async (state) => { for (const v of await violations(page)) found.push(`${state}: ${v}`); };
    await check('the starter lesson');
    await text.fill('server listen\nexpect server LISTEN\nexpect client LISTEN\nclient conect\n');
    await check('a parse error');
    // The rule ids offered as one is typed, and a parent= that is not an origin.
    await text.press('Control+End');
    await page.keyboard.type('expect client rule "time-');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await page.locator('input[placeholder="https://moodle.your.school"]').fill('moodle.your.school');
    await page.getByTestId('parent-wrong').waitFor();
    await check('rule ids offered, parent= wrong');
    await text.fill('server listen\nexpect server LISTEN\nexpect client LISTEN\n');
    await page.locator('.editor-tools button.primary').click();
    await page.getByTestId('check-results').locator('li').nth(1).waitFor();
    await check('check results, one failed');
    await page.screenshot({ path: path.join(root, 'test-artifacts', `a11y-editor-${width}-${lang}-${colorScheme}.png`), fullPage: true });
    assert.deepEqual(found, []);
    await context.close();
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`no axe violation in the notes on real stacks, ${colorScheme}`, async () => {
    const context = await app.browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true, colorScheme });
    const page = await context.newPage();
    await page.goto(`${app.base}real-stacks.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

test('no axe violation in the question asked when the storage is full, in es', async () => {
  const zlib = await import('node:zlib');
  const link = `${app.base}?lang=es#s=${zlib.deflateRawSync(Buffer.from('client listen\n')).toString('base64url')}`;
  const context = await app.browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${app.base}?lang=es`);
  // A saved session longer than the room left in the storage.
  await page.evaluate(() => {
    localStorage.setItem('tcp-playground/session/v1', 'server listen\n' + 'advance 1ms\n'.repeat(100));
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler${i}`, chunk); } catch { if (chunk.length <= 1) break; chunk = chunk.slice(chunk.length / 2); }
    }
    localStorage.setItem('filler0', localStorage.getItem('filler0').slice(300));
  });
  await page.goto('about:blank');
  await page.goto(link);
  await page.getByTestId('client-state').filter({ hasText: /^LISTEN$/ }).waitFor();
  await page.locator('section.endpoint.server .app-calls button').first().click();
  await page.getByTestId('storage-full').getByRole('alert').filter({ hasText: /almacenamiento/ }).waitFor();
  assert.deepEqual(await violations(page), []);
  await page.screenshot({ path: path.join(root, 'test-artifacts', 'a11y-storage-full-375-es.png') });
  await context.close();
});
