// Teachers' own lessons: a lesson file served beside the app, a lesson
// carried whole in the address, the editor, share links that keep the
// lesson, messages to the course page, offline use, bad addresses, a page
// opened from disk, and the printed worksheet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from './serve.mjs';
import { root, launch } from './browser.mjs';

const APP = '/courses/tcp/';

// A teacher's lesson: narration, a check that holds and one that does not.
const WEEK5 = `title "Week 5: opening"
say "The server listens."
server listen
expect server LISTEN
say "The client connects and the handshake runs."
client connect
run
expect client ESTABLISHED
expect server CLOSED
`;

const course = (src, [width, height] = [800, 600]) => `<!doctype html><html lang="en"><head><title>Course</title><link rel="icon" href="data:,"></head><body>
<h1>Networks, week 5</h1>
<iframe id="tcp" src="${src}" width="${width}" height="${height}" style="border:0" title="TCP Playground"></iframe>
<script src="/listen.js"></script></body></html>`;

let server, browser, base, origin;
before(async () => {
  const text = (body) => ({ type: 'text/plain; charset=utf-8', body });
  server = await serve(path.join(root, 'dist'), {
    prefix: APP,
    pages: {
      '/listen.js': { type: 'text/javascript', body: `window.received = [];
        window.addEventListener('message', (e) => { if (e.data && e.data.source === 'tcp-playground') window.received.push(e.data); });` },
      [`${APP}lessons/week5.scn`]: text(WEEK5),
      [`${APP}lessons/broken.scn`]: text('title "Broken"\nserver listen\nclient conect\n'),
      [`${APP}lessons/solved.scn`]: text('title "Connect"\nserver listen\nsay "Connect the client."\ngoal client ESTABLISHED\nclient connect\nrun\nexpect goal\n'),
      [`${APP}lessons/huge.scn`]: text('# filler\n'.repeat(500_000)),
      '/blank.html': '<!doctype html><html lang="en"><head><title>Blank</title><link rel="icon" href="data:,"></head><body><script src="/listen.js"></script></body></html>',
    },
  });
  origin = `http://127.0.0.1:${server.address().port}`;
  base = `${origin}${APP}`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

/** A course page that embeds `src`, served at `/course-N.html`. */
let pages = 0;
async function coursePage(src, options = {}, frame = [800, 600]) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, ...options });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/blank.html`);
  await page.evaluate(([html]) => { document.open(); document.write(html); document.close(); }, [course(src, frame)]);
  pages += 1;
  return { page, app: page.frameLocator('#tcp'), errors };
}

test('a lesson served beside the app runs in a course page, narrated and checked, telling the page its progress', async () => {
  const src = `${APP}?embed=1&lesson=lessons/week5.scn&id=week5-q1&parent=${encodeURIComponent(origin)}`;
  const { page, app, errors } = await coursePage(src);
  const bar = app.getByRole('region', { name: 'Lesson' });
  await bar.getByRole('heading', { name: /Week 5: opening/ }).waitFor();
  await bar.getByRole('button', { name: 'Next step ▸' }).click();
  await bar.getByText('The server listens.').waitFor();
  await bar.getByRole('button', { name: 'Next step ▸' }).click();
  await bar.getByText('The client connects and the handshake runs.').waitFor();
  // The checks stay on screen: one passed, and the one that failed as the
  // lesson's own expectation, without the line of a file the student never saw.
  const checks = bar.getByTestId('lesson-checks');
  await checks.getByText('Checks: 2 passed, 1 failed.').waitFor();
  await checks.getByText('The lesson expected the server in CLOSED here; it is ESTABLISHED.').waitFor();
  assert.doesNotMatch(await checks.innerText(), /Line|expected server CLOSED/);
  await page.waitForFunction(() => window.received.some((m) => m.type === 'lesson-finished'));
  const received = await page.evaluate(() => window.received);
  for (const m of received) assert.equal(m.id, 'week5-q1', JSON.stringify(m));
  const of = (type) => received.filter((m) => m.type === type);
  assert.equal(of('lesson-start')[0].lesson, 'lessons/week5.scn');
  assert.equal(of('lesson-start')[0].title, 'Week 5: opening');
  assert.deepEqual(of('lesson-step').map((m) => [m.step, m.steps]), [[1, 2], [2, 2]]);
  assert.deepEqual(of('check').map((m) => [m.line, m.passed]), [[4, true], [8, true], [9, false]]);
  assert.match(of('check')[2].message, /expected server CLOSED/);
  assert.equal(of('check')[2].text, 'expect server CLOSED');
  assert.deepEqual([of('lesson-finished')[0].passed, of('lesson-finished')[0].failed], [2, 1]);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(root, 'test-artifacts/teacher-lesson-by-url.png') });
});

test('a failed check reads in the student\'s language, with no line number', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}?lesson=lessons/week5.scn&lang=es`);
  const next = page.getByRole('button', { name: 'Siguiente paso ▸' });
  await next.click();
  await page.getByText('The server listens.').waitFor();
  await next.click();
  const checks = page.getByTestId('lesson-checks');
  await checks.getByText('La lección esperaba aquí el servidor en CLOSED; está en ESTABLISHED.').waitFor();
  assert.doesNotMatch(await checks.innerText(), /L[ií]nea|Line|expected/);
  await page.close();
});

test('messages go only to the origin named by parent=', async () => {
  const src = `${APP}?embed=1&lesson=lessons/week5.scn&parent=https://elsewhere.example`;
  const { page, app } = await coursePage(src);
  await app.getByRole('button', { name: 'Next step ▸' }).click();
  await app.getByText('The server listens.').waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.received), []);
});

test('at 800 x 600 an embedded challenge shows the task, both states and the ladder, and its completion where the student is', async () => {
  const { page, app } = await coursePage(`${APP}?embed=1&lesson=challenge-closing`, { viewport: { width: 820, height: 700 } });
  const frame = await (await page.locator('#tcp').elementHandle()).contentFrame();
  await app.getByText('Your task:').waitFor();
  // Within the iframe's 800 x 600, as the student sees it.
  const frameBox = await page.locator('#tcp').boundingBox();
  const inView = async (locator) => {
    const box = await locator.boundingBox();
    const [x, y] = [box.x - frameBox.x, box.y - frameBox.y];
    const seen = y >= 0 && y + Math.min(box.height, 40) <= 600 && x >= 0 && x + box.width <= 801;
    if (!seen) console.log('not in view', JSON.stringify({ x, y, w: box.width, h: box.height }));
    return seen;
  };
  for (const side of ['client', 'server']) {
    assert.ok(await inView(app.locator(`section.endpoint.${side} .state`)), `${side} state in view`);
  }
  assert.ok(await inView(app.getByRole('region', { name: 'Ladder diagram' })), 'ladder in view');
  assert.ok(await inView(app.getByText('Your task:')), 'task in view');
  assert.equal(await frame.evaluate(() => document.scrollingElement.scrollTop), 0);
  const click = (side, name) => app.locator(`section.endpoint.${side}`).getByRole('button', { name, exact: true }).click();
  await click('client', 'Close');
  await click('server', 'Close');
  await app.locator('[data-testid=in-flight]', { hasText: 'server → client' }).first().getByRole('button', { name: 'Deliver now' }).click();
  const done = app.getByRole('status').filter({ hasText: /is complete\. Well done!/ });
  await done.waitFor();
  assert.ok(await inView(done), 'the completion is in view after scrolling to the wire');
  await page.screenshot({ path: path.join(root, 'test-artifacts/teacher-embed-800x600.png') });
});

test('in a 688 px course column, a narrated lesson shows its narration, both states and the ladder at once', async () => {
  const { page, app } = await coursePage(`${APP}?embed=1&lesson=handshake`, { viewport: { width: 720, height: 700 } }, [688, 600]);
  await app.getByRole('button', { name: 'Next step ▸' }).click();
  await app.getByRole('button', { name: 'Next step ▸' }).click();
  const frameBox = await page.locator('#tcp').boundingBox();
  for (const what of [app.locator('section.lesson .narration'), app.locator('section.endpoint.client .state'),
    app.locator('section.endpoint.server .state'), app.getByRole('region', { name: 'Ladder diagram' })]) {
    const box = await what.boundingBox();
    const [x, y] = [box.x - frameBox.x, box.y - frameBox.y];
    assert.ok(y >= 0 && y + Math.min(box.height, 40) <= 600 && x >= 0 && x + box.width <= 689, JSON.stringify({ x, y, w: box.width }));
  }
  // The ladder's two timelines are both inside it.
  const ladder = await app.getByRole('region', { name: 'Ladder diagram' }).boundingBox();
  const server = await app.locator('.ladder-heads .server').boundingBox();
  assert.ok(server.x + server.width <= ladder.x + ladder.width, 'the server timeline fits');
  await page.screenshot({ path: path.join(root, 'test-artifacts/teacher-embed-688.png') });
});

test('an embed showing only the ladder gives it the whole frame', async () => {
  const { page, app } = await coursePage(`${APP}?embed=1&lesson=handshake&panels=ladder`);
  await app.getByRole('button', { name: 'Next step ▸' }).click();
  const frameBox = await page.locator('#tcp').boundingBox();
  const ladder = await app.getByRole('region', { name: 'Ladder diagram' }).boundingBox();
  assert.ok(ladder.x - frameBox.x < 40 && ladder.width > 700, JSON.stringify(ladder));
});

test('a challenge published with its solution after the goals does not solve itself', async () => {
  const { app } = await coursePage(`${APP}?embed=1&lesson=lessons/solved.scn`);
  await app.getByText('Your task:').waitFor();
  assert.equal(await app.getByRole('button', { name: 'Next step ▸' }).count(), 0);
  assert.equal(await app.locator('section.endpoint.client .state').innerText(), 'CLOSED');
  assert.equal(await app.getByTestId('challenge-complete').count(), 0);
});

test('the editor underlines a parse error where it is, lists passed and failed checks, and its embed code runs the lesson', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(`${base}editor.html`);
  const text = page.getByRole('textbox', { name: 'Lesson text' });
  await text.fill('title "Mine"\nserver listen\nclient conect\n');
  const status = page.getByTestId('editor-status');
  await status.getByText(/^Line 3, column 8: expected a call/).waitFor();
  assert.equal(await text.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('.mirror mark.error').innerText(), 'conect');
  assert.equal(await page.getByRole('button', { name: 'Check the whole lesson' }).isDisabled(), true);
  // Every line's mistake is marked, not only the first.
  await text.fill('server lisen\nclient connect\nclient conect\n');
  await status.getByText(/^Line 1, column 8: .*\(1 more line has a mistake/).waitFor();
  assert.deepEqual(await page.locator('.mirror mark.error').allInnerTexts(), ['lisen', 'conect']);
  await text.fill(WEEK5);
  await status.getByText('No errors: the lesson reads well.').waitFor();
  await page.getByRole('button', { name: 'Check the whole lesson' }).click();
  const results = page.getByTestId('check-results');
  await results.locator('li').nth(2).waitFor();
  // Brought into view, the last result too; the focus stays on the button.
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=check-results] li')].at(-1)
    .getBoundingClientRect().bottom <= innerHeight);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Check the whole lesson');
  const items = await results.locator('li').allInnerTexts();
  assert.equal(items.length, 3, items.join('\n'));
  assert.match(items[0], /Line 4 expect server LISTEN — passed/);
  assert.match(items[2], /Line 9 expect server CLOSED — failed: The lesson expected the server in CLOSED here; it is ESTABLISHED\./);
  assert.equal(await page.getByTestId('check-summary').innerText(), 'Checks: 2 passed, 1 failed.');
  // Going to a failed line selects it in the text.
  await results.getByRole('button', { name: 'Line 9' }).click();
  assert.equal(await text.evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd)), 'expect server CLOSED');
  // The results stay while the teacher edits, marked as from before.
  await text.press('End');
  await text.type('\n');
  assert.equal((await results.locator('li').allInnerTexts()).length, 3);
  await page.getByTestId('check-stale').waitFor();
  // Made at 127.0.0.1 (this test's server), the code names an address only
  // this computer opens, and the editor says so.
  assert.match(await page.getByTestId('embed-local').innerText(),
    /^This playground is open at http:\/\/127\.0\.0\.1:\d+, an address only this computer can open: your students could not load this code\./);
  // The embed code carries the whole lesson: it runs in a course page.
  await page.waitForFunction(() => document.querySelector('[data-testid=embed-code]').value.includes('Week%205') || document.querySelector('[data-testid=embed-code]').value.includes('Week 5'));
  const code = await page.getByTestId('embed-code').inputValue();
  const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.ok(src.includes('?embed=1#lesson-text='), src);
  const { app } = await coursePage(src.replace(origin, ''));
  await app.getByRole('button', { name: 'Next step ▸' }).click();
  await app.getByText('The server listens.').waitFor();
  // A file's address instead gives a short code.
  await page.getByLabel(/Address of your lesson file/).fill('lessons/week5.scn');
  await page.getByLabel(/A name for this iframe/).fill('week5');
  await page.waitForFunction(() => document.querySelector('[data-testid=embed-code]').value.includes('&amp;id=week5'));
  assert.match(await page.getByTestId('embed-code').inputValue(), /\?embed=1&amp;lesson=lessons\/week5\.scn&amp;id=week5"/);
  await page.screenshot({ path: path.join(root, 'test-artifacts/teacher-editor.png'), fullPage: true });
  // Try it: the playground opens the lesson.
  await page.getByRole('button', { name: 'Try it in the playground' }).click();
  await page.getByRole('region', { name: 'Lesson' }).getByRole('heading', { name: /Week 5: opening/ }).waitFor();
});

test('a share link made during a challenge reopens it at the same step, with its hints', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(`${base}?lesson=challenge-closing`);
  const bar = page.getByRole('region', { name: 'Challenge' });
  await bar.getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
  await page.locator('section.endpoint.client').getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  const again = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await again.goto(link);
  const reopened = again.getByRole('region', { name: 'Challenge' });
  await reopened.getByText('Get the client into the CLOSING state.').waitFor();
  assert.match(await reopened.locator('.hints').innerText(), /CLOSING means/);
  assert.ok(await reopened.getByRole('button', { name: 'Show a hint (2 of 3)' }).isVisible());
  assert.equal(await again.locator('section.endpoint.client .state').innerText(), 'FIN-WAIT-1');
});

test('every bad lesson address or text is named and the playground stays usable', async () => {
  const cases = [
    [`?lesson=lessons/missing.scn`, /lessons\/missing\.scn could not be loaded: the server answered 404/],
    [`?lesson=lessons/broken.scn`, /lessons\/broken\.scn could not be read: line 3, column 8: expected a call/],
    [`?lesson=lessons/huge.scn`, /lessons\/huge\.scn is larger than 4,?194,?304 bytes/],
    [`?lesson=https://elsewhere.example/a.scn`, /is not on this site/],
    [`?lesson=nosuchlesson`, /neither a bundled lesson nor a file path/],
    [`#lesson-text=%%%`, /The lesson in this link cannot be opened/],
  ];
  for (const [query, message] of cases) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}${query}`);
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
    await page.locator('section.endpoint.client').getByRole('button', { name: 'Connect', exact: true }).click();
    await page.locator('section.endpoint.client .state', { hasText: 'SYN-SENT' }).waitFor();
    assert.deepEqual(errors, [], query);
    await page.close();
  }
});

test('after one visit the playground and the lessons it loaded work offline', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}?lesson=lessons/week5.scn`);
  await page.getByRole('heading', { name: /Week 5: opening/ }).waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    // Until the worker controls the page and has kept what it loaded.
    for (let i = 0; i < 50 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 100));
    // The lesson, and the chunks that open and show it (fetched after it).
    const wanted = [/week5\.scn$/, /split_sessions-[0-9a-f]{8}\.wasm$/, /split_lesson_bar-[0-9a-f]{8}\.wasm$/];
    for (let i = 0; i < 100; i++) {
      const keys = await (await caches.open('tcp-playground')).keys();
      if (wanted.every((w) => keys.some((r) => w.test(r.url)))) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the lesson was not kept for offline use');
  });
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: /Week 5: opening/ }).waitFor();
  await page.getByRole('button', { name: 'Next step ▸' }).click();
  await page.getByText('The server listens.').waitFor();
  await context.setOffline(false);
  await context.close();
});

test('index.html opened from disk says how to serve it', async () => {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(path.join(root, 'dist/index.html')).href);
  const note = page.getByText(/opened from a file: browsers run it only from a web server/);
  await note.waitFor({ state: 'visible', timeout: 8000 });
  assert.match(await page.locator('body').innerText(), /python3 -m http\.server 8000/);
});

test('printed, the playground is a worksheet without buttons', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  await page.goto(`${base}?lesson=handshake`);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next step ▸' }).click();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.getByRole('button', { name: 'Next step ▸' }).isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Connect', exact: true }).first().isVisible(), false, 'no call buttons');
  assert.ok(await page.getByRole('region', { name: 'Ladder diagram' }).isVisible(), 'the ladder prints');
  // The lesson fixes its ISNs but sets no numbering: the student's own
  // (relative) is kept; the SYN,ACK's own sequence number is a blank the
  // lesson leaves to fill in.
  await page.locator('.ladder-band text', { hasText: /SYN,ACK seq=\u00a0+ ack=1 win=65535/ }).waitFor();
  assert.equal(await page.locator('.ladder-band rect.blank-box').count(), 2, 'the SYN\'s and the SYN,ACK\'s blanks');
  await page.screenshot({ path: path.join(root, 'test-artifacts/teacher-print.png'), fullPage: true });
});

test('an embedded lesson ends by pointing to the course page, not to a lesson menu it has no', async () => {
  const { app } = await coursePage(`${APP}?embed=1&lesson=handshake`);
  const next = app.getByRole('button', { name: 'Next step ▸' });
  // Five steps; each click waits for the step before it to be shown.
  for (let step = 1; step <= 5; step++) {
    await next.click();
    await app.getByText(`Step ${step} of 5`).waitFor();
  }
  await app.getByText('go on with your course page').waitFor();
  assert.equal(await app.getByText('pick another lesson').count(), 0);
});
