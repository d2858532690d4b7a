#!/usr/bin/env bash
# Benchmark of `pdi import` (coercion on) against DCMTK's `dcmsend` of the same files (no
# coercion), both into a fresh Orthanc on loopback (see import_bench.py). Media are generated once
# under bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --with-tests
./scripts/build.sh
exec /usr/bin/python3 bench/import_bench.py "$@"
