// Developer tool: a trace of one first visit, summarised: where the main
// thread's time goes until the first screen is drawn. Usage:
//   node tests/bench/startup-trace.mjs [SLOWDOWN]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from '../e2e/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(root, '.tools/'))('playwright-core');
const server = await serve(path.resolve(root, process.env.DIST ?? 'dist'), { gzip: true });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', ...(process.env.FLAGS ? [process.env.FLAGS] : [])] });
const slowdown = Number(process.argv[2] ?? 1);
for (let round = 0; round < 3; round++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.wasm,disabled-by-default-devtools.timeline,blink', transferMode: 'ReportEvents' });
  await page.goto(base);
  // Waited for from here, not by a locator: Playwright's script for
  // those, put in the page at its first use, is itself a long task there.
  await page.waitForTimeout(Number(process.env.AFTER ?? 3000) + 1000);
  if (!await page.evaluate(() => Boolean(document.querySelector('[data-testid=client-state]')))) throw new Error('the first screen did not come');
  await cdp.send('Tracing.end');
  await done;
  const t0 = events.filter((e) => e.name === 'ResourceSendRequest').reduce((m, e) => Math.min(m, e.ts), Infinity);
  // Main thread: the renderer's thread that ran ParseHTML.
  const main = events.find((e) => e.name === 'ParseHTML');
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  // Top-level tasks and what they were.
  const tops = mine.filter((e) => e.name === 'RunTask');
  const by = new Map();
  for (const e of mine) {
    if (e.name === 'RunTask') continue;
    by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log(`round ${round}: tasks ${tops.length}, busy ${(tops.reduce((a, e) => a + e.dur, 0) / 1000).toFixed(1)} ms`);
  if (process.env.ALL) console.log([...by].sort((a, b) => b[1] - a[1]).slice(0, 18).map(([n, d]) => `  ${n}: ${d.toFixed(1)}`).join('\n'));
  // The first screen's own task: the one that ran the app's first render.
  const first = tops.find((e) => mine.some((x) => x.name === 'FunctionCall' && x.ts >= e.ts && x.ts + x.dur <= e.ts + e.dur && x.dur > 20000));
  const after = tops.filter((e) => first && e.ts > first.ts + first.dur + 5e4);
  console.log(`  longest task from 50 ms after the first render to ${process.env.AFTER ?? 3000} ms after the first screen: ${(Math.max(0, ...after.map((e) => e.dur)) / 1000).toFixed(1)} ms`);
  // A timeline of the long tasks (over MIN ms, 5 unless told) since the first request.
  for (const e of tops.filter((e) => e.dur > Number(process.env.MIN ?? 5) * 1000)) {
    const inner = mine.filter((x) => x.ts >= e.ts && x.ts + x.dur <= e.ts + e.dur && x !== e && x.dur > 2000).map((x) => `${x.name} ${(x.dur / 1000).toFixed(1)}`).slice(0, 6);
    if (process.env.UNTIL && (e.ts - t0) / 1000 > Number(process.env.UNTIL)) break;
    console.log(`  @${((e.ts - t0) / 1000).toFixed(0)} ms: ${(e.dur / 1000).toFixed(1)} ms [${inner.join(', ')}]`);
  }
  // The app's files: when each was asked for and when it had arrived.
  if (process.env.FILES) {
    const sent = new Map(events.filter((e) => e.name === 'ResourceSendRequest').map((e) => [e.args.data.requestId, [e.ts, e.args.data.url]]));
    for (const e of events.filter((e) => e.name === 'ResourceFinish')) {
      const [ts, url] = sent.get(e.args.data.requestId) ?? [];
      if (url) console.log(`  ${url.split('/').pop().padEnd(34)} asked @${((ts - t0) / 1000).toFixed(0)}, arrived @${((e.ts - t0) / 1000).toFixed(0)} ms`);
    }
  }
  await context.close();
}
await browser.close();
server.close();
