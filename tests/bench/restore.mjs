// Restoring long sessions on load: about 10,000 and 100,000 segments.
// Prints figures, asserts nothing. Needs dist/ built.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from '../e2e/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(root, '.tools/'))('playwright-core');
const server = await serve(path.join(root, process.env.DIST ?? 'dist'));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]; };

// The send queue holds 1 MB: the larger session sends 500 kB ten times.
for (const sends of [1, 10]) {
  const session = ['seed 7', 'set mss 100', 'server listen', 'client connect', 'run', ...Array(sends).fill('client send 500000\nrun'), ''].join('\n');
  const times = [], worst = [];
  let segments = 0;
  for (let round = 0; round < 5; round++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base);
    await page.evaluate((s) => localStorage.setItem('tcp-playground/session/v1', s), session);
    // Long tasks (50 ms or more, as the browser reports them) from the
    // app's first drawing on: the restore may be over before its progress
    // is ever drawn, so nothing waits for it. The end is seen in the page,
    // as the DOM changes: polling from here would read the page's text
    // every few milliseconds, a layout each time, on the page's own thread.
    await page.addInitScript((want) => {
      globalThis.longest = 0;
      let from = Infinity;
      new PerformanceObserver((list) => list.getEntries()
        .filter((e) => e.startTime >= from)
        .forEach((e) => { globalThis.longest = Math.max(globalThis.longest, e.duration); }))
        .observe({ type: 'longtask', buffered: true });
      // Done when every byte has arrived and no work is under way.
      const done = () => !document.querySelector('[data-testid=replay]')
        && document.querySelector('.endpoint.server')?.textContent.includes(want);
      globalThis.finished = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (from === Infinity && document.querySelector('[data-testid=client-state]')) from = performance.now();
          if (done()) { observer.disconnect(); resolve(performance.now()); }
        });
        const start = () => { if (document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true }); else setTimeout(start, 1); };
        start();
      });
    }, `${sends * 500000} bytes`);
    await page.reload();
    times.push(await page.evaluate(() => globalThis.finished));
    worst.push(await page.evaluate(() => globalThis.longest));
    segments = await page.evaluate(() => document.querySelectorAll('.log .entry').length);
    await page.close();
  }
  console.log(`restore on load of ${sends * 500} kB in 100-byte segments (~${sends * 10000} segments): median ${pct(times, 50).toFixed(0)} ms from navigation (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); longest task after the first drawing ${Math.max(...worst).toFixed(0)} ms (0: none of 50 ms or more)`);
}
await browser.close();
server.close();
