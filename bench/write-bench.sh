#!/usr/bin/env bash
# Benchmark of `pdi write` to an ISO image against `cp -r` and dcmmkdir + xorriso (see
# write_bench.py). Sources are generated once under bench/out/ (about 1 GB).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --with-tests
./scripts/build.sh
exec /usr/bin/python3 bench/write_bench.py "$@"
