// The ladder made to be read: measured in the browser, every label keeps
// clear of the arrows, the timelines and the other labels, and stays inside
// the drawing, at a laptop's and a phone's width, in English and Chinese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import zlib from 'node:zlib';
import { root, useApp } from './browser.mjs';

const app = useApp();

// A handshake, data, a lost segment and its retransmission, a refused call,
// a challenge ACK, a long idle gap and a close: every kind of label.
const session = [
  'seed 7', 'server listen', 'client connect', 'run', 'client send "hello"', 'drop', 'advance 3s', 'run',
  'client connect', 'inject client>server RST seq=server.rcv.nxt+100', 'run', 'advance 75s',
  'client close', 'run', 'server close', 'run', '',
].join('\n');

// Every label's box against everything else drawn, for the rows in view.
function overlaps() {
  const svg = document.querySelector('.ladder-svg');
  const width = Number(svg.getAttribute('width'));
  const axes = [...svg.querySelectorAll('line.axis')].map((l) => Number(l.getAttribute('x1')));
  const segs = [...svg.querySelectorAll('line.seg')].map((l) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))));
  const labels = [...svg.querySelectorAll('text')].filter((t) => !t.classList.contains('cross'))
    .map((t) => ({ text: t.textContent, box: t.getBBox() }));
  const hit = (a, b) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
  // Whether the segment (x1,y1)-(x2,y2) passes through the box.
  const crosses = ([x1, y1, x2, y2], b) => {
    const steps = 200;
    for (let i = 0; i <= steps; i++) {
      const x = x1 + (x2 - x1) * i / steps, y = y1 + (y2 - y1) * i / steps;
      if (x > b.x + 0.5 && x < b.x + b.width - 0.5 && y > b.y + 0.5 && y < b.y + b.height - 0.5) return true;
    }
    return false;
  };
  const found = [];
  labels.forEach((a, i) => {
    if (a.box.x < 0 || a.box.x + a.box.width > width) found.push(`cut off: ${a.text}`);
    for (const x of axes) if (a.box.x < x && x < a.box.x + a.box.width) found.push(`on a timeline: ${a.text}`);
    for (const s of segs) if (crosses(s, a.box)) found.push(`under an arrow: ${a.text}`);
    labels.slice(i + 1).forEach((b) => { if (hit(a.box, b.box)) found.push(`“${a.text}” over “${b.text}”`); });
  });
  return found;
}

/** Scrolls the ladder to `top` and waits until its drawing covers the view. */
async function scrollTo(page, ladder, top) {
  await ladder.evaluate((e, t) => { e.scrollTop = t; }, top);
  await page.waitForFunction(() => {
    const view = document.querySelector('.ladder').getBoundingClientRect();
    const space = document.querySelector('.ladder-space').getBoundingClientRect();
    const svg = document.querySelector('.ladder-svg').getBoundingClientRect();
    return svg.top <= Math.max(view.top, space.top) + 1 && svg.bottom >= Math.min(view.bottom, space.bottom) - 1;
  });
}

for (const [width, lang] of [[1366, 'en'], [375, 'en'], [375, 'zh-CN'], [768, 'es']]) {
  test(`ladder labels never overlap at ${width} px in ${lang}`, async () => {
    const page = await (await app.browser.newContext({ viewport: { width, height: 800 } })).newPage();
    const code = zlib.deflateRawSync(Buffer.from(session), { level: 9 }).toString('base64url');
    await page.goto(`${app.base}?lang=${lang}#s=${code}`);
    await page.locator(`html[lang=${lang}]`).waitFor();
    const ladder = page.locator('.ladder');
    await ladder.locator('svg text.state-label').first().waitFor({ state: 'attached' });
    // Every row laid out (a long session's take a few frames), in words
    // that come with the catalogs fetched after the first screen.
    await page.locator('.ladder:not([aria-busy])').waitFor({ state: 'attached' });
    if (lang === 'en') await ladder.getByRole('listitem').filter({ hasText: 'arrives: accepted' }).first().waitFor({ state: 'attached' });
    assert.equal(await page.locator('.notice.error').count(), 0, await page.locator('.dock').textContent());
    const found = new Set();
    const sizes = new Set();
    // Through the whole ladder, a view at a time.
    const height = await ladder.evaluate((e) => e.scrollHeight);
    for (let top = 0; top < height; top += 200) {
      await scrollTo(page, ladder, top);
      for (const f of await page.evaluate(overlaps)) found.add(f);
      for (const s of await page.locator('.ladder-svg text').evaluateAll((ts) => ts.map((t) => getComputedStyle(t).fontSize))) sizes.add(s);
    }
    assert.deepEqual([...found], []);
    assert.ok([...sizes].every((s) => parseFloat(s) >= 12), [...sizes].join(' '));
    // What it shows: outcomes, a retransmission, a refusal, a marked gap.
    const all = await page.evaluate(() => document.querySelector('.ladder-svg').textContent);
    if (lang === 'en') {
      await ladder.evaluate((e) => { e.scrollTop = 0; });
      const seen = [];
      for (let top = 0; top < height; top += 200) {
        await scrollTo(page, ladder, top);
        seen.push(await page.evaluate(() => document.querySelector('.ladder-svg').textContent));
      }
      // Lines of a wrapped label join without their space.
      const text = seen.join(' ').replace(/\s/g, '');
      for (const want of ['arrives: accepted', '(retransmission 1)', 'refused', 'challenge ACK', ' s …', 'lost']) {
        assert.ok(text.includes(want.replace(/\s/g, '')), `the ladder shows “${want}”: ${text}`);
      }
    }
    assert.ok(all.length > 0);
    await page.screenshot({ path: path.join(root, 'test-artifacts', `ladder-${width}-${lang}.png`) });
    await page.close();
  });
}
