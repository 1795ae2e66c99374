// The engine beside smoltcp in WebAssembly (Node's V8, as in Chromium):
// the same 5 MB transfers as the native benchmark, interleaved rounds.
// Prints figures, asserts nothing. scripts/bench.sh builds the module.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bench = createRequire(import.meta.url)(path.join(root, 'target/engine-wasm/pkg/engine_wasm.js'));
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]; };
const timed = (f) => { const t = performance.now(); f(); return performance.now() - t; };
const runs = { traced: [], untraced: [], delayed: [], delayedUntraced: [], smoltcp: [] };
const segments = bench.engine_segments();
let packets = 0;
for (let round = 0; round < 5; round++) {
  runs.traced.push(timed(() => bench.engine(true)));
  runs.untraced.push(timed(() => bench.engine(false)));
  runs.delayed.push(timed(() => bench.engine_delayed(true)));
  runs.delayedUntraced.push(timed(() => bench.engine_delayed(false)));
  runs.smoltcp.push(timed(() => { packets = bench.smoltcp(); }));
}
const line = (name, xs) => console.log(`${name.padEnd(30)} median ${pct(xs, 50).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, 5 runs)`);
line('engine in wasm, with the trace:', runs.traced);
line('engine in wasm, no trace:', runs.untraced);
line('engine, delayed ACKs:', runs.delayed);
line('engine, delayed, no trace:', runs.delayedUntraced);
line('smoltcp in wasm:', runs.smoltcp);
const ratio = (xs) => (pct(runs.smoltcp, 50) / pct(xs, 50)).toFixed(2);
console.log(`engine / smoltcp in wasm, same 5 MB transfer: ${ratio(runs.traced)}x with the trace, ${ratio(runs.untraced)}x without (goal at least 1.0x)`);
console.log(`engine / smoltcp in wasm with delayed ACKs: ${ratio(runs.delayed)}x with the trace, ${ratio(runs.delayedUntraced)}x without (goal at least 1.0x)`);
// Per segment put on the wire (the engine acknowledges every data segment;
// smoltcp coalesces its ACKs, so it sends about half as many).
const ns = (xs, n) => (pct(xs, 50) * 1e6 / n).toFixed(0);
console.log(`per segment in wasm: engine ${ns(runs.traced, segments)} ns with the trace, ${ns(runs.untraced, segments)} ns without; smoltcp ${ns(runs.smoltcp, packets)} ns`);

// Issue 32 item 6: 10 MB over a 10 Mbit/s bottleneck with a 20-packet
// queue and 1 % loss, congestion control off, NewReno and CUBIC
// (interleaved rounds); goal: each within 1.5x of off.
const ccs = ['off', 'newreno', 'cubic'];
const cc = { off: [], newreno: [], cubic: [] };
const kept = {};
for (let round = 0; round < 3; round++) {
  ccs.forEach((name, i) => cc[name].push(timed(() => { kept[name] = bench.engine_bottleneck(i); })));
}
console.log('== 10 MB over 10 Mbit/s, queue 20, 1 % loss, in wasm (issue 32 item 6)');
for (const name of ccs) {
  const xs = cc[name];
  console.log(`cc ${name.padEnd(8)} median ${pct(xs, 50).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, 3 runs) = ${(pct(xs, 50) / pct(cc.off, 50)).toFixed(2)}x cc off; ${kept[name]} trace entries kept`);
}
