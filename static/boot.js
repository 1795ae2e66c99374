// Starts the app. A file of its own, not an inline script, so that the
// page works under a Content-Security-Policy without 'unsafe-inline'.
// First: keeps the app's own fetches until the service worker runs.
import './keep.js';
import init, { heap_live_bytes } from './tcp-playground.js';

const wasm = await init({ module_or_path: new URL('./tcp-playground_bg.wasm', import.meta.url) });
// Off the first screen's path: fetched once the app runs.
import('./offline.js').then((m) => m.keepForOffline()).catch(() => {});

// For the benchmark: how much memory the app uses (read-only, no data).
globalThis.tcpPlaygroundMemoryBytes = () => wasm.memory.buffer.byteLength;
globalThis.tcpPlaygroundHeapBytes = () => heap_live_bytes();
