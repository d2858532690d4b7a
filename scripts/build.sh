#!/usr/bin/env bash
# Configures and builds PDI Station (Release) into build/; binaries land in build/bin.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${PDI_PRESET:-release}"
extra=()
command -v ccache >/dev/null 2>&1 && extra+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset "$preset" "${extra[@]}" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
