#!/bin/sh
# Trunk's post-build hook (Trunk.toml): in release builds, minifies the
# JavaScript glue wasm-bindgen writes (about 2 KB less of the first load,
# compressed), and the small modules that start the app. Trunk minifies the
# HTML and CSS itself.
set -eu
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
terser="${TRUNK_SOURCE_DIR:-.}/.tools/node_modules/.bin/terser"
if [ ! -x "$terser" ]; then
  echo "minify-glue: terser is not installed (scripts/setup.sh installs it); the glue stays as written"
  exit 0
fi
for f in "$TRUNK_STAGING_DIR"/tcp-playground.js "$TRUNK_STAGING_DIR"/__wasm_split.js "$TRUNK_STAGING_DIR"/tcp-editor.js \
  "$TRUNK_STAGING_DIR"/boot.js "$TRUNK_STAGING_DIR"/keep.js; do
  if [ -f "$f" ]; then "$terser" "$f" --module --compress --mangle --output "$f"; fi
done
