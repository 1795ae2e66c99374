// Registers the service worker (static/sw.js) once the page has loaded, and
// hands it what the page loaded before the worker controlled it, so that
// the next visit works offline and downloads nothing but the page itself.
// Not on a page opened from disk, nor in a browser without workers.
//
// Nothing is downloaded twice where it can be helped: the answers to the
// page's own fetches are handed over as they came (static/keep.js); only
// the files the page loaded by its tags (the page itself, its stylesheets
// and scripts, whose contents a page cannot read) are fetched again, by
// the worker; what loads later goes through the worker, which keeps it.
import { takeAnswers } from './keep.js';

export function keepForOffline() {
  // Nothing to hand over to: the copies kept so far go.
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return void takeAnswers().clear();
  const sw = navigator.serviceWorker;
  sw.register('sw.js').then(() => sw.controller ?? new Promise((resolve) => {
    sw.addEventListener('controllerchange', () => resolve(sw.controller), { once: true });
  })).then(async (worker) => {
    const answers = takeAnswers();
    const fetched = new Set(answers.keys());
    const own = (await Promise.all([...answers].map(async ([url, answer]) => ({ url, ...await answer }))))
      .filter((a) => a.body);
    worker.postMessage({ answers: own });
    answers.clear();
    const keep = (urls) => worker.postMessage({ cache: urls });
    keep([location.href]);
    // The capture reader loads only when a student opens a capture, the PNG
    // maker when one exports a PNG; kept for offline later, once the page
    // has long finished loading.
    setTimeout(() => keep(['capture-worker.js', 'png-worker.js', 'tcp-capture.js', 'tcp-capture_bg.wasm', 'real-stacks.html', 'doc.css']
      .map((f) => new URL(f, location.href).href)), 20000);
    // `buffered` replays what loaded before. What came through the worker
    // (workerStart set) it has kept; the page's own answers are handed over
    // above (a failed one is not asked for again).
    new PerformanceObserver((list) => keep(list.getEntries()
      .filter((e) => !e.workerStart && !fetched.has(e.name)).map((e) => e.name)))
      .observe({ type: 'resource', buffered: true });
  }).catch(() => takeAnswers().clear());
}
