// Starts "Write a lesson" (see boot.js for why this is a file of its own).
import './keep.js';
import init from './tcp-editor.js';

// "Download for an LMS (SCORM 1.2)": the package maker is fetched the first
// time a teacher asks for a package (src/components/editor/scorm.rs calls this).
globalThis.tcpScormPackage = (options) => import('./scorm.js').then((m) => m.build(options));

await init({ module_or_path: new URL('./tcp-editor_bg.wasm', import.meta.url) });
import('./offline.js').then((m) => m.keepForOffline()).catch(() => {});
