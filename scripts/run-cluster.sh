#!/usr/bin/env sh
# Runs the marketplace locally as a production cluster is laid out: two Payara Micro instances of the
# WAR behind nginx, sharing PostgreSQL, Redis and Elasticsearch (docs/operations.md). nginx listens on
# MARKETPLACE_HTTP_PORT (default 8180), the instances on the two ports after it. Installs nginx when
# missing (scripts/ensure-nginx.sh). Extra arguments go to Maven, e.g. -Dlocal.stack.flags=--reset.
# Ctrl-C stops everything.
set -eu
cd "$(dirname "$0")/.."
sh scripts/ensure-nginx.sh
MARKETPLACE_INSTANCES="${MARKETPLACE_INSTANCES:-2}" exec ./mvnw -Prun "$@"
