// A tiny static file server for dist/, bound to loopback, for the tests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.ftl': 'text/plain; charset=utf-8',
  '.scn': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

// `prefix` serves the app from a sub-path (as a course site would);
// `pages` adds extra files by path (a test page that embeds the app, a
// teacher's lesson): a string is served as HTML, { type, body } as given.
// `gzip` compresses files for browsers that ask, as web hosts do (the
// benchmark's slow link); each file is compressed once. A page given as a
// function answers as it likes (`(req, res) => …`: a hostile server);
// `hang(req)` true leaves a request unanswered (a server that stalls).
export function serve(root, { prefix = '/', pages = {}, gzip = false, hang = () => false } = {}) {
  const packed = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (hang(req)) return;
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
      const headers = { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' };
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
