#!/usr/bin/env bash
# Renders the user guide's screenshots into docs/images/ja and docs/images/en: every workspace
# of a sample station, offscreen (no display needed), with the bundled sample medium, the main
# window at 1366x768. A second set in docs/images/scale150/ja and .../en shows the smallest
# screen the window must work on: 1280x720 logical pixels at QT_SCALE_FACTOR=1.5 (a 1920x1080
# screen at 150 %).
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
LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen PDI_SCREENSHOT_SIZE=1366x768 \
  "$build/bin/pdiscreenshots" docs/images "$@"
mkdir -p docs/images/scale150
LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.5 PDI_SCREENSHOT_SIZE=1280x720 \
  "$build/bin/pdiscreenshots" docs/images/scale150 "$@"
