// Browser benchmark: the main thread's CPU time per interaction at 10,000
// segments, from a Chromium trace (a task's CPU time is the page's own work;
// its wall time on a busy machine is mostly waiting for a core). Each
// interaction is counted from the click to the frame that shows it drawn:
// every main-thread task in between (script, style, layout, paint).
// Prints figures, asserts nothing. Needs dist/ built.
// Usage: node tests/bench/cpu.mjs  (DIST=dir for another build)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from '../e2e/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(root, '.tools/'))('playwright-core');
const server = await serve(path.resolve(root, process.env.DIST ?? 'dist'), { gzip: true });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]; };

const session = ['seed 7', 'set mss 100', 'server listen', 'client connect', 'run', 'client send 500000', 'run', ''].join('\n');
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(base);
await page.evaluate((s) => localStorage.setItem('tcp-playground/session/v1', s), session);
await page.reload();
await page.getByTestId('client-state').filter({ hasText: 'ESTABLISHED' }).waitFor({ timeout: 120000 });
await page.getByTestId('replay').waitFor({ state: 'detached', timeout: 300000 });
await page.waitForTimeout(2000);

const trace = path.join(root, 'target/cpu-trace.json');
await browser.startTracing(page, { path: trace, categories: (process.env.CATS ?? 'toplevel,devtools.timeline,blink.user_timing').split(',') });
const kinds = await page.evaluate(async () => {
  const button = (scope, name) => [...document.querySelectorAll(`${scope} button`)].find((b) => b.textContent === name);
  const rel = document.querySelector('.controls input[type=checkbox]');
  const slider = document.querySelector('.history input[type=range]');
  const move = (v) => () => { slider.value = String(v); slider.dispatchEvent(new Event('input', { bubbles: true })); };
  const actions = {
    'listen (refused call)': () => button('.endpoint.server .app-calls', 'Listen').click(),
    'toggle relative': () => rel.click(),
    'select log row': () => document.querySelectorAll('.log .entry button')[3]?.click(),
    'step (nothing scheduled)': () => button('.controls', 'Step to next event').click(),
    // The floor: a click on the page's title, which does nothing.
    'nothing (click on the title)': () => document.querySelector('h1').click(),
  };
  const list = [];
  for (let i = 0; i < 15; i++) for (const [name, f] of Object.entries(actions)) list.push([name, f]);
  const max = Number(slider.max);
  for (let i = 0; i <= 40; i++) list.push(['cursor step', move(Math.round(max * i / 40))]);
  for (let i = 0; i < 20; i++) list.push(['cursor jump', move(i % 2 === 0 ? 0 : max)]);
  let n = 0;
  for (const [name, f] of list) {
    performance.mark(`i${n}-start`);
    f();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    performance.mark(`i${n}-end`);
    n++;
    await new Promise((r) => setTimeout(r, 80));
  }
  return list.map(([name]) => name);
});
await browser.stopTracing();
const events = JSON.parse(fs.readFileSync(trace, 'utf8')).traceEvents;
const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
const marks = new Map(events.filter((e) => /^i\d+-(start|end)$/.test(e.name) && e.ph !== 'e').map((e) => [e.name, e.ts]));
const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
const byKind = new Map();
kinds.forEach((kind, i) => {
  const [t0, t1] = [marks.get(`i${i}-start`), marks.get(`i${i}-end`)];
  if (t0 === undefined || t1 === undefined) return;
  // The tasks that overlap the interaction: from the click's task on.
  const cpu = tasks.filter((e) => e.ts + e.dur > t0 && e.ts < t1).reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
  const wall = (t1 - t0) / 1000;
  if (!byKind.has(kind)) byKind.set(kind, { cpu: [], wall: [] });
  byKind.get(kind).cpu.push(cpu); byKind.get(kind).wall.push(wall);
});
const all = [...byKind].filter(([k]) => !k.startsWith('cursor') && !k.startsWith('nothing')).flatMap(([, v]) => v.cpu);
for (const [kind, { cpu, wall }] of byKind) {
  console.log(`  ${kind}: CPU p50 ${pct(cpu, 50).toFixed(1)} ms, p95 ${pct(cpu, 95).toFixed(1)} ms (wall p50 ${pct(wall, 50).toFixed(1)}, p95 ${pct(wall, 95).toFixed(1)})`);
}
console.log(`interactions until drawn, main thread CPU time, ${all.length} interactions: p50 ${pct(all, 50).toFixed(1)} ms, p95 ${pct(all, 95).toFixed(1)} ms (budget 16 ms)`);
await browser.close();
server.close();
