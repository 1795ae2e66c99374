#!/bin/sh
# Trunk's post-build hook (Trunk.toml), release builds: cuts the
# playground's wasm into the first screen's module and chunks loaded when
# first used (src/components/lazy.rs), as cargo-leptos does for `#[lazy]`:
#
#   cargo's wasm, linked with --emit-relocs (build.rs)
#   -> wasm-split-cli: the main module, split_*.wasm and __wasm_split.js
#   -> wasm-bindgen on the main module (--keep-lld-exports: the chunks
#      import the memory, table and functions it exports)
#   -> short names for its imports from the glue (short-imports.mjs)
#   -> wasm-opt -Oz on each module.
#
# Trunk's own wasm-bindgen run writes tcp-playground.js and _bg.wasm from
# the whole module (index.html skips its wasm-opt); both are replaced.
set -eu
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
src="${TRUNK_SOURCE_DIR:-.}"
out="$TRUNK_STAGING_DIR"
wasm="${CARGO_TARGET_DIR:-$src/target}/wasm32-unknown-unknown/release/tcp-playground.wasm"
for tool in wasm-split-cli wasm-bindgen wasm-opt; do
  if ! command -v "$tool" >/dev/null; then
    echo "split-wasm: $tool is missing (scripts/setup.sh installs it)" >&2
    exit 1
  fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-split-cli "$wasm" "$work" --target web --out-name tcp-playground
wasm-bindgen --target=web --no-typescript --keep-lld-exports --no-demangle \
  --out-dir="$work/bg" --out-name=tcp-playground "$work/tcp-playground.wasm"
# Short names for what the module imports from the glue (scripts/short-imports.mjs).
node "$src/scripts/short-imports.mjs" "$work/bg/tcp-playground_bg.wasm" "$work/bg/tcp-playground.js"
# The chunks' name sections have a subsection wasm-opt does not know; it
# says so, and drops it with the rest.
# WASM_NAMES=1 keeps function names, for a CPU profile (tests/bench/profile.mjs).
names=""; [ "${WASM_NAMES:-}" = 1 ] && names="-g"
opt() {
  wasm-opt -Oz $names --enable-reference-types "$1" -o "$2" 2>&1 | grep -v 'unknown name subsection' >&2 || true
  # Some chunks' names wasm-opt cannot keep: those go without.
  [ -s "$2" ] || wasm-opt -Oz --enable-reference-types "$1" -o "$2" 2>&1 | grep -v 'unknown name subsection' >&2 || true
  test -s "$2"
}
# The main module, the largest, beside the chunks; the chunks (about 60)
# as many at a time as there are cores: all at once, each a node process,
# they once took a two-core machine's load to 400.
opt "$work/bg/tcp-playground_bg.wasm" "$out/tcp-playground_bg.wasm" & main=$!
cores=$(nproc 2>/dev/null || echo 2)
pids="" n=0
# split_NAME.wasm holds what only NAME uses; chunk_N.wasm what several share.
for chunk in "$work"/split_*.wasm "$work"/chunk_*.wasm; do
  [ -f "$chunk" ] || continue
  opt "$chunk" "$out/$(basename "$chunk")" & pids="$pids $!"
  n=$((n + 1))
  if [ "$n" -ge "$cores" ]; then
    for pid in $pids; do wait "$pid"; done
    pids="" n=0
  fi
done
for pid in $pids $main; do wait "$pid"; done
cp "$work/bg/tcp-playground.js" "$work/__wasm_split.js" "$out/"
