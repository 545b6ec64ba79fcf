#!/usr/bin/env bash
# The Keycloak server for development and tests: the official distribution from Maven Central,
# unpacked once into a cache folder, with the demo realm of docker/keycloak/ imported.
#   bash src/dev/keycloak.sh start|stop|status
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=${KEYCLOAK_VERSION:-26.7.3}
PORT=${KEYCLOAK_PORT:-8180}
CACHE=${OBSERVER_CACHE:-$HOME/.cache/observer}
KC_HOME=$CACHE/keycloak-$VERSION
PIDFILE=$CACHE/keycloak-$PORT.pid
LOG=$CACHE/keycloak-$PORT.log
REALM=$ROOT/docker/keycloak/observer-realm.json
DISCOVERY=http://localhost:$PORT/realms/observer/.well-known/openid-configuration

running() { curl -fs -o /dev/null --max-time 2 "$DISCOVERY"; }

install() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return
  mkdir -p "$CACHE"
  echo "Keycloak $VERSION: downloading the distribution from Maven Central..."
  "$ROOT/mvnw" -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:tar.gz" \
    -DoutputDirectory="$CACHE" -Dmdep.overWriteReleases=true
  tar -xzf "$CACHE/keycloak-quarkus-dist-$VERSION.tar.gz" -C "$CACHE"
  rm -f "$CACHE/keycloak-quarkus-dist-$VERSION.tar.gz"
}

start() {
  if running; then echo "Keycloak already answers on port $PORT"; return; fi
  install
  mkdir -p "$KC_HOME/data/import"
  # A changed realm file is imported afresh: the dev database starts over then.
  if ! cmp -s "$REALM" "$KC_HOME/data/import/observer-realm.json"; then
    rm -rf "$KC_HOME/data/h2"
    cp "$REALM" "$KC_HOME/data/import/observer-realm.json"
  fi
  echo "Keycloak $VERSION: starting on http://localhost:$PORT (log: $LOG)"
  KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} \
  KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin} \
    nohup "$KC_HOME/bin/kc.sh" start-dev --http-port "$PORT" --http-management-port $((PORT + 1000)) \
      --import-realm >"$LOG" 2>&1 &
  echo $! >"$PIDFILE"
  for _ in $(seq 1 180); do
    if running; then echo "Keycloak is ready"; return; fi
    if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
      echo "Keycloak stopped while starting; the end of its log:" >&2; tail -n 40 "$LOG" >&2; exit 1
    fi
    sleep 1
  done
  echo "Keycloak did not answer within 180 s; the end of its log:" >&2; tail -n 40 "$LOG" >&2; exit 1
}

stop() {
  [ -f "$PIDFILE" ] || { echo "Keycloak was not started by this script"; return; }
  pid=$(cat "$PIDFILE")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDFILE"
  echo "Keycloak stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running on port $PORT"; else echo "not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
