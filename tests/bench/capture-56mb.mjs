// Browser benchmark: a 56 MB capture (a million unacknowledged one-byte
// segments, as tests/e2e/capture.test.mjs makes it), opened in the built
// app (dist/). Prints, for reading it (in the worker), the answer's arrival
// (the page takes the replay's text and lists) and the replay on the page:
// the longest a 50 ms heartbeat waited, and the page's longest task in wall
// time and in CPU time (from a Chromium trace: on a busy machine a task's
// wall time is mostly waiting for a core, its CPU time is the page's work);
// and the page's wasm memory before and after. Asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from '../e2e/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(root, '.tools/'))('playwright-core');
const runs = Number(process.env.RUNS ?? 3);

/** Raw IPv4 packets (link type 101): a SYN, then `n` one-byte segments. */
function capture(n) {
  const b = Buffer.alloc(24 + (n + 1) * 56 + n);
  b.writeUInt32LE(0xa1b2c3d4, 0); b.writeUInt16LE(2, 4); b.writeUInt16LE(4, 6);
  b.writeUInt32LE(65535, 16); b.writeUInt32LE(101, 20);
  let at = 24;
  for (let i = 0; i <= n; i += 1) {
    const data = i === 0 ? 0 : 1;
    b.writeUInt32LE(Math.floor(i / 1e6), at); b.writeUInt32LE(i % 1e6, at + 4);
    b.writeUInt32LE(40 + data, at + 8); b.writeUInt32LE(40 + data, at + 12);
    const ip = at + 16;
    b[ip] = 0x45; b.writeUInt16BE(40 + data, ip + 2); b[ip + 6] = 0x40; b[ip + 8] = 64; b[ip + 9] = 6;
    b.set([10, 0, 0, 1, 10, 0, 0, 2], ip + 12);
    const tcp = ip + 20;
    b.writeUInt16BE(40000, tcp); b.writeUInt16BE(80, tcp + 2); b.writeUInt32BE(i, tcp + 4);
    b[tcp + 12] = 0x50; b[tcp + 13] = i === 0 ? 0x02 : 0x18; b.writeUInt16BE(65535, tcp + 14);
    if (data) b[tcp + 20] = 0x78;
    at += 56 + data;
  }
  return b;
}

const file = path.join(root, 'target/capture-56mb.pcap');
if (!fs.existsSync(file)) fs.writeFileSync(file, capture(1_000_000));
const server = await serve(path.join(root, process.env.DIST ?? 'dist'));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const trace = path.join(root, 'target/capture-56mb-trace.json');

/**
 * From the trace: the page's main-thread tasks as [wall, cpu] in ms, and
 * the one that took the worker's replay (the worker's message that cost
 * the most).
 */
function tasks() {
  const raw = JSON.parse(fs.readFileSync(trace, 'utf8'));
  const events = raw.traceEvents ?? raw;
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const on = (name) => events.filter((e) => e.name === name && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
    .map((e) => [e.dur / 1000, (e.tdur ?? 0) / 1000]);
  const answer = on('HandlePostMessage').reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
  return { all: on('RunTask'), answer };
}

console.log(`== A ${(fs.statSync(file).size / 1e6).toFixed(1)} MB capture (1,000,001 segments; the replay holds 15,000)`);
for (let run = 1; run <= runs; run += 1) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(base);
  await page.getByTestId('client-state').waitFor();
  // Every chunk fetched and compiled: what is measured is the capture.
  await page.waitForTimeout(2000);
  await browser.startTracing(page, { path: trace, categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const before = await page.evaluate(() => {
    globalThis.gaps = [];
    let last = performance.now();
    globalThis.heartbeat = setInterval(() => { const now = performance.now(); globalThis.gaps.push([now, now - last]); last = now; }, 50);
    const seen = new MutationObserver(() => {
      if (document.querySelector('[data-testid=capture]')) { globalThis.answered = performance.now(); seen.disconnect(); }
    });
    seen.observe(document.body, { childList: true, subtree: true });
    return globalThis.tcpPlaygroundMemoryBytes();
  });
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByTestId('capture').waitFor({ timeout: 300_000 });
  await page.locator('[data-testid=replay]').waitFor({ state: 'detached', timeout: 300_000 });
  const r = await page.evaluate(() => {
    clearInterval(globalThis.heartbeat);
    return { gaps: globalThis.gaps, answered: globalThis.answered, after: globalThis.tcpPlaygroundMemoryBytes() };
  });
  await browser.stopTracing();
  await page.close();
  const answer = r.gaps.findIndex(([end]) => end >= r.answered);
  const worst = (gaps) => Math.round(Math.max(0, ...gaps.map(([, d]) => d)));
  const t = tasks();
  const longest = t.all.reduce((a, b) => (b[0] > a[0] ? b : a), [0, 0]);
  const mostCpu = t.all.reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
  console.log(`run ${run}: the heartbeat's longest wait: ${worst(r.gaps.slice(0, answer))} ms while read, `
    + `${worst(r.gaps.slice(answer, answer + 1))} ms as the answer arrived, ${worst(r.gaps.slice(answer + 1))} ms while replayed; `
    + `the answer's task ${t.answer[0].toFixed(0)} ms wall, ${t.answer[1].toFixed(0)} ms CPU; `
    + `the longest task ${longest[0].toFixed(0)} ms wall (${longest[1].toFixed(0)} ms CPU), the most CPU in one task ${mostCpu[1].toFixed(0)} ms; `
    + `wasm memory ${(before / 2 ** 20).toFixed(0)} MB before, ${(r.after / 2 ** 20).toFixed(0)} MB after`);
}
await browser.close();
server.close();
