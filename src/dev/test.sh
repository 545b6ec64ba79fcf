#!/usr/bin/env bash
# Runs every test (README's second command): installs Debian's chromium for the browser suite when
# it is missing, starts Keycloak for the real-login suites when it is not running (and stops it
# again), then `./mvnw verify`. PostgreSQL: the machine's, or an embedded one the tests start.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

started_keycloak=false
stop_keycloak() { if $started_keycloak; then bash src/dev/keycloak.sh stop || true; fi; }
trap stop_keycloak EXIT
if ! bash src/dev/keycloak.sh status >/dev/null 2>&1; then
  bash src/dev/keycloak.sh start
  started_keycloak=true
fi

./mvnw -B verify "$@"
