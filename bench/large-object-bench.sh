#!/usr/bin/env bash
# Benchmark of `pdi import` of one large object (peak memory at 256 MB and 1 GB of pixel data,
# against cp and storescu of the same file); see large_object_bench.py. Media go to /tmp and are
# removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --with-tests
./scripts/build.sh
exec /usr/bin/python3 bench/large_object_bench.py "$@"
