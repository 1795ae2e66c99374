#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600): the engine
# (scenario_parser, engine_ops, capture_reader) and the app's own logic compiled natively
# (app_reducer, app_restore, app_layout, stream_capped). Targets named after
# SECONDS run alone: `./scripts/fuzz.sh 600 stream_capped capture_reader`.
# cargo-fuzz needs
# nightly compiler flags; RUSTC_BOOTSTRAP lets the stable toolchain accept
# them. Crashes land in fuzz/artifacts/; copy a fixed one into
# fuzz/regressions/ so that the test suite replays it.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(scenario_parser engine_ops app_reducer app_restore app_layout capture_reader stream_capped)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
mkdir -p corpus/scenario_parser corpus/engine_ops corpus/app_reducer corpus/app_restore corpus/app_layout corpus/capture_reader corpus/stream_capped
cp ../scenarios/*.scn corpus/scenario_parser/
cp ../scenarios/*.scn corpus/app_restore/
cp ../engine/tests/captures/* corpus/capture_reader/
for target in "${targets[@]}"; do
  echo "== $target, $seconds s"
  # Optimised, with overflow checks and debug assertions (-a); no address
  # sanitizer (-s none): the code is safe Rust, and ASan's checks made every
  # input about ten times slower without a bug to find.
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O -a -s none "$target" -- -max_total_time="$seconds" -print_final_stats=1 2>&1 \
    | grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)" || true
done
