// Registers the service worker (static/sw.js) once the page has loaded, and
// hands it every file the page loads (before it took control too: the
// lesson fetched at start, say), so that the next visit works offline.
// Not on a page opened from disk, nor in a browser without workers.
export function keepForOffline() {
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  navigator.serviceWorker.register('sw.js').then(() => navigator.serviceWorker.ready).then((registration) => {
    const keep = (urls) => registration.active?.postMessage({ cache: urls });
    keep([location.href]);
    // The capture reader loads only when a student opens a capture, the PNG
    // maker when one exports a PNG; kept for offline later, once the page
    // has long finished loading.
    setTimeout(() => keep(['capture-worker.js', 'png-worker.js', 'tcp-capture.js', 'tcp-capture_bg.wasm', 'real-stacks.html', 'doc.css']
      .map((f) => new URL(f, location.href).href)), 20000);
    // `buffered` replays what loaded before; later files follow as they load.
    new PerformanceObserver((list) => keep(list.getEntries().map((e) => e.name)))
      .observe({ type: 'resource', buffered: true });
  }).catch(() => {});
}
