#!/usr/bin/env sh
# Makes sure Debian's Chromium is installed at /usr/bin/chromium for the browser tests.
#
# Playwright drives the system Chromium (playwright-core with executablePath): its own browser
# download (`npx playwright install`) is not used. Installs the `chromium` package with apt-get
# when /usr/bin/chromium is missing; needs root (or sudo) on a Debian or Ubuntu machine.
set -eu

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "Chromium is installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ERROR: $CHROMIUM is missing and apt-get is not available on this machine." >&2
  echo "Install Chromium with your system's package manager so that it is at $CHROMIUM," >&2
  echo "or point the tests at another binary with CHROMIUM_PATH=/path/to/chromium." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ERROR: installing Chromium needs root; run this script as root or install sudo." >&2
    exit 1
  fi
fi

echo "Installing Debian's chromium package (for the storefront's browser tests)..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
echo "Chromium is installed: $("$CHROMIUM" --version)"
