#!/usr/bin/env bash
# Runs trunk (`scripts/trunk.sh build --release=true`, `... serve ...`) with
# the playground's wasm built for size: the standard library is built again
# with the app (at opt-level "z", with LTO), and a panic is a trap at once,
# with none of the code that formats its message (a panic has nowhere to
# show one: the page is gone either way). That is 19 KB less of the first
# load, gzip. Both are unstable flags of the one pinned toolchain, allowed
# here by RUSTC_BOOTSTRAP; scripts/setup.sh adds the sources they build.
# Trunk always builds for wasm32 (--target), so the flags below never
# reach build scripts or macros run on this machine.
set -euo pipefail
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }-Zunstable-options -Cpanic=immediate-abort"
exec trunk "$@"
