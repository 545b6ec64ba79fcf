#!/usr/bin/env bash
# Benchmark of the results dashboards at full scale (issue 5, "Budgets"), run from the repo root:
#   bash src/bench/results-dashboard.sh
# The packaged app (%dev profile, port 8093, database observer_bench_results made afresh) with the demo
# election and its official results, an observer copy of every protocol and 100,000 reports
# (results-fill.sql). Timed: the national page /results and a regional page /results/units/ALMATY,
# fetched one at a time with a reviewer's bearer token; against pgbench running the SQL that computes
# the same figures (results-national.sql, results-rows.sql) on the same database in the same run.
# Printed: medians, the ratio page/SQL, against the goals (median < 150 ms, ratio <= 2) as information.
# Exits non-zero only when the run itself broke. Settings: BENCH_PORT (8093), BENCH_REQUESTS (40).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${BENCH_PORT:-8093}
REQUESTS=${BENCH_REQUESTS:-40}
DATABASE=observer_bench_results
APP=http://127.0.0.1:$PORT
KEYCLOAK=http://localhost:${KEYCLOAK_PORT:-8180}
PG=(-h 127.0.0.1 -p 5432 -U postgres)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/observer-bench-results.XXXXXX")

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }
sql() { PGOPTIONS='-c client_min_messages=warning' psql "${PG[@]}" -X -q -At -v ON_ERROR_STOP=1 "$@"; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

command -v pgbench >/dev/null || fail "pgbench is needed (postgresql-contrib or the server package)"
pg_isready "${PG[@]}" -q || fail "PostgreSQL does not answer on 127.0.0.1:5432"
if curl -fs -o /dev/null --max-time 2 "$APP/q/health"; then fail "something already answers on port $PORT"; fi

app_pid=
started_keycloak=false
cleanup() {
  local code=$?
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  if $started_keycloak; then bash src/dev/keycloak.sh stop || true; fi
  if [ $code -ne 0 ]; then echo "(files of this run: $WORK)" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
if ! bash src/dev/keycloak.sh status >/dev/null 2>&1; then
  started_keycloak=true
  bash src/dev/keycloak.sh start
fi

say "Database $DATABASE, made afresh; building and starting the app on $APP"
sql -d postgres -c "drop database if exists $DATABASE with (force)"
sql -d postgres -c "create database $DATABASE"
./mvnw -q -B package -DskipTests >"$WORK/build.log" 2>&1 || { tail -n 60 "$WORK/build.log" >&2; fail "the build failed"; }
cp -r target/quarkus-app "$WORK/app"
java -Dquarkus.profile=dev -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 -Dobserver.demo.reports=0 \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$DATABASE \
  -jar "$WORK/app/quarkus-run.jar" >"$WORK/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  if grep -q "started in" "$WORK/app.log" && curl -fs -o /dev/null --max-time 2 "$APP/q/health"; then break; fi
  kill -0 "$app_pid" 2>/dev/null || { tail -n 60 "$WORK/app.log" >&2; fail "the app stopped while starting"; }
  sleep 1
done
grep -o "Demo official results: .*" "$WORK/app.log" | head -n 1

say "Full scale: copies of every protocol, 100,000 reports (results-fill.sql)"
start=$(date +%s.%N)
sql -d "$DATABASE" -f src/bench/results-fill.sql >/dev/null
printf 'filled in %.1f s: ' "$(echo "$(date +%s.%N) - $start" | bc)"
sql -d "$DATABASE" -c "select (select count(*) from polling_station) || ' stations, ' || (select count(*) from official_protocol)
  || ' protocols, ' || (select count(*) from tally) || ' copies, ' || (select count(*) from report) || ' reports'"

TOKEN=$(curl -fsS --max-time 20 "$KEYCLOAK/realms/observer/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=observer-web -d client_secret=demo-observer-web-secret \
  -d username=reviewer -d password=demo -d scope=openid | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || fail "no access token from Keycloak for the demo reviewer"
ELECTION=$(sql -d "$DATABASE" -c "select id from election where active")
ALMATY=$(sql -d "$DATABASE" -c "select id from administrative_unit where election_id = $ELECTION and code = 'ALMATY'")

# the rows statement as DrillDown.java has it, for a level
grep -q "count(\*) filter (where c.flagged) flagged" src/main/java/org/observer/results/DrillDown.java \
  || echo "warning: DrillDown.java changed since results-rows.sql was written: compare them"
rows() {
  sed -e "s|:level_key|$1|; s|:level_filter|$2|; s|:level_names|$3|" src/bench/results-rows.sql | grep -v '^--'
}
{ grep -v '^--' src/bench/results-national.sql
  rows "s.unit_id" "true" "select u.id, u.code, u.name_en, u.name_ru, u.name_kk, case u.kind when 'REGION' then '1' when 'CITY' then '2' else '3' end sort from administrative_unit u where u.election_id = :election"
} >"$WORK/national.sql"
rows "s.district_id" "s.unit_id = $ALMATY" "select d.id, d.number::text code, d.name_en, d.name_ru, d.name_kk, lpad(d.number::text, 6, '0') sort from district d where d.election_id = :election" >"$WORK/unit.sql"

page() {  # path -> median ms of REQUESTS fetches after 5 warm-up ones
  for _ in 1 2 3 4 5; do curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$APP$1"; done
  for _ in $(seq 1 "$REQUESTS"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$APP$1"
  done | awk '{ print $1 * 1000 }' | median
}
plain() {  # pgbench script -> median ms of REQUESTS runs of it after 5 warm-up ones
  pgbench "${PG[@]}" -n -t 5 -D election="$ELECTION" -f "$1" "$DATABASE" >/dev/null 2>&1
  (cd "$WORK" && rm -f pgbench_log.* && pgbench "${PG[@]}" -n -t "$REQUESTS" -l -D election="$ELECTION" -f "$1" "$DATABASE" >/dev/null 2>&1)
  awk '{ print $3 / 1000 }' "$WORK"/pgbench_log.* | median
}

say "Timing ($REQUESTS each, one at a time)"
national_page=$(page /results)
national_sql=$(plain "$WORK/national.sql")
unit_page=$(page /results/units/ALMATY)
unit_sql=$(plain "$WORK/unit.sql")

say "Summary"
report() {
  awk -v name="$1" -v app="$2" -v base="$3" 'BEGIN {
    ratio = base > 0 ? app / base : 0
    printf "%-28s page median %7.1f ms   plain SQL median %7.1f ms   ratio %.2fx   goals (<150 ms, <=2x): %s\n",
      name, app, base, ratio, (app < 150 && ratio <= 2) ? "met" : "NOT met" }'
}
report "national /results" "$national_page" "$national_sql"
report "regional /results/units/.." "$unit_page" "$unit_sql"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
