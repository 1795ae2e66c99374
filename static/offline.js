// Registers the service worker (static/sw.js) once the page has loaded, and
// hands it the files loaded so far, so that the next visit works offline.
// Not on a page opened from disk, nor in a browser without workers.
export function keepForOffline() {
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  navigator.serviceWorker.register('sw.js').then(() => navigator.serviceWorker.ready).then((registration) => {
    const loaded = performance.getEntriesByType('resource').map((e) => e.name).concat(location.href);
    registration.active?.postMessage({ cache: loaded });
  }).catch(() => {});
}
