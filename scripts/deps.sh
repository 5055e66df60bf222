#!/usr/bin/env bash
# Installs the Debian 12 packages CNMS Workbench needs to build, test and run.
# Idempotent: asks apt only for what is missing, so a second run costs a second.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite libqt6svg6
  qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libsqlite3-dev sqlite3 nlohmann-json3-dev libspdlog-dev libcli11-dev
  libxlsxwriter-dev libminizip-dev libexpat1-dev zlib1g-dev libssl-dev libsodium-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  xvfb xauth poppler-utils fonts-wqy-microhei time
  clang libclang-rt-14-dev
  # Only for the reference of the import benchmark (scripts/bench-pandas.py); no test needs it.
  python3-pandas
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "== installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
