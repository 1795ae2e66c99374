// Developer tool: time to interactive (until drawn, as ui.mjs times it)
// of two builds, interleaved, so that both meet the same machine.
// Usage: node tests/bench/ab-load.mjs DIST_A DIST_B [ROUNDS] [SLOWDOWN]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from '../e2e/serve.mjs';
import { markFirstScreen } from './first-screen.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(root, '.tools/'))('playwright-core');
const [a, b] = process.argv.slice(2, 4);
const rounds = Number(process.argv[4] ?? 9);
const slowdown = Number(process.argv[5] ?? 1);
const servers = await Promise.all([a, b].map((d) => serve(path.resolve(d), { gzip: true })));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', ...(process.env.FLAGS ? [process.env.FLAGS] : [])] });
const load = async (server) => {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.addInitScript(markFirstScreen);
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => globalThis.tcpDrawn);
  const t = await page.evaluate(() => [globalThis.tcpSeen, globalThis.tcpDrawn]);
  await page.close();
  return t;
};
const pct = (xs, p) => { const s = [...xs].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]; };
const times = [[], []];
for (let r = 0; r < rounds; r++) for (const i of [0, 1]) times[i].push(await load(servers[i]));
for (const i of [0, 1]) {
  const seen = times[i].map((t) => t[0]), drawn = times[i].map((t) => t[1]);
  console.log(`${[a, b][i]}: seen median ${pct(seen, 50).toFixed(0)} ms, drawn median ${pct(drawn, 50).toFixed(0)} ms (min ${Math.min(...drawn).toFixed(0)}, max ${Math.max(...drawn).toFixed(0)})`);
}
await browser.close();
servers.forEach((s) => s.close());
