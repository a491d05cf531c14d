#!/usr/bin/env bash
# Install the Debian packages the plugin's tests, demo and translations need, but only those missing.
# Idempotent: a second run only asks dpkg and returns. Needs root (or sudo) when something is missing.
set -euo pipefail

PACKAGES=(
  qgis python3-qgis qgis-providers          # QGIS 3.x, its Python bindings, GDAL/OGR providers, qgis_process
  python3-numpy python3-pandas python3-scipy # what the plugin uses at run time (QGIS ships them)
  python3-geopandas python3-sklearn          # Debian builds the PySAL test oracle is pinned against
  python3-venv python3-pip python3-pytest    # the test venv (--system-site-packages)
  xvfb                                        # a display for tests that need one
  qttools5-dev-tools                          # lrelease for i18n/*.ts -> *.qm
  make zip unzip ca-certificates
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages: all present."
  exit 0
fi

echo "System packages missing: ${missing[*]}"
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "error: run as root (or install sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
