// Browser benchmark: opening a 10 MB capture (made by
// `cargo run --release -p tcp-engine --example capture_bench`, a 9.5 MB
// transfer with 1 % loss). Prints figures, asserts nothing. Needs dist/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from '../e2e/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(root, '.tools/'))('playwright-core');
const file = process.env.CAPTURE ?? path.join(root, 'target/capture-10mb.pcap');
const server = await serve(path.join(root, process.env.DIST ?? 'dist'));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]; };

const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
// How long the main thread is busy at once, once the file is chosen: the
// longest task the browser reports, and the longest gap between turns of
// a timer that asks to run every turn (tasks back to back, and the
// drawing between them, count as one).
await page.addInitScript(() => {
  // The longest task, as the browser reports long tasks (50 ms or more).
  globalThis.longest = 0;
  globalThis.longFrom = Infinity;
  new PerformanceObserver((list) => list.getEntries()
    .filter((e) => e.startTime >= globalThis.longFrom)
    .forEach((e) => { globalThis.longest = Math.max(globalThis.longest, e.duration); }))
    .observe({ type: 'longtask', buffered: true });
  globalThis.worstGap = 0;
  let last = performance.now();
  const tick = () => { const now = performance.now(); globalThis.worstGap = Math.max(globalThis.worstGap, now - last); last = now; setTimeout(tick, 0); };
  globalThis.startGaps = () => { last = performance.now(); globalThis.worstGap = 0; globalThis.longFrom = last; tick(); };
});
await page.goto(base);
await page.getByTestId('client-state').waitFor();
// Measured in the page, with no polling from here: Playwright's waiting
// runs on the page's main thread too and would count as the page's work.
const t0 = Date.now();
await page.locator('input[type=file]').setInputFiles(file);
const { opened, replayed, worst, longest } = await page.evaluate(() => new Promise((resolve) => {
  const start = performance.now();
  globalThis.startGaps();
  let opened = null;
  const check = () => {
    if (opened === null && document.querySelector('[data-testid=capture] h2')) opened = performance.now() - start;
    if (opened !== null && !document.querySelector('[data-testid=replay]')) {
      observer.disconnect();
      // Long tasks are reported a little later.
      const replayed = performance.now() - start;
      setTimeout(() => resolve({ opened, replayed, worst: globalThis.worstGap, longest: globalThis.longest }), 100);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true });
  check();
}));
const panel = page.getByTestId('capture');
const mb = (fs.statSync(file).size / 1048576).toFixed(1);
console.log(`a ${mb} MB capture: read and replayed by the worker, panel shown ${opened.toFixed(0)} ms after the file was chosen; the session replayed on the page after ${replayed.toFixed(0)} ms (${((Date.now() - t0) / 1000).toFixed(1)} s with handing the file over); longest task ${longest.toFixed(0)} ms (0: none of 50 ms or more; budget 50 ms); longest a timer waited ${worst.toFixed(1)} ms (tasks and the drawing between them)`);
console.log(`  ${await panel.locator('p').first().textContent()}`);

// Then the student works in it: the same interactions as the session
// benchmark's, timed until the task queue is reached again.
const times = await page.evaluate(async () => {
  const out = [];
  const button = (scope, name) => [...document.querySelectorAll(`${scope} button`)].find((b) => b.textContent === name);
  const rel = document.querySelector('.controls input[type=checkbox]');
  const actions = [
    () => rel.click(),
    () => document.querySelectorAll('.log .entry button')[3]?.click(),
    () => button('.controls', 'Step to next event').click(),
    () => document.querySelector('.capture details summary')?.click(),
  ];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    actions[i % actions.length]();
    await new Promise((r) => setTimeout(r, 0));
    out.push(performance.now() - t);
  }
  return out;
});
console.log(`re-render after one interaction in that session, ${times.length} interactions: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms (budget 16 ms)`);
const jumps = await page.evaluate(async () => {
  const slider = document.querySelector('.history input[type=range]');
  const out = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    slider.value = i % 2 === 0 ? '0' : slider.max;
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    out.push(performance.now() - t);
  }
  return out;
});
console.log(`jump to the start and back to the end of it: p50 ${pct(jumps, 50).toFixed(1)} ms, p95 ${pct(jumps, 95).toFixed(1)} ms (budget 16 ms)`);
await browser.close();
server.close();
