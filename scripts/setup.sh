#!/usr/bin/env bash
# Installs what annex needs besides Swift, from Debian's packages, when it is missing:
#   always:   libxlsxwriter-dev and pkg-config (to build the XLSX writer), librsvg2-bin
#             (rsvg-convert draws the PNG of every figure) and a font for it (fonts-dejavu-core);
#   --tests:  also libreoffice-calc-nogui and python3-openpyxl, with which the tests open the
#             written workbooks in LibreOffice and openpyxl (scripts/check-workbooks.py), and
#             poppler-utils to read what LibreOffice prints (scripts/check-layout.py);
#             chromium, with which a test takes a screenshot of the HTML annex, and with
#             chromium-driver and python3-venv, and in the virtual environment .venv-tests the PyPI
#             packages of scripts/requirements-tests.txt (axe-selenium-python, selenium), with which
#             the tests open the web pages in a browser (scripts/check-page.py).
# On macOS it installs libxlsxwriter, pkg-config and librsvg with Homebrew instead; the test
# suite's reader programs are set up on Debian and Ubuntu only.
# Does nothing when everything is there. Uses sudo when not run as root.
set -euo pipefail
if [ "$(uname -s)" = Darwin ]; then
  formulae=()
  command -v pkg-config >/dev/null 2>&1 || formulae+=(pkg-config)
  { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists xlsxwriter; } || formulae+=(libxlsxwriter)
  command -v rsvg-convert >/dev/null 2>&1 || formulae+=(librsvg)
  if [ ${#formulae[@]} -gt 0 ]; then
    echo "setup: installing ${formulae[*]} with Homebrew" >&2
    brew install "${formulae[@]}"
  fi
  if [ "${1:-}" = "--tests" ]; then
    echo "setup: the tests' LibreOffice and Chromium checks are set up on Debian and Ubuntu only" >&2
  fi
  exit 0
fi
packages=()
if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists xlsxwriter; }; then
  packages+=(libxlsxwriter-dev pkg-config)
fi
command -v rsvg-convert >/dev/null 2>&1 || packages+=(librsvg2-bin)
{ command -v fc-list >/dev/null 2>&1 && fc-list | grep -q .; } || packages+=(fonts-dejavu-core)
if [ "${1:-}" = "--tests" ]; then
  command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-calc-nogui)
  /usr/bin/python3 -c "import openpyxl" >/dev/null 2>&1 || packages+=(python3-openpyxl)
  command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  [ -x /usr/bin/chromedriver ] || packages+=(chromium-driver)
  dpkg-query -W -f='${Status}' python3-venv 2>/dev/null | grep -q "ok installed" || packages+=(python3-venv)
elif [ $# -gt 0 ]; then
  echo "setup: unknown option '$1' (only --tests)" >&2
  exit 2
fi
if [ ${#packages[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "setup: installing ${packages[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  pkg-config --exists xlsxwriter || { echo "setup: libxlsxwriter still not found by pkg-config" >&2; exit 1; }
fi
if [ "${1:-}" = "--tests" ]; then
  # The browser test's Python packages, pinned, in a virtual environment of the package's own
  # (Debian's Python refuses packages installed beside its own), rebuilt when the pins change.
  cd "$(dirname "$0")/.."
  requirements=scripts/requirements-tests.txt
  if ! cmp -s "$requirements" .venv-tests/requirements.txt 2>/dev/null; then
    echo "setup: installing the packages of $requirements into .venv-tests" >&2
    rm -rf .venv-tests
    /usr/bin/python3 -m venv .venv-tests
    .venv-tests/bin/pip install --quiet --disable-pip-version-check --no-deps -r "$requirements"
    cp "$requirements" .venv-tests/requirements.txt
  fi
fi
