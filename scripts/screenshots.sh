#!/usr/bin/env bash
# Renders the user guide's screenshots into docs/images/ja and docs/images/en: every workspace
# of a sample station, offscreen (no display needed), with the bundled sample medium.
#   scripts/screenshots.sh            both languages
#   scripts/screenshots.sh ja         one language
# PDI_BUILD_DIR picks the build folder (default build/, configured by scripts/build.sh when
# missing); PDI_JOBS the parallel build jobs.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${PDI_BUILD_DIR:-build}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  ./scripts/build.sh
fi
cmake --build "$build" --target pdiscreenshots -j "${PDI_JOBS:-$(nproc)}"
mkdir -p docs/images
LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$build/bin/pdiscreenshots" docs/images "$@"
