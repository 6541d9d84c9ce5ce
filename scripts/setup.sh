#!/usr/bin/env bash
# Installs what annex needs besides Swift, from Debian's packages, when it is missing:
#   always:   libxlsxwriter-dev and pkg-config (to build the XLSX writer), librsvg2-bin
#             (rsvg-convert draws the PNG of every figure) and a font for it (fonts-dejavu-core);
#   --tests:  also libreoffice-calc-nogui and python3-openpyxl, with which the tests open the
#             written workbooks in LibreOffice and openpyxl (scripts/check-workbooks.py), and
#             chromium, with which a test takes a screenshot of the HTML annex.
# Does nothing when everything is there. Uses sudo when not run as root.
set -euo pipefail
packages=()
if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists xlsxwriter; }; then
  packages+=(libxlsxwriter-dev pkg-config)
fi
command -v rsvg-convert >/dev/null 2>&1 || packages+=(librsvg2-bin)
{ command -v fc-list >/dev/null 2>&1 && fc-list | grep -q .; } || packages+=(fonts-dejavu-core)
if [ "${1:-}" = "--tests" ]; then
  command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-calc-nogui)
  /usr/bin/python3 -c "import openpyxl" >/dev/null 2>&1 || packages+=(python3-openpyxl)
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
elif [ $# -gt 0 ]; then
  echo "setup: unknown option '$1' (only --tests)" >&2
  exit 2
fi
if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "setup: installing ${packages[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
pkg-config --exists xlsxwriter || { echo "setup: libxlsxwriter still not found by pkg-config" >&2; exit 1; }
