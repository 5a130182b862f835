#!/usr/bin/env sh
# Installs Debian packages with apt-get for a tool the build or the local stack needs:
#   scripts/apt-install.sh "<what they are for>" package...
# Needs root (or sudo) on a Debian or Ubuntu machine. RUNLEVEL=1 keeps packages that ship a service
# (nginx) from starting it: the project runs its own processes.
set -eu

purpose=$1
shift

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ERROR: $* cannot be installed here: apt-get is not available on this machine." >&2
  echo "Install them with your system's package manager ($purpose)." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ERROR: installing $* needs root; run this script as root or install sudo." >&2
    exit 1
  fi
fi

echo "Installing Debian's $* ($purpose)..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
