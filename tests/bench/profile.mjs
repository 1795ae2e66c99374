// Developer tool, not a benchmark: a CPU profile of the interactions that
// tests/bench/ui.mjs times, at 10,000 segments, summarised by self time per
// function. Build with names kept for it to say anything
// (WASM_NAMES=1 scripts/trunk.sh build --release=true). Usage: node tests/bench/profile.mjs [OUT.cpuprofile]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from '../e2e/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(root, '.tools/'))('playwright-core');
const server = await serve(path.resolve(root, process.env.DIST ?? 'dist'), { gzip: true });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const session = ['seed 7', 'set mss 100', 'server listen', 'client connect', 'run', 'client send 500000', 'run', ''].join('\n');
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(base);
await page.evaluate((s) => localStorage.setItem('tcp-playground/session/v1', s), session);
await page.reload();
await page.getByTestId('client-state').filter({ hasText: 'ESTABLISHED' }).waitFor({ timeout: 60000 });
await page.getByTestId('replay').waitFor({ state: 'detached', timeout: 120000 });
await page.waitForTimeout(3000);
const what = process.env.WHAT ?? 'acts';
// GRAPHS=1: the graphs open (and their chunk loaded) for what is profiled;
// WHAT=open profiles opening and closing them.
if (process.env.GRAPHS === '1' || what === 'open') {
  await page.getByTestId('graphs-open').click();
  await page.getByTestId('graph-ts').locator('svg').first().waitFor();
  if (what === 'open') await page.getByTestId('graphs-open').click();
}
const cdp = await page.context().newCDPSession(page);
// The browser's own work besides the script (style, layout), over the run.
await cdp.send('Performance.enable');
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const before = await metrics();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const times = await page.evaluate(async (what) => {
  const out = [];
  const button = (scope, name) => [...document.querySelectorAll(`${scope} button`)].find((b) => b.textContent === name);
  const rel = document.querySelector('.controls input[type=checkbox]');
  const slider = document.querySelector('.history input[type=range]');
  const toggle = () => document.querySelector('[data-testid=graphs-open]').click();
  const actions = what === 'open' ? [toggle] : what === 'jumps' ? [
    () => { slider.value = '0'; slider.dispatchEvent(new Event('input', { bubbles: true })); },
    () => { slider.value = slider.max; slider.dispatchEvent(new Event('input', { bubbles: true })); },
  ] : what === 'steps' ? Array.from({ length: 41 }, (_, i) => () => { slider.value = String(Math.round(Number(slider.max) * i / 40)); slider.dispatchEvent(new Event('input', { bubbles: true })); })
  : [
    () => button('.endpoint.server .app-calls', 'Listen').click(),
    () => rel.click(),
    () => document.querySelectorAll('.log .entry button')[3]?.click(),
    () => button('.controls', 'Step to next event').click(),
  ];
  // WHAT=0..3: one of the four interactions only.
  const only = /^[0-9]$/.test(what) ? [actions[Number(what)]] : actions;
  for (let i = 0; i < 80; i++) {
    const t = performance.now();
    only[i % only.length]();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 30));
  }
  return out;
}, what);
const { profile } = await cdp.send('Profiler.stop');
const after = await metrics();
const per = (k) => ((after[k] - before[k]) * 1000 / times.length).toFixed(2);
console.log(`per action: script ${per('ScriptDuration')} ms, style ${per('RecalcStyleDuration')} ms, layout ${per('LayoutDuration')} ms, task ${per('TaskDuration')} ms`);
const out = process.argv[2] ?? '/tmp/prof/ui.cpuprofile';
fs.writeFileSync(out, JSON.stringify(profile));
const sorted = [...times].sort((a, b) => a - b);
console.log(`until drawn: p50 ${sorted[40].toFixed(1)} p95 ${sorted[76].toFixed(1)} ms`);
// Self time per function, and total (inclusive) time.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total = new Map();
for (const [id, us] of counts) {
  const n = byId.get(id);
  const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber})`;
  self.set(name, (self.get(name) ?? 0) + us);
  const seen = new Set();
  for (let k = id; k !== undefined; k = parent.get(k)) {
    const m = byId.get(k); const nm = m.callFrame.functionName || '(anon)';
    if (seen.has(nm)) continue; seen.add(nm);
    total.set(nm, (total.get(nm) ?? 0) + us);
  }
}
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms  ${n.slice(0, 150)}`).join('\n');
console.log('--- self time ---\n' + top(self, 45));
console.log('--- total time ---\n' + top(total, 70));
await browser.close();
server.close();
