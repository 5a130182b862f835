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

sh "$(dirname "$0")/../../../../../scripts/apt-install.sh" "for the browser tests; or point them at another binary with CHROMIUM_PATH" \
  chromium chromium-driver fonts-liberation
echo "Chromium is installed: $("$CHROMIUM" --version)"
echo "ChromeDriver is installed: $("$CHROMEDRIVER" --version)"
