// The fill-in ladder and questions on paper: a lesson's `blank` lines are
// boxes on the ladder that a student fills in with the keyboard alone,
// right and wrong, checked against the engine and listed in the score and
// review (a share link keeps them); the printed worksheet has each step's
// questions and empty boxes on the ladder, and no answers; axe-core finds
// no violation with a blank open; with questions open the lesson panel
// leaves the ladder in view at 1366x768, and still works at 375 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { root, launch } from './browser.mjs';

// Both lessons show real numbers (`numbering real`, written last so that
// the lines the tests name stay put).
const LESSON = `title "Fill in"
set client.isn 1000
set server.isn 5000
server listen
say "The client connects."
blank client seq
client connect
say "The SYN arrives; the server answers."
blank server seq
blank server ack
deliver
say "The rest."
run
numbering real
`;

// A step with three questions, one of them multiple-choice, as the
// bundled lessons ask them.
const QUIZ = `title "Quiz"
set client.isn 1000
set server.isn 5000
server listen
client connect
say "The SYN arrives."
ask server state
ask server sends flags
ask "What acknowledgment number will the server's SYN,ACK carry?" answer 2
ask es "¿Qué número de confirmación llevará el SYN,ACK del servidor?"
choice "1000: the client's ISS"
choice es "1000: el ISS del cliente"
choice "1001: the client's SYN takes up one number"
choice es "1001: el SYN del cliente ocupa un número"
choice "5000: the server's own ISS"
choice es "5000: el ISS del propio servidor"
blank server ack
deliver
say "The SYN,ACK arrives."
ask client state
ask client sends ack
deliver
numbering real
`;

const axe = fs.readFileSync(path.join(root, '.tools/node_modules/axe-core/axe.min.js'), 'utf8');
let server, browser, base;

before(async () => {
  server = await serve(path.join(root, 'dist'), {
    pages: {
      '/lessons/fill.scn': { type: 'text/plain; charset=utf-8', body: LESSON },
      '/lessons/quiz.scn': { type: 'text/plain; charset=utf-8', body: QUIZ },
    },
  });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

async function fresh(viewport = { width: 1366, height: 900 }, locale = 'en-US') {
  const context = await browser.newContext({ viewport, locale, bypassCSP: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

const bar = (p) => p.getByRole('region', { name: 'Lesson' });

/** Presses Tab until `found` holds for the focused element (at most 150 presses). */
async function tabTo(page, found, what) {
  for (let i = 0; i < 150; i++) {
    if (await page.evaluate(found)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}`);
}
const onBlank = () => document.activeElement?.closest('[data-testid=blank]') !== null;
const onNext = () => document.activeElement?.textContent === 'Next step ▸';

test('a student fills in the ladder\'s blanks with the keyboard alone, right and wrong, and sees them in the score and review', async () => {
  const page = await fresh();
  await page.goto(`${base}?lesson=lessons/fill.scn`);
  const next = bar(page).getByRole('button', { name: 'Next step ▸' });
  await next.waitFor();
  await next.focus();
  await page.keyboard.press('Enter');
  // The SYN's sequence number is a box on the ladder, not a number.
  const blank = page.getByTestId('blank');
  await blank.first().waitFor();
  assert.equal(await blank.count(), 1);
  const ladder = page.getByRole('region', { name: /^Ladder diagram/ });
  assert.equal(await ladder.locator('rect.blank-box').count(), 1);
  assert.doesNotMatch(await ladder.locator('svg').textContent(), /seq=1000/);
  await tabTo(page, onBlank, 'the blank');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')),
    'Blank on the ladder: the sequence number (SEG.SEQ) the client sent — Number (real, as on screen):');
  // Not a number: said, and nothing is counted.
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').getByText('Type a number (digits only), then Enter.').waitFor();
  // Wrong: the box shows the engine's value, marked wrong.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('999');
  await page.keyboard.press('Enter');
  const filled = page.getByTestId('blank-filled');
  await filled.first().waitFor();
  assert.match(await filled.first().textContent(), /✗1000.*not quite: you wrote 999 .*; it is 1000/);

  await tabTo(page, onNext, 'Next step');
  await page.keyboard.press('Enter');
  await page.getByTestId('blank').nth(1).waitFor();
  for (const typed of ['5000', '1001']) {
    await tabTo(page, onBlank, 'a blank');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=blank-filled].right').length === 2);
  assert.equal(await page.getByTestId('blank').count(), 0);

  // A share link keeps the answers.
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();

  await tabTo(page, onNext, 'Next step');
  await page.keyboard.press('Enter');
  const score = bar(page).getByRole('region', { name: 'Your score' });
  await score.getByText('2 of 3 questions right at the first try (3 in the lesson).').waitFor();
  const review = score.getByRole('listitem');
  assert.equal(await review.count(), 3);
  assert.match(await review.nth(0).textContent(),
    /Blank on the ladder: the sequence number \(SEG\.SEQ\) the client sent.*✗ Not quite\. You answered: 999 .*— What happened: 1000/);
  assert.match(await review.nth(2).textContent(), /acknowledgment number \(SEG\.ACK\) the server sent.*✓ Right\. You answered: 1001/);
  assert.deepEqual(page.errors, []);

  const other = await fresh();
  await other.goto(link);
  await other.getByTestId('blank-filled').nth(2).waitFor();
  assert.equal(await other.locator('[data-testid=blank-filled].wrong').count(), 1);
  await bar(other).getByRole('button', { name: 'Next step ▸' }).click();
  await bar(other).getByRole('region', { name: 'Your score' })
    .getByText('2 of 3 questions right at the first try (3 in the lesson).').waitFor();
  await other.context().close();
  await page.context().close();
});

test('printed, the worksheet has each step\'s questions with boxes to tick and the ladder\'s blanks as empty boxes, and no answers', async () => {
  const page = await fresh({ width: 718, height: 900 });
  await page.goto(`${base}?lesson=lessons/quiz.scn`);
  const form = bar(page).getByRole('form', { name: 'Predict before the next step runs' });
  await form.getByRole('radio', { name: /1001/ }).check();
  await form.getByRole('combobox').selectOption('SYN-RECEIVED');
  await form.getByRole('button', { name: 'Answer and run the step ▸' }).click();
  await page.getByTestId('blank').waitFor();
  await page.getByTestId('blank').locator('input').fill('1001');
  await page.getByTestId('blank').locator('input').press('Enter');
  await page.getByTestId('blank-filled').waitFor();

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.locator('[data-testid="ladder-print"] svg.ladder-band').first().waitFor();
  const sheet = page.getByTestId('worksheet-steps');
  // The step's three questions, in the student's language, before its
  // narration; then the coming step's two, without its narration.
  const questions = sheet.getByTestId('worksheet-question');
  assert.equal(await questions.count(), 5);
  assert.equal(await sheet.locator(':scope > li').count(), 2);
  assert.match(await sheet.locator(':scope > li').nth(1).textContent(), /^Step 2What state will the client be in/);
  assert.match(await questions.nth(0).textContent(), /What state will the server be in/);
  assert.match(await questions.nth(2).textContent(), /What acknowledgment number will the server's SYN,ACK carry\?/);
  // Choices with boxes to tick; predictions with a line to write on.
  assert.equal(await questions.nth(2).locator('.ws-tick').count(), 3);
  assert.ok(await questions.nth(0).locator('.ws-line').isVisible());
  assert.match(await sheet.locator('li').first().textContent(), /The SYN arrives\./);
  // The blank is an empty box on the printed ladder, its number left out.
  const bands = page.locator('[data-testid="ladder-print"] svg.ladder-band');
  assert.equal(await bands.locator('rect.blank-box').count(), 1);
  const drawn = (await bands.allTextContents()).join(' ');
  assert.match(drawn, /SYN,ACK seq=5000 ack=\u00a0/);
  // No answer key: no score, review, results or filled-in box.
  for (const id of ['quiz-results', 'quiz-score', 'blank-filled', 'fill-in']) {
    assert.equal(await page.getByTestId(id).isVisible(), false, `${id} printed`);
  }
  assert.equal(await page.getByText(/What happened|You answered|✓|✗/).filter({ visible: true }).count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('with a blank open, axe-core finds no violation, at 375 px in Spanish too', async () => {
  for (const [width, lang] of [[1366, 'en'], [375, 'es']]) {
    const page = await fresh({ width, height: 800 });
    await page.goto(`${base}?lesson=lessons/fill.scn&lang=${lang}`);
    await page.locator(`html[lang=${lang}]`).waitFor();
    const lesson = page.locator('section.lesson');
    await lesson.locator('.buttons button.primary').click();
    await page.getByTestId('blank').waitFor();
    // One filled in wrong beside one open.
    await lesson.locator('.buttons button.primary').click();
    await page.getByTestId('blank').nth(1).waitFor();
    await page.getByTestId('blank').first().locator('input').fill('1');
    await page.getByTestId('blank').first().locator('input').press('Enter');
    await page.getByTestId('blank-filled').first().waitFor();
    await page.evaluate(axe);
    const found = await page.evaluate(async () => (await globalThis.axe.run(document)).violations
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`));
    assert.deepEqual(found, [], `${width} px, ${lang}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('with questions open at 1366x768 the ladder stays in view, after answering too; at 375 px they are answered all the same', async () => {
  const page = await fresh({ width: 1366, height: 768 });
  await page.goto(`${base}?lesson=lessons/quiz.scn`);
  const form = bar(page).getByRole('form', { name: 'Predict before the next step runs' });
  await form.getByRole('radio', { name: /1001/ }).waitFor();
  // The choices sit in one row.
  const tops = await form.getByRole('radio').evaluateAll((r) => r.map((e) => Math.round(e.getBoundingClientRect().top)));
  assert.equal(new Set(tops).size, 1, `choices on rows ${tops}`);
  // Answered: what happened beside each answer, and the next step's
  // questions, with the ladder still on the first screen.
  await form.getByRole('radio', { name: /1001/ }).check();
  await form.getByRole('combobox').selectOption('SYN-RECEIVED');
  await form.getByRole('checkbox', { name: 'SYN' }).check();
  await form.getByRole('button', { name: 'Answer and run the step ▸' }).click();
  await bar(page).getByTestId('quiz-results').waitFor();
  await form.getByRole('textbox').waitFor();
  const ladder = page.getByRole('region', { name: /^Ladder diagram/ });
  const box = await ladder.boundingBox();
  const seen = Math.min(box.y + box.height, 768) - box.y;
  assert.ok(seen >= 150, `${Math.round(seen)} px of the ladder in view (top at ${Math.round(box.y)})`);
  // The rule is one click away, and whole once opened.
  const why = bar(page).getByTestId('quiz-results').locator('summary').first();
  await why.click();
  await bar(page).getByTestId('quiz-results').getByText(/RFC 9293 §3\.10\.7\.2/).first().waitFor();
  await page.context().close();

  const phone = await fresh({ width: 375, height: 667 }, 'es-ES');
  await phone.goto(`${base}?lesson=lessons/quiz.scn&lang=es`);
  const pform = phone.locator('section.lesson .quiz');
  await pform.getByRole('radio', { name: /1001/ }).check();
  await pform.locator('select').selectOption('SYN-RECEIVED');
  await pform.getByRole('checkbox', { name: 'SYN' }).check();
  await pform.getByRole('checkbox', { name: 'ACK' }).check();
  await pform.locator('button[type=submit]').click();
  await phone.getByTestId('quiz-results').getByText(/Correcto/).first().waitFor();
  const wide = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 375, `the page is ${wide} px wide at 375`);
  assert.deepEqual(phone.errors, []);
  await phone.context().close();
});
