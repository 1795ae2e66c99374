// The capture worker (src/capture_worker.rs). Messages that arrive while
// its wasm loads wait, then go to the handler it sets.
const early = [];
self.onmessage = (e) => early.push(e);
const { default: init } = await import('./tcp-capture.js');
const wasm = await init({ module_or_path: new URL('./tcp-capture_bg.wasm', import.meta.url) });
// For the tests: how much memory the reader holds (read-only, no data).
globalThis.tcpCaptureMemoryBytes = () => wasm.memory.buffer.byteLength;
for (const e of early) self.onmessage(e);
