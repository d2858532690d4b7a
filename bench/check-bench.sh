#!/usr/bin/env bash
# Benchmark of `pdi check` against `dcmdump +sd +r` (see check_bench.py). Media are generated once
# under bench/out/ (about 2.6 GB for the default 5,000 CT-size instances).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --with-tests
./scripts/build.sh
exec /usr/bin/python3 bench/check_bench.py "$@"
