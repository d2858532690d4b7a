#!/usr/bin/env bash
# Installs what PDI Station needs, builds it and starts it with the embedded defaults: the data
# directory under ~/.local/share/pdistation and no server (the local archive stands in for the
# PACS). On a machine without a display it runs the command-line demonstration instead: check the
# bundled sample medium, write it to a verified ISO image with its label, and check that image.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/bin/pdistation "$@"
fi

demo="${PDI_DEMO_DIR:-$(mktemp -d /tmp/pdi-demo.XXXXXX)}"
export PDI_DATA_DIR="$demo/data"
export PDI_USER=demo
export PDI_PASSWORD="Station-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
echo "No display found: running the command-line demonstration in $demo"
echo "(a throw-away data directory with a demonstration administrator; nothing else is touched)."
echo
printf '%s\n' "$PDI_PASSWORD" |
  env -u PDI_PASSWORD ./build/bin/pdi user add demo --role admin --display-name "Demonstration" --password-stdin >/dev/null
./build/bin/pdi config set institution.name "PDI Station Demonstration Hospital" >/dev/null
./build/bin/pdi config set institution.phone "000-0000-0000" >/dev/null

echo "== 1. Check the sample medium (reception)"
./build/bin/pdi check resources/sample-medium
echo
echo "== 2. Write it to a verified ISO image with its label (front desk)"
./build/bin/pdi write resources/sample-medium --out "$demo/referral.iso" --label "$demo/label.pdf"
echo
echo "== 3. Check the written image"
./build/bin/pdi check --quick "$demo/referral.iso"
echo
echo "Done: $demo/referral.iso and $demo/label.pdf. Start build/bin/pdistation on a desktop for the GUI."
