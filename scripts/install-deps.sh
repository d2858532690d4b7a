#!/usr/bin/env bash
# Installs the Debian 12 packages PDI Station builds and tests with.
# Idempotent: packages already present are left alone.
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n
  libdcmtk-dev libisofs-dev libburn-dev libminizip-dev zlib1g-dev
  libopenjp2-7-dev libssl-dev libicu-dev libpwquality-dev cracklib-runtime libldap-dev
  fonts-noto-cjk
)
test_pkgs=(
  dcmtk dicom3tools python3 python3-pydicom orthanc curl xorriso
  poppler-utils socat sqlite3 openssl xauth xvfb clang libclang-rt-dev slapd ldap-utils
)

want=("${build_pkgs[@]}")
if [ "${1:-}" = "--with-tests" ]; then
  want+=("${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
# orthanc's and slapd's packages start system services; tests run their own instances.
for service in orthanc slapd; do
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet "$service" 2>/dev/null; then
    $SUDO systemctl stop "$service" || true
  fi
done
