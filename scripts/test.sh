#!/usr/bin/env bash
# Installs everything the tests need, builds, and runs every test suite (ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --with-tests
./scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)" "$@"
