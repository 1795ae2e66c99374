// Until the service worker (sw.js) controls the page, keeps a copy of each
// answer to the page's own fetches from this site (the wasm, the catalogs,
// a lesson) for offline.js to hand to the worker, so that a first visit
// downloads each of them once on any host, whatever its cache headers.
// Once the worker controls the page, it sees those fetches itself.
// Imported first by boot.js: it takes effect before the app fetches.
const MAX_FILE = 4 << 20; // the worker keeps nothing larger

/** Address -> promise of the answer kept ({ status, headers, body }), or null. */
const answers = new Map();
let keeping = true;

/** The answers kept so far; none are kept after this. */
export function takeAnswers() {
  keeping = false;
  return answers;
}

const sw = navigator.serviceWorker;
if (sw && !sw.controller) {
  const fetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const answer = fetch(input, init);
    try {
      const url = new URL(input?.url ?? input, location.href).href;
      if (keeping && !sw.controller && (init?.method ?? input?.method ?? 'GET') === 'GET' && url.startsWith(location.origin + '/')) {
        // Copied before the caller can read the body: reactions run in order.
        answers.set(url, answer.then((response) => read(response.clone())).catch(() => null));
      }
    } catch {}
    return answer;
  };
}

// The body read by the browser itself (blob): read here a part at a
// time, the files' parts took 35 ms of the page's thread in a first
// visit's 2.5 s (CPU profile), against 15 ms for all of this file now.
async function read(response) {
  if (!response.ok || response.type !== 'basic' || Number(response.headers.get('content-length')) > MAX_FILE) return null;
  const body = await response.blob();
  return body.size > MAX_FILE ? null : { status: response.status, headers: [...response.headers], body };
}
