// Questions in lessons: the student predicts before a step runs, right and
// wrong, sees what happened beside each answer with the rule, and at the
// end the score and a review; a reload and a share link keep the answers;
// the questions are answered with the keyboard alone; axe-core finds no
// violation with a question open.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
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
ask es "¿Quién pasa primero a ESTABLISHED?"
choice "The client"
choice es "El cliente"
choice "The server"
choice es "El servidor"
deliver
say "The ACK arrives: the server is ESTABLISHED too."
deliver
`;

const axe = fs.readFileSync(path.join(root, '.tools/node_modules/axe-core/axe.min.js'), 'utf8');
let server, browser, context, page, base;

before(async () => {
  server = await serve(path.join(root, 'dist'), {
    pages: { '/lessons/quiz.scn': { type: 'text/plain; charset=utf-8', body: LESSON } },
  });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US', bypassCSP: true });
  page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
});

const bar = (p = page) => p.getByRole('region', { name: 'Lesson' });
const form = (p = page) => bar(p).getByRole('form', { name: 'Predict before the next step runs' });
const answer = (p = page) => form(p).getByRole('button', { name: 'Answer and run the step ▸' }).click();

async function open(p = page, url = `${base}?lesson=lessons/quiz.scn`) {
  await p.goto('about:blank');
  await p.goto(url);
  await form(p).getByText('Which flags will the next segment the client sends carry?').waitFor();
}

/// Step 1 right (SYN), step 2 half right (the state; an ACK number off by one).
async function answerTwoSteps(p = page) {
  await form(p).getByRole('checkbox', { name: 'SYN' }).check();
  await answer(p);
  await bar(p).getByTestId('quiz-results').getByText('✓ Right.').waitFor();
  await form(p).getByRole('combobox').selectOption('SYN-RECEIVED');
  await form(p).getByRole('textbox').fill('1002');
  await answer(p);
  const results = bar(p).getByTestId('quiz-results');
  await results.getByText('✗ Not quite.').waitFor();
  assert.match(await results.textContent(), /You answered: 1002 — What happened: 1001/);
}

/// The rest, and the score at the end.
async function finish(p = page) {
  await form(p).getByRole('radio', { name: 'The server' }).check();
  await answer(p);
  await bar(p).getByTestId('quiz-results').getByText('✗ Not quite.').waitFor();
  await bar(p).getByRole('button', { name: 'Next step ▸' }).click();
  return bar(p).getByRole('region', { name: 'Your score' });
}

test('answered right and wrong, each step shows what happened with the rule; the end shows the score and a review', async () => {
  await open();
  // The narration would give the answer away: it waits for the step.
  assert.equal(await bar().locator('.preview').count(), 0);
  await answerTwoSteps();
  const results = bar().getByTestId('quiz-results');
  assert.match(await results.textContent(), /Why:.*listen-syn/);
  await bar().getByText('The SYN arrives: the server answers SYN,ACK.').waitFor();
  const score = await finish();
  await score.getByText('2 of 4 questions right at the first try (4 in the lesson).').waitFor();
  const review = score.getByRole('listitem');
  assert.equal(await review.count(), 4);
  assert.match(await review.nth(0).textContent(), /Which flags.*✓ Right\. You answered: SYN/);
  assert.match(await review.nth(3).textContent(), /Who is ESTABLISHED first\?.*You answered: The server — What happened: The client/);
  assert.deepEqual(page.errors, []);
});

test('an answer missing is named by its question, and a number that is not one says so', async () => {
  await open();
  await form().getByRole('checkbox', { name: 'SYN' }).check();
  await answer();
  await bar().getByTestId('quiz-results').getByText('✓ Right.').waitFor();
  // Nothing chosen for the state (question 1 of this step): no word of numbers.
  await answer();
  await form().getByRole('alert').filter({ hasText: /^Question 1 has no answer yet\.$/ }).waitFor();
  await form().getByRole('combobox').selectOption('SYN-RECEIVED');
  await form().getByRole('textbox').fill('one thousand');
  await answer();
  await form().getByRole('alert')
    .filter({ hasText: /^Question 2: “one thousand” is not a number\. Write it with digits only \(0–9\)\.$/ }).waitFor();
  // The step has not run: the questions are still asked.
  assert.equal(await bar().getByTestId('quiz-results').getByText('✗ Not quite.').count(), 0);
  await form().getByRole('textbox').fill('1001');
  await answer();
  await bar().getByTestId('quiz-results').getByText(/You answered: 1001/).waitFor();
  assert.deepEqual(page.errors, []);
});

test('a reload and a share link keep the answers given', async () => {
  // Opened as a file (a lesson opened by its address saves nothing).
  await page.goto(base);
  await page.locator('input[type=file]').setInputFiles({ name: 'quiz.scn', mimeType: 'text/plain', buffer: Buffer.from(LESSON) });
  await form().getByText('Which flags will the next segment the client sends carry?').waitFor();
  await answerTwoSteps();
  // The session is saved as the student acts; a reload resumes the lesson.
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => /hints 0 answer \d+ SYN SYN/.test(localStorage.getItem(k) ?? '')));
  await page.reload();
  await form().getByRole('radio', { name: 'The server' }).waitFor();
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  const score = await finish();
  await score.getByText('2 of 4 questions right at the first try (4 in the lesson).').waitFor();

  const other = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await other.goto(link);
  const shared = await finish(other);
  await shared.getByText('2 of 4 questions right at the first try (4 in the lesson).').waitFor();
  assert.equal(await shared.getByRole('listitem').count(), 4);
  assert.deepEqual(page.errors, []);
});

test('questions are answered with the keyboard alone, the focus following the steps', async () => {
  await open();
  // The page's first Tab stop leads to the lesson, and Tab goes on in it.
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the lesson');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Lesson');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.activeElement?.closest('section.lesson') !== null);
  await form().getByRole('checkbox', { name: 'SYN' }).focus();
  await page.keyboard.press('Space');
  // SYN, then ACK, FIN, RST, then the form's button.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // The next step's first question takes the focus.
  await page.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await form().getByRole('combobox').inputValue(), 'SYN-RECEIVED');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1001');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.type === 'radio');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Next step ▸');
  await page.keyboard.press('Enter');
  const score = bar().getByRole('region', { name: 'Your score' });
  await score.getByText('4 of 4 questions right at the first try (4 in the lesson).').waitFor();
  assert.deepEqual(page.errors, []);
});

test('with a question open, axe-core finds no violation, at 375 px in Spanish too', async () => {
  for (const [width, lang] of [[1366, 'en'], [375, 'es']]) {
    const p = await (await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true })).newPage();
    await p.goto(`${base}?lesson=lessons/quiz.scn&lang=${lang}`);
    await p.locator(`html[lang=${lang}]`).waitFor();
    await p.locator('section.lesson .quiz fieldset').first().waitFor();
    await p.locator('section.lesson .quiz input[type=checkbox]').first().check();
    await p.locator('section.lesson .quiz button[type=submit]').click();
    await p.locator('section.lesson [data-testid=quiz-results]').waitFor();
    await p.locator('section.lesson .quiz select').waitFor();
    await p.evaluate(axe);
    const found = await p.evaluate(async () => (await globalThis.axe.run(document)).violations
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`));
    assert.deepEqual(found, [], `${width} px, ${lang}`);
    // The teacher's own translation is read in the student's language.
    if (lang === 'es') {
      await p.locator('section.lesson .quiz select').selectOption('SYN-RECEIVED');
      await p.locator('section.lesson .quiz input[inputmode=numeric]').fill('1001');
      await p.locator('section.lesson .quiz button[type=submit]').click();
      await p.locator('section.lesson .quiz [lang=es]').getByText('¿Quién pasa primero a ESTABLISHED?').waitFor();
    }
  }
});
