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
    // The longest the main thread is busy at once, from the app's start on.
    await page.addInitScript(() => {
      globalThis.worstGap = 0;
      let last = performance.now();
      const tick = () => { const now = performance.now(); globalThis.worstGap = Math.max(globalThis.worstGap, now - last); last = now; setTimeout(tick, 0); };
      globalThis.startGaps = () => { last = performance.now(); globalThis.worstGap = 0; tick(); };
    });
    await page.reload();
    await page.getByTestId('replay').waitFor();
    await page.evaluate(() => globalThis.startGaps());
    // Done when every byte has arrived and no work is under way.
    const want = `${sends * 500000} bytes`;
    await page.waitForFunction((want) => !document.querySelector('[data-testid=replay]')
      && document.querySelector('.endpoint.server')?.innerText.includes(want), want, { timeout: 60000, polling: 20 });
    times.push(await page.evaluate(() => performance.now()));
    worst.push(await page.evaluate(() => globalThis.worstGap));
    segments = await page.evaluate(() => document.querySelectorAll('.log .entry').length);
    await page.close();
  }
  console.log(`restore on load of ${sends * 500} kB in 100-byte segments (~${sends * 10000} segments): median ${pct(times, 50).toFixed(0)} ms from navigation (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); worst main-thread task ${pct(worst, 50).toFixed(0)} ms`);
}
await browser.close();
server.close();
