# Shared by the benchmarks that run the packaged app against a database of their own (sourced, not run).
# The caller sets PORT, DATABASE and WORK before calling start_app; cleanup runs at exit.
APP=http://127.0.0.1:$PORT
KEYCLOAK=http://localhost:${KEYCLOAK_PORT:-8180}
PG=(-h 127.0.0.1 -p 5432 -U postgres)

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }
sql() { PGOPTIONS='-c client_min_messages=warning' psql "${PG[@]}" -X -q -At -v ON_ERROR_STOP=1 "$@"; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

app_pid=
started_keycloak=false
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  app_pid=
}
cleanup() {
  local code=$?
  stop_app
  if $started_keycloak; then bash src/dev/keycloak.sh stop || true; fi
  if [ $code -ne 0 ]; then echo "(files of this run: $WORK)" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# Keycloak (started here only if it does not answer, and then stopped at the end), a fresh database,
# the app built, copied (so that another build cannot change it under the running app) and started
# with the %dev profile and the given extra JVM options.
start_app() {
  command -v pgbench >/dev/null || fail "pgbench is needed (postgresql-contrib or the server package)"
  pg_isready "${PG[@]}" -q || fail "PostgreSQL does not answer on 127.0.0.1:5432"
  if curl -fs -o /dev/null --max-time 2 "$APP/q/health"; then fail "something already answers on port $PORT"; fi
  if ! bash src/dev/keycloak.sh status >/dev/null 2>&1; then
    started_keycloak=true
    bash src/dev/keycloak.sh start
  fi
  say "Database $DATABASE, made afresh; building and starting the app on $APP"
  sql -d postgres -c "drop database if exists $DATABASE with (force)"
  sql -d postgres -c "create database $DATABASE"
  ./mvnw -q -B package -DskipTests >"$WORK/build.log" 2>&1 || { tail -n 60 "$WORK/build.log" >&2; fail "the build failed"; }
  cp -r target/quarkus-app "$WORK/app"
  launch_app "$@"
}

# Starts the app start_app built, on the same database, with the given extra JVM options (after
# stop_app, to measure the same data under other options in one run).
launch_app() {
  # shellcheck disable=SC2068
  java $@ -Dquarkus.profile=dev -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 -Dobserver.demo.reports=0 \
    -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$DATABASE \
    -jar "$WORK/app/quarkus-run.jar" >>"$WORK/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 300); do
    if grep -q "started in" "$WORK/app.log" && curl -fs -o /dev/null --max-time 2 "$APP/q/health"; then return; fi
    kill -0 "$app_pid" 2>/dev/null || { tail -n 60 "$WORK/app.log" >&2; fail "the app stopped while starting"; }
    sleep 1
  done
  fail "the app did not start within 300 s"
}

# An access token of a demo user (password grant of the demo client).
token() {
  curl -fsS --max-time 20 "$KEYCLOAK/realms/observer/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=observer-web -d client_secret=demo-observer-web-secret \
    -d username="$1" -d password=demo -d scope=openid | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# Median ms of REQUESTS fetches of a path (after WARMUP ones, default 5), one at a time, with TOKEN.
page_median() {
  for _ in $(seq 1 "${WARMUP:-5}"); do curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$APP$1"; done
  for _ in $(seq 1 "$REQUESTS"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$APP$1"
  done | awk '{ print $1 * 1000 }' | median
}

# Median ms of REQUESTS runs of a pgbench script (after 5 warm-up ones); extra arguments go to pgbench.
sql_median() {
  local script=$1; shift
  pgbench "${PG[@]}" -n -t 5 "$@" -f "$script" "$DATABASE" >/dev/null 2>&1
  (cd "$WORK" && rm -f pgbench_log.* && pgbench "${PG[@]}" -n -t "$REQUESTS" -l "$@" -f "$script" "$DATABASE" >/dev/null 2>&1)
  awk '{ print $3 / 1000 }' "$WORK"/pgbench_log.* | median
}

# One line of a summary: name, the app's median, the plain SQL's median, against <150 ms and <=2x.
summary_line() {
  awk -v name="$1" -v app="$2" -v base="$3" 'BEGIN {
    ratio = base > 0 ? app / base : 0
    printf "%-44s app median %7.1f ms   plain SQL median %7.1f ms   ratio %.2fx   goals (<150 ms, <=2x): %s\n",
      name, app, base, ratio, (app < 150 && ratio <= 2) ? "met" : "NOT met" }'
}
