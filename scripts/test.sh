#!/usr/bin/env bash
# Installs everything the tests need, builds, runs every test suite (ctest), then a 60-second
# fuzzing smoke run of the medium reader (scripts/fuzz-smoke.sh; PDI_FUZZ_SMOKE=0 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --with-tests
./scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)" "$@"
if [ "${PDI_FUZZ_SMOKE:-1}" != 0 ]; then
  ./scripts/fuzz-smoke.sh
fi
