#!/usr/bin/env sh
# Makes sure nginx is installed for the two-instance layout (scripts/run-cluster.sh) and its failover
# test (ClusterFailoverIT). The local stack runs nginx itself as a child process with its own
# configuration, pid and log files under its data directory: no system service is enabled or started.
# Installs Debian's nginx-light package when no nginx is found (or set NGINX_PATH to a binary).
set -eu

if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  echo "nginx is installed: $( (command -v nginx || echo /usr/sbin/nginx) | head -1)"
  exit 0
fi

sh "$(dirname "$0")/apt-install.sh" "the load balancer of the two-instance layout" nginx-light
echo "nginx is installed: $(/usr/sbin/nginx -v 2>&1)"
