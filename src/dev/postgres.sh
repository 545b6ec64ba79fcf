#!/usr/bin/env bash
# Makes sure PostgreSQL answers on 127.0.0.1:5432 with the database "observer": the machine's own
# server where one runs, else a real embedded PostgreSQL (data kept in ~/.cache/observer).
#   bash src/dev/postgres.sh start|stop
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${OBSERVER_CACHE:-$HOME/.cache/observer}
PIDFILE=$CACHE/postgres.pid
LOG=$CACHE/postgres.log
DATABASE=${OBSERVER_DATABASE:-observer}

answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

start() {
  mkdir -p "$CACHE"
  cd "$ROOT"
  ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/dev-classpath.txt >"$CACHE/postgres-build.log" 2>&1 \
    || { cat "$CACHE/postgres-build.log" >&2; exit 1; }
  local classpath="target/test-classes:target/classes:$(cat target/dev-classpath.txt)"
  if answers; then
    java -cp "$classpath" org.observer.support.LocalPostgres 127.0.0.1 5432 "$DATABASE"
    return
  fi
  nohup java -cp "$classpath" org.observer.support.LocalPostgres 127.0.0.1 5432 "$DATABASE" >"$LOG" 2>&1 &
  echo $! >"$PIDFILE"
  for _ in $(seq 1 60); do
    if grep -q "is ready" "$LOG" 2>/dev/null; then cat "$LOG"; return; fi
    kill -0 "$(cat "$PIDFILE")" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 1
  done
  echo "PostgreSQL did not start within 60 s" >&2; cat "$LOG" >&2; exit 1
}

stop() {
  [ -f "$PIDFILE" ] || return 0
  kill "$(cat "$PIDFILE")" 2>/dev/null || true
  rm -f "$PIDFILE"
  echo "Embedded PostgreSQL stopped"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
