#!/usr/bin/env bash
# Installs what annex needs besides Swift: libxlsxwriter-dev (pkg-config name 'xlsxwriter').
# Does nothing when it is already there. Uses sudo when not run as root.
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists xlsxwriter; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "setup: installing libxlsxwriter-dev and pkg-config" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends libxlsxwriter-dev pkg-config >/dev/null
pkg-config --exists xlsxwriter || { echo "setup: libxlsxwriter still not found by pkg-config" >&2; exit 1; }
