// Starts the app. A file of its own, not an inline script, so that the
// page works under a Content-Security-Policy without 'unsafe-inline'.
import init from './tcp-playground.js';

init({ module_or_path: new URL('./tcp-playground_bg.wasm', import.meta.url) });
