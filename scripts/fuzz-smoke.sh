#!/usr/bin/env bash
# A short libFuzzer run of the medium reader (tests/fuzz/fuzz_medium) for CI: builds only the
# fuzz target with the "fuzz" preset (clang, ASan + UBSan) into build-fuzz/, seeds it with
# tests/fuzz/make-corpus.sh and the regression inputs, and fuzzes them. A crash, a leak in our
# code, an allocation beyond the reader's memory budget or a timeout fails the run and leaves the
# input in build-fuzz/crashes/.
#
# CI's run repeats exactly: a fixed seed (FUZZ_SEED, 1) and number of runs (FUZZ_RUNS, 30000,
# one to two minutes here) over seeds that are the same bytes everywhere, so what passes here
# passes there, and a failure there is reproduced here with the same command. Exploring is a
# separate, long run with a random seed:
#   FUZZ_SEED=0 FUZZ_RUNS=-1 FUZZ_SECONDS=3600 scripts/fuzz-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-600}"
runs="${FUZZ_RUNS:-30000}"
seed="${FUZZ_SEED:-1}"
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
# -malloc_limit_mb: one allocation beyond the DICOMDIR reader's budget (512 MB, docs/admin.md) is
# a finding, whatever the total.
build-fuzz/bin/fuzz_medium -seed="$seed" -runs="$runs" -max_total_time="$seconds" -timeout=25 \
  -rss_limit_mb=2048 -malloc_limit_mb=600 -artifact_prefix=build-fuzz/crashes/ \
  -print_final_stats=1 "$work/corpus" 2>&1 | tail -n 25
