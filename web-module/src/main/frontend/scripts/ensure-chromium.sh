#!/usr/bin/env sh
# Makes sure Debian's Chromium is installed at /usr/bin/chromium, with its driver at
# /usr/bin/chromedriver, for the browser tests.
#
# Playwright drives the system Chromium (playwright-core with executablePath) for the storefront's
# specs: its own browser download (`npx playwright install`) is not used. The console's browser test
# (micro-war ConsoleBrowserIT) drives the same Chromium through Selenium and chromium-driver.
# Installs the `chromium` and `chromium-driver` packages with apt-get when either is missing; needs
# root (or sudo) on a Debian or Ubuntu machine.
set -eu

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; then
  echo "Chromium is installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  echo "ChromeDriver is installed: $("$CHROMEDRIVER" --version 2>/dev/null || echo "$CHROMEDRIVER")"
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

echo "Installing Debian's chromium and chromium-driver packages (for the browser tests)..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  chromium chromium-driver fonts-liberation >/dev/null
echo "Chromium is installed: $("$CHROMIUM" --version)"
echo "ChromeDriver is installed: $("$CHROMEDRIVER" --version)"
