#!/usr/bin/env bash
# Benchmarks: prints figures (sizes, load time, render time, engine speed).
# `./scripts/bench.sh sizes` prints only the sizes of the last build;
# `./scripts/bench.sh graphs` only the graphs of a 10,000-segment session
# (drawing them, moving the cursor through time), with the last build.
# Nothing here fails on a slow machine; compare the figures with the budgets.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --test >/dev/null
export PATH="$PWD/.tools/node_modules/.bin:$PATH"

# `./scripts/bench.sh sizes`: only the sizes, of the last build.
only_sizes=false
[ "${1:-}" = sizes ] && only_sizes=true
if [ "${1:-}" = graphs ]; then
  echo "== The graphs over time of a 10,000-segment session (last build)"
  PART=graphs node tests/bench/ui.mjs
  exit 0
fi
$only_sizes || scripts/trunk.sh build --release=true >/dev/null 2>&1
echo "== First load (what a browser downloads)"
total=0
# Names carry a hash of their contents (scripts/hash-names.mjs).
# The same files as the size gate in scripts/test.sh.
first=(dist/index.html dist/boot-*.js dist/keep-*.js dist/style-*.css dist/tcp-playground-*.js dist/__wasm_split.js dist/tcp-playground_bg-*.wasm)
for f in "${first[@]}"; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c); total=$((total + gz))
  printf '  %-40s %8d bytes, %7d gzip\n' "${f#dist/}" "$raw" "$gz"
done
printf '  total compressed: %d bytes, %d KB gzip (gate in scripts/test.sh; budget 200 KB, goal 180 KB)\n' "$total" $((total / 1024))
# Brotli too, for hosts that serve it (Node has it built in).
node -e 'const z = require("zlib"), fs = require("fs"); let n = 0;
  for (const f of process.argv.slice(1)) n += z.brotliCompressSync(fs.readFileSync(f), { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`  total, brotli: ${Math.floor(n / 1024)} KB`);' "${first[@]}"
echo "== Chunks loaded when first used, or prefetched once the first screen is idle"
# split_NAME holds what only NAME uses, chunk_N what several share
# (scripts/split-wasm.sh). Gzip as the size gate counts it.
brotli() { node -e 'const z = require("zlib"); console.log(z.brotliCompressSync(require("fs").readFileSync(process.argv[1]),
  { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length)' "$1"; }
chunks_gz=0; chunks_br=0
for f in dist/split_*.wasm dist/chunk_*.wasm; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli "$f")
  chunks_gz=$((chunks_gz + gz)); chunks_br=$((chunks_br + br))
  printf '  %-40s %8d bytes, %7d gzip, %7d brotli\n' "${f#dist/}" "$raw" "$gz" "$br"
done
printf '  all chunks: %d bytes gzip, %d brotli\n' "$chunks_gz" "$chunks_br"
echo "== Catalogs fetched after the first screen (per language chosen)"
for lang in en es zh-CN; do
  n=0
  for f in "dist/i18n/rules.$lang.ftl" dist/i18n/rfc.ftl "dist/i18n/$lang.ftl" "dist/i18n/lessons.$lang.ftl"; do
    # English words are built in, and the lessons are written in English.
    case "$f" in dist/i18n/en.ftl|dist/i18n/lessons.en.ftl) continue ;; esac
    n=$((n + $(gzip -9c "$f" | wc -c)))
  done
  printf '  %-6s %6d bytes gzip\n' "$lang" "$n"
done

$only_sizes && exit 0

echo "== Engine (native, release)"
cargo run --quiet --release -p tcp-engine --example throughput

echo "== Engine in WebAssembly (Node's V8), beside smoltcp"
# Built like the app's wasm (opt-level z, then wasm-opt -Oz), in its own
# target directory.
(cd bench/engine-wasm && CARGO_TARGET_DIR=../../target/engine-wasm \
  cargo build --quiet --release --target wasm32-unknown-unknown)
wasm-bindgen --target nodejs --no-typescript --out-dir target/engine-wasm/pkg \
  target/engine-wasm/wasm32-unknown-unknown/release/engine_wasm.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  target/engine-wasm/pkg/engine_wasm_bg.wasm -o target/engine-wasm/pkg/engine_wasm_bg.wasm
node tests/bench/engine-wasm.mjs

echo "== Browser (headless Chromium)"
# The yardstick for time to interactive: a one-button Yew 0.23 app with the
# same release settings, built here (its own target directory and dist).
(cd bench/one-button && CARGO_TARGET_DIR=../../target/one-button \
  ../../scripts/trunk.sh build --release=true --dist ../../target/one-button-dist >/dev/null 2>&1)
ONE_BUTTON_DIST="$PWD/target/one-button-dist" PART=speed node tests/bench/ui.mjs
node tests/bench/cache.mjs
node tests/bench/restore.mjs
echo "== A 10 MB capture (made by the engine: a 9.5 MB transfer, 1 % loss)"
cargo run --quiet --release -p tcp-engine --example capture_bench target/capture-10mb.pcap
node tests/bench/capture.mjs
node tests/bench/capture-56mb.mjs
# Memory needs a build that counts heap bytes (its own target directory, so
# the normal build's cache stays warm).
RUSTFLAGS="--cfg heap_stats" CARGO_TARGET_DIR=target/heap-stats \
  scripts/trunk.sh build --release=true --dist dist-heap-stats >/dev/null 2>&1
DIST=dist-heap-stats PART=memory node tests/bench/ui.mjs
