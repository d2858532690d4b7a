#!/usr/bin/env bash
# A short libFuzzer run of the medium reader (tests/fuzz/fuzz_medium) for CI: builds only the
# fuzz target with the "fuzz" preset (clang, ASan + UBSan) into build-fuzz/, seeds it with
# tests/fuzz/make-corpus.sh and the regression inputs, and fuzzes for FUZZ_SECONDS (60 by
# default). A crash, a leak in our code or a timeout fails the run and leaves the input in
# build-fuzz/crashes/. Longer runs: FUZZ_SECONDS=3600 scripts/fuzz-smoke.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
extra=()
command -v ccache >/dev/null 2>&1 && extra+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset fuzz "${extra[@]}" >/dev/null
cmake --build --preset fuzz --target fuzz_medium -j "$(nproc)"

work="$PWD/build-fuzz/smoke"
rm -rf "$work"
mkdir -p "$work/corpus" build-fuzz/crashes
tests/fuzz/make-corpus.sh "$work/corpus" >/dev/null
cp tests/fuzz/regressions/* "$work/corpus/"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp"
export QT_QPA_PLATFORM=offscreen
build-fuzz/bin/fuzz_medium -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
  -artifact_prefix=build-fuzz/crashes/ -print_final_stats=1 "$work/corpus" 2>&1 | tail -n 25
