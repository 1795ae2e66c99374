// Starts "Write a lesson" (see boot.js for why this is a file of its own).
import './keep.js';
import init from './tcp-editor.js';

await init({ module_or_path: new URL('./tcp-editor_bg.wasm', import.meta.url) });
import('./offline.js').then((m) => m.keepForOffline()).catch(() => {});
