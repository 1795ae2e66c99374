// Trunk's last post-build step (scripts/post-build.sh): gives each of the
// app's files a name that carries a hash of its contents (boot.js becomes
// boot-1a2b3c4d.js) and writes the new names wherever a file names
// another, so that a browser may keep them for good: static/sw.js serves
// such a name from its cache first, and a new version has new names.
//
// Kept as they are: the pages (their addresses are the app's), sw.js (a
// worker's address is its identity), the web manifest, FIXED (files the
// wasm asks for by name) and the folders (i18n/, scenarios/: catalogs and
// lessons fetched by name). Every other file at the top is renamed,
// whatever it is (a wasm chunk added later too), as long as some file
// names it in text; a name that only a wasm module holds stops the build.
//
// Each page gets <meta name=files content=files-HASH.json>:
// that file lists the renamed files of this build and the hash of every
// file kept by name, so it changes with any file, and the worker, seeing a
// new one, gives up what older builds left in its cache.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
// __wasm_split.js: the wasm imports the chunk loader by its module name;
// png-worker.js: the wasm starts it by name.
const FIXED = new Set(['sw.js', 'manifest.webmanifest', 'capture-worker.js', '__wasm_split.js', 'png-worker.js']);
const TEXT = /\.(html|js|css|webmanifest|json)$/;
const hash = (data) => crypto.createHash('sha256').update(data).digest('hex').slice(0, 8);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A name as a file names it: "boot.js", './boot.js', href=boot.js>,
// url(icon.svg); not in prose ("see boot.js", static/boot.js).
const mention = (name) => new RegExp(`(?<=["'=(]|["'=(]\\./)${escape(name)}(?=["')\\s>?#])`, 'g');

const top = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
const renamed = top.filter((f) => !f.endsWith('.html') && !FIXED.has(f));
const texts = new Map(top.filter((f) => TEXT.test(f) && f !== 'sw.js').map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

for (const wasm of top.filter((f) => f.endsWith('.wasm'))) {
  const bytes = fs.readFileSync(path.join(dir, wasm));
  const held = renamed.filter((f) => bytes.includes(Buffer.from(f)));
  if (held.length) throw new Error(`hash-names: ${wasm} asks for ${held.join(', ')} by name: add it to FIXED`);
}
for (const f of renamed) {
  if (![...texts].some(([g, text]) => g !== f && mention(f).test(text))) {
    throw new Error(`hash-names: no file names ${f}, so nothing would find it renamed (add it to FIXED?)`);
  }
}

// A file's hash covers the new names it holds: rename the files it names first.
const names = new Map();
const pending = new Set(renamed);
while (pending.size) {
  const ready = [...pending].filter((f) => !texts.has(f) || [...pending].every((g) => g === f || !mention(g).test(texts.get(f))));
  if (!ready.length) throw new Error(`hash-names: these files name each other: ${[...pending].join(', ')}`);
  for (const f of ready) {
    pending.delete(f);
    for (const [name, hashed] of names) if (texts.has(f)) texts.set(f, texts.get(f).replace(mention(name), hashed));
    const data = texts.has(f) ? Buffer.from(texts.get(f)) : fs.readFileSync(path.join(dir, f));
    const ext = path.extname(f);
    const hashed = `${f.slice(0, -ext.length)}-${hash(data)}${ext}`;
    names.set(f, hashed);
    fs.writeFileSync(path.join(dir, hashed), data);
    fs.rmSync(path.join(dir, f));
    texts.delete(f);
  }
}
// The files kept by name that name others.
for (const [f, text] of texts) {
  let out = text;
  for (const [name, hashed] of names) out = out.replace(mention(name), hashed);
  texts.set(f, out);
  if (!f.endsWith('.html')) fs.writeFileSync(path.join(dir, f), out);
}

// The build's list: renamed files, and every other file but the pages with its hash.
const walk = (d) => fs.readdirSync(path.join(dir, d), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
const kept = Object.fromEntries(walk('').filter((f) => !f.endsWith('.html') && !/-[0-9a-f]{8}\./.test(f)).sort()
  .map((f) => [f.split(path.sep).join('/'), hash(fs.readFileSync(path.join(dir, f)))]));
const list = JSON.stringify({ hashed: [...names.values()].sort(), kept }, null, 1);
const manifest = `files-${hash(list)}.json`;
fs.writeFileSync(path.join(dir, manifest), list);
for (const [f, text] of texts) {
  if (!f.endsWith('.html')) continue;
  const meta = `<meta name=files content=${manifest}>`;
  fs.writeFileSync(path.join(dir, f), text.includes('</head>') ? text.replace('</head>', `${meta}</head>`) : text);
}
console.log(`hash-names: ${names.size} files renamed; ${manifest}`);
