// The printed worksheet: a teacher's lesson printed to PDF on A4 gives
// every step's narration so far, ruled space to write, a colour key that
// keeps its colours, and the ladder in bands that a page break never cuts
// through an arrow; no buttons, failed checks or "keep experimenting".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { root, launch } from './browser.mjs';

// A4 at 96 px to the inch, less 10 mm margins: what page.pdf() lays out.
const MM = 96 / 25.4;
const MARGIN = 10;
const PRINT_WIDTH = Math.floor((210 - 2 * MARGIN) * MM);
const PAGE_HEIGHT = Math.floor((297 - 2 * MARGIN) * MM);

// A conversation long enough for the ladder to need several pages, and a
// check that fails on purpose (the server is in CLOSE-WAIT at the end).
const turns = Array.from({ length: 9 }, (_, i) => (i % 2 === 0
  ? `say "Turn ${i + 1}: the client asks."\nclient send "question ${i + 1}"\nrun\n`
  : `say "Turn ${i + 1}: the server answers."\nserver send "answer ${i + 1}"\nrun\n`)).join('');
const LESSON = `title "Week 6: a conversation"
set client.isn 1000
set server.isn 5000
say "The server listens."
server listen
say "The client connects."
client connect
run
${turns}say "The client closes."
client close
run
expect server ESTABLISHED
`;
const STEPS = [...LESSON.matchAll(/^say "(.*)"$/gm)].map((m) => m[1]);

let server, browser, base;
before(async () => {
  server = await serve(path.join(root, 'dist'), {
    pages: { '/lessons/week6.scn': { type: 'text/plain; charset=utf-8', body: LESSON } },
  });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

test('printed, a lesson is a worksheet: every step so far, room to write, and a ladder no page break cuts', async () => {
  const page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 900 } });
  await page.goto(`${base}?lesson=lessons/week6.scn`);
  const bar = page.getByRole('region', { name: 'Lesson' });
  const next = bar.getByRole('button', { name: 'Next step ▸' });
  for (let step = 1; step <= STEPS.length; step++) {
    await next.click();
    await bar.getByText(`Step ${step} of ${STEPS.length}`).waitFor();
  }
  await bar.getByTestId('lesson-checks').getByText('1 failed', { exact: false }).waitFor();

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const bands = page.locator('[data-testid="ladder-print"] svg.ladder-band');
  await bands.first().waitFor();

  // Every step's narration so far, in order.
  const said = await page.getByTestId('worksheet-steps').locator('li').allInnerTexts();
  assert.deepEqual(said, STEPS);
  // Ruled space to write after it.
  assert.ok(await page.locator('.write-here').isVisible(), 'room to write');
  // No buttons, failed checks or "keep experimenting".
  assert.equal(await page.locator('button:visible').count(), 0, 'no buttons');
  assert.equal(await page.getByTestId('lesson-checks').isVisible(), false, 'no failed checks');
  assert.equal(await page.getByText(/keep experimenting/).isVisible(), false);
  // The colour key keeps its colours on paper.
  const swatches = page.locator('.sp-legend .sw');
  assert.ok(await swatches.count() > 0, 'a colour key');
  assert.equal(await swatches.first().evaluate((e) => getComputedStyle(e).printColorAdjust), 'exact');

  // The ladder: each band kept whole, within a page, at the page's width;
  // each arrow inside its band, so no page break falls through one.
  const measured = await page.evaluate(() => [...document.querySelectorAll('svg.ladder-band')].map((band) => {
    const box = band.getBoundingClientRect();
    const arrows = [...band.querySelectorAll('line.seg')].map((line) => line.getBoundingClientRect());
    return {
      top: box.top, bottom: box.bottom, width: box.width,
      breakInside: getComputedStyle(band).breakInside,
      outside: arrows.filter((a) => a.top < box.top - 0.5 || a.bottom > box.bottom + 0.5).length,
      arrows: arrows.length,
      // Drawn as on screen: a stroke, and the monospace its layout measured.
      stroked: [...band.querySelectorAll('line.seg')].every((l) => getComputedStyle(l).stroke !== 'none'),
      mono: [...band.querySelectorAll('text')].every((t) => /mono/i.test(getComputedStyle(t).fontFamily)),
    };
  }));
  const ladderWidth = await page.getByTestId('ladder-print').evaluate((e) => e.getBoundingClientRect().width);
  assert.ok(ladderWidth <= PRINT_WIDTH, 'the ladder fits the page');
  assert.ok(measured.length > 10, `${measured.length} bands`);
  const arrows = measured.reduce((n, b) => n + b.arrows, 0);
  assert.ok(arrows >= 20, `${arrows} arrows drawn`);
  let height = 0;
  for (const band of measured) {
    assert.equal(band.breakInside, 'avoid');
    assert.ok(band.stroked && band.mono, 'the ladder is styled as on screen');
    assert.equal(band.outside, 0, 'an arrow crosses its band\'s edge');
    assert.ok(band.bottom - band.top <= PAGE_HEIGHT, `a band of ${band.bottom - band.top} px is taller than a page`);
    assert.ok(Math.abs(band.width - ladderWidth) < 2, 'drawn to the page\'s width');
    height += band.bottom - band.top;
  }
  // Bands follow one another with nothing between them: a break between
  // two bands is a break between two rows.
  for (let i = 1; i < measured.length; i++) assert.ok(Math.abs(measured[i].top - measured[i - 1].bottom) < 1);
  assert.ok(height > PAGE_HEIGHT, 'the ladder needs more than one page');

  // Printed to PDF, as a teacher's browser would; the pages are kept for
  // a person to look at (test-artifacts/worksheet.pdf).
  const pdf = await page.pdf({ format: 'A4', margin: { top: `${MARGIN}mm`, bottom: `${MARGIN}mm`, left: `${MARGIN}mm`, right: `${MARGIN}mm` } });
  fs.mkdirSync(path.join(root, 'test-artifacts'), { recursive: true });
  fs.writeFileSync(path.join(root, 'test-artifacts/worksheet.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 2, `${pages} pages`);
  await page.close();
});
