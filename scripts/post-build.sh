#!/bin/sh
# Trunk's post-build hook (Trunk.toml). Trunk runs the hooks of one stage
# at once, and file names must be hashed after every other step has
# written its files, so the steps run here, one after the other.
set -eu
src="${TRUNK_SOURCE_DIR:-.}"
# First: the minifier works on the glue the split writes.
sh "$src/scripts/split-wasm.sh"
sh "$src/scripts/minify-glue.sh"
node "$src/scripts/docs-page.mjs"
# Last: it renames what the steps before wrote.
node "$src/scripts/hash-names.mjs"
