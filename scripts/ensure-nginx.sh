#!/usr/bin/env sh
# Makes sure nginx is installed for the two-instance layout (scripts/run-cluster.sh) and its failover
# test (ClusterFailoverIT). The local stack runs nginx itself as a child process with its own
# configuration, pid and log files under its data directory: no system service is enabled or started.
# Installs Debian's nginx-light package with apt-get when no nginx is found; needs root (or sudo).
set -eu

if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  echo "nginx is installed: $( (command -v nginx || echo /usr/sbin/nginx) | head -1)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ERROR: nginx is missing and apt-get is not available on this machine." >&2
  echo "Install nginx with your system's package manager, or point the stack at a binary with NGINX_PATH." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ERROR: installing nginx needs root; run this script as root or install sudo." >&2
    exit 1
  fi
fi

echo "Installing Debian's nginx-light package (the load balancer of the two-instance layout)..."
$SUDO apt-get update -qq
# RUNLEVEL=1: the package must not start a system-wide nginx on port 80; the stack runs its own.
DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $SUDO apt-get install -y -qq --no-install-recommends nginx-light >/dev/null
echo "nginx is installed: $(/usr/sbin/nginx -v 2>&1)"
