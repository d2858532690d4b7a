#!/usr/bin/env bash
# Installs what PDI Station needs, builds it and starts it with the embedded defaults: the data
# directory under ~/.local/share and no server. Without a display it checks the bundled sample
# medium on the command line instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/bin/pdistation "$@"
fi
echo "No display found: checking the bundled sample medium with the command line (build/bin/pdi)."
echo
set +e
./build/bin/pdi check resources/sample-medium
code=$?
set -e
echo
echo "pdi check exited with $code (0: conformant medium). Start build/bin/pdistation on a desktop for the GUI."
[ "$code" -le 1 ]
