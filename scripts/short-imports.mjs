// Gives the functions a wasm module imports from its wasm-bindgen glue short
// names, in the module and in the glue alike: wasm-bindgen names each one
// after its JavaScript and a 16-digit hash (`__wbg_remove_8228e91d7ddbc755`),
// written twice in the first load, and the hashes do not compress.
//
//   node scripts/short-imports.mjs MODULE.wasm GLUE.js
//
// Only imports from the glue (`./NAME_bg.js`) are renamed: the others (the
// split's loader) are named by files this does not rewrite. The same for
// the module's exports named as Rust symbols (`_R…`, the closures' entry
// points, about 150 characters each), which only the glue calls: the
// chunks import nothing but the memory, the table and the split's own.
// Runs before wasm-opt and the minifier (scripts/split-wasm.sh).
import fs from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
const wasm = fs.readFileSync(wasmPath);
let glue = fs.readFileSync(gluePath, 'utf8');

function leb(at) {
  let value = 0, shift = 0, byte;
  do {
    byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
function encodeLeb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}
// A name as the module writes it: its length, then its bytes.
function readName(at) {
  let len;
  [len, at] = leb(at);
  return [wasm.toString('utf8', at, at + len), at + len];
}
const name = (s) => Buffer.concat([encodeLeb(Buffer.byteLength(s)), Buffer.from(s)]);
// Short identifiers: a..z, A..Z, then two letters, and so on.
const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function short(i) {
  let s = '';
  do {
    s = letters[i % letters.length] + s;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return s;
}

let at = 8;
const parts = [wasm.subarray(0, 8)];
const renamed = new Map();
const exported = new Map();
while (at < wasm.length) {
  const start = at;
  const id = wasm[at++];
  let size;
  [size, at] = leb(at);
  const end = at + size;
  if (id === 7) {
    parts.push(exports(at, end));
    at = end;
    continue;
  }
  if (id !== 2) {
    parts.push(wasm.subarray(start, end));
    at = end;
    continue;
  }
  let count;
  [count, at] = leb(at);
  const entries = [encodeLeb(count)];
  for (let n = 0; n < count; n++) {
    let module, field;
    [module, at] = readName(at);
    [field, at] = readName(at);
    // The import's description (kind and type) is copied as it is.
    const descStart = at;
    const kind = wasm[at++];
    if (kind === 0) [, at] = leb(at);
    else if (kind === 1 || kind === 2) {
      if (kind === 1) at++;
      const flags = wasm[at++];
      [, at] = leb(at);
      if (flags & 1) [, at] = leb(at);
    } else if (kind === 3) at += 2;
    else if (kind === 4) { at++; [, at] = leb(at); }
    else throw new Error(`short-imports: unknown import kind ${kind}`);
    let newField = field;
    if (module.endsWith('_bg.js')) {
      if (!renamed.has(field)) renamed.set(field, short(renamed.size));
      newField = renamed.get(field);
    }
    entries.push(name(module), name(newField), wasm.subarray(descStart, at));
  }
  const body = Buffer.concat(entries);
  parts.push(Buffer.from([2]), encodeLeb(body.length), body);
  at = end;
}

// The export section, its Rust-named exports renamed `R0`, `R1`, ...
function exports(at, end) {
  let count;
  [count, at] = leb(at);
  const entries = [encodeLeb(count)];
  for (let n = 0; n < count; n++) {
    let field;
    [field, at] = readName(at);
    const descStart = at;
    at++;
    [, at] = leb(at);
    let newField = field;
    if (field.startsWith('_R')) {
      newField = `R${exported.size}`;
      exported.set(field, newField);
    }
    entries.push(name(newField), wasm.subarray(descStart, at));
  }
  if (at !== end) throw new Error('short-imports: the export section did not end where it says');
  const body = Buffer.concat(entries);
  return Buffer.concat([Buffer.from([7]), encodeLeb(body.length), body]);
}

// Each Rust-named export is called from the glue.
for (const [from, to] of exported) {
  const pattern = new RegExp(`\\b${from}\\b`, 'g');
  if (!pattern.test(glue)) throw new Error(`short-imports: the export ${from} is not in the glue`);
  glue = glue.replace(pattern, to);
}
// Each old name appears in the glue as a key of the imports object.
for (const [from, to] of renamed) {
  const pattern = new RegExp(`\\b${from}\\b`, 'g');
  const found = glue.match(pattern)?.length ?? 0;
  if (found !== 1) throw new Error(`short-imports: ${from} is in the glue ${found} times, not once`);
  glue = glue.replace(pattern, to);
}
fs.writeFileSync(wasmPath, Buffer.concat(parts));
fs.writeFileSync(gluePath, glue);
console.log(`short-imports: ${renamed.size} imports and ${exported.size} exports renamed`);
