// A tiny static file server for dist/, bound to loopback, for the tests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.ftl': 'text/plain; charset=utf-8',
  '.scn': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.json': 'application/json' };

// `prefix` serves the app from a sub-path (as a course site would);
// `pages` adds extra files by path (a test page that embeds the app, a
// teacher's lesson): a string is served as HTML, { type, body } as given.
// `gzip` compresses files for browsers that ask, as web hosts do (the
// benchmark's slow link); each file is compressed once. A page given as a
// function answers as it likes (`(req, res) => …`: a hostile server);
// `hang(req)` true leaves a request unanswered (a server that stalls).
// `headers` are sent with every file (`{ 'cache-control': 'no-store' }`:
// a host the browser may keep nothing from); `delay(req)` milliseconds
// pass before each answer (a slow link, seen from the server).
export function serve(root, { prefix = '/', pages = {}, gzip = false, hang = () => false, headers: extra = {}, delay = () => 0 } = {}) {
  const packed = new Map();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (hang(req)) return;
    const wait = delay(req);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const page = pages[url.pathname];
    if (typeof page === 'function') { page(req, res); return; }
    if (page !== undefined) {
      const { type = 'text/html', body = page } = typeof page === 'string' ? {} : page;
      res.writeHead(200, { 'content-type': type });
      res.end(body);
      return;
    }
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end('not found'); return; }
    let file = path.join(root, decodeURIComponent(url.pathname.slice(prefix.length - 1)));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404).end('not found'); return; }
      const headers = { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', ...extra };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!packed.has(file)) packed.set(file, zlib.gzipSync(data, { level: 9 }));
        data = packed.get(file);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
