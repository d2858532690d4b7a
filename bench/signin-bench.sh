#!/usr/bin/env bash
# Benchmark of a sign-in: a local account (PBKDF2) against a directory account on a slapd started
# on loopback (bind as the person over StartTLS, search-then-bind over ldaps); see
# signin_bench.cpp. RUNS (default 15) sign-ins each, medians printed with the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --with-tests
./scripts/build.sh
exec build/bin/pdi_bench_signin "$@"
