#!/usr/bin/env bash
# Builds the site and packs it as tcp-playground-VERSION.zip (with a SHA-256
# checksum beside it) in target/release-site/: a folder that works unzipped
# onto any static host, at any sub-path, or opened through a local server.
#
#   ./scripts/release.sh              build, then pack
#   ./scripts/release.sh --from-dist  pack the last build in dist/ (the tests)
#   OUT=folder ./scripts/release.sh   write the zip elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
[ -n "$version" ] || { echo "no version in Cargo.toml" >&2; exit 1; }
name="tcp-playground-$version"
out="${OUT:-target/release-site}"

if [ "${1:-}" != "--from-dist" ]; then
  ./scripts/setup.sh
  export PATH="$PWD/.tools/node_modules/.bin:$PATH"
  mkdir -p target
  if ! ./scripts/trunk.sh build --release=true >target/trunk.log 2>&1; then
    cat target/trunk.log
    echo "the release build failed" >&2
    exit 1
  fi
fi
test -f dist/index.html && test -f dist/tcp-playground_bg-*.wasm

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R dist "$stage/$name"
cp LICENSE-MIT LICENSE-APACHE CHANGELOG.md "$stage/$name/"
cat >"$stage/$name/HOSTING.txt" <<TEXT
TCP Playground $version

Copy this folder's files to any static web host (a school web server, a
course site, GitHub Pages), at any path, and open index.html there. Nothing
runs on the server: no database, no PHP, no set-up.

To try it on your own computer, serve the folder with any local web server,
for example:  python3 -m http.server 8080  (then open http://127.0.0.1:8080).
Opening index.html straight from the disk (file://) does not work: browsers
refuse to load WebAssembly that way.

Licence: MIT OR Apache-2.0 (LICENSE-MIT, LICENSE-APACHE). What changed:
CHANGELOG.md.
TEXT
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out/$name.zip" "$out/$name.zip.sha256"
# -X: no extra file attributes. Without zip, Python's zipfile packs it.
if command -v zip >/dev/null; then
  (cd "$stage" && zip -qrX "$out/$name.zip" "$name")
else
  (cd "$stage" && python3 -m zipfile -c "$out/$name.zip" "$name")
fi
(cd "$out" && sha256sum "$name.zip" >"$name.zip.sha256")
echo "$out/$name.zip"
cat "$out/$name.zip.sha256"
