// Developer tool, not a benchmark: CPU profiles of a few first visits
// (until AFTER ms, 1500 unless told), summarised as the time per visit of
// the functions with the most time, on the stack (inclusive) and at its
// top (self), and the bursts of work over 15 ms (samples with no idle
// between them) of the first visit. Build with names kept for it to say anything
// (WASM_NAMES=1 scripts/trunk.sh build --release=true --dist DIR).
// Usage: DIST=DIR node tests/bench/startup-profile.mjs [SLOWDOWN]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from '../e2e/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(root, '.tools/'))('playwright-core');
const server = await serve(path.resolve(root, process.env.DIST ?? 'dist'), { gzip: true });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const slowdown = Number(process.argv[2] ?? 1);
// ROUNDS visits (5 unless told).
const rounds = Number(process.env.ROUNDS ?? 5);
const sum = { self: new Map(), incl: new Map() };
for (let round = 0; round < rounds; round++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(base);
  await page.waitForTimeout(Number(process.env.AFTER ?? 1500));
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();

  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`;
  const idle = new Set(['(idle)', '(program)', '(garbage collector)']);
  // Bursts: runs of samples whose top is not idle.
  let t = profile.startTime;
  const bursts = [];
  let cur = null;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const n = nodes.get(id);
    if (idle.has(name(n))) { cur = null; return; }
    if (!cur) { cur = { start: t, ms: 0, self: new Map(), incl: new Map() }; bursts.push(cur); }
    cur.ms += dt;
    cur.self.set(name(n), (cur.self.get(name(n)) ?? 0) + dt);
    const seen = new Set();
    for (let k = id; k !== undefined; k = parent.get(k)) {
      const f = name(nodes.get(k));
      if (seen.has(f)) continue;
      seen.add(f);
      cur.incl.set(f, (cur.incl.get(f) ?? 0) + dt);
    }
  });
  for (const b of bursts) {
    for (const [m, into] of [[b.self, sum.self], [b.incl, sum.incl]]) for (const [f, ms] of m) into.set(f, (into.get(f) ?? 0) + ms / rounds);
  }
  if (round === 0) {
    console.log(`bursts of the first visit: ${bursts.filter((b) => b.ms > 15).map((b) => `@${((b.start - profile.startTime) / 1000).toFixed(0)} ms ${b.ms.toFixed(1)} ms`).join(', ')}`);
  }
}
await browser.close();
server.close();
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([f, ms]) => `    ${ms.toFixed(1).padStart(6)}  ${f.slice(0, 110)}`).join('\n');
console.log(`per visit (${rounds} visits)\n  inclusive:\n${top(sum.incl, Number(process.env.INCL ?? 40))}\n  self:\n${top(sum.self, 25)}`);
