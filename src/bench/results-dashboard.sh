#!/usr/bin/env bash
# Benchmark of the results dashboards at full scale (issue 5, "Budgets"), run from the repo root:
#   bash src/bench/results-dashboard.sh
# The packaged app (%dev profile, port 8093, database observer_bench_results made afresh) with the demo
# election and its official results, an observer copy of every protocol and 100,000 reports
# (results-fill.sql). Timed: the national page /results and a regional page /results/units/ALMATY,
# fetched one at a time with a reviewer's bearer token; against pgbench running the SQL statements that
# compute the same figures (results-national.sql and DrillDown.SQL) on the same database in the same
# run, and, for information, the same figures computed from the raw rows (results-*-raw.sql).
# Printed: medians, the ratio page/SQL, against the goals (median < 150 ms, ratio <= 2) as information.
# Exits non-zero only when the run itself broke. Settings: BENCH_PORT (8093), BENCH_REQUESTS (40),
# BENCH_WARMUP (300 requests of each page first).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${BENCH_PORT:-8093}
REQUESTS=${BENCH_REQUESTS:-40}
# requests of each page before the timed ones: the JIT needs a few hundred (with 5, the regional page took
# 19 ms; after 300, 11 ms), and a dashboard on election night is opened thousands of times
WARMUP=${BENCH_WARMUP:-300}
DATABASE=observer_bench_results
WORK=$(mktemp -d "${TMPDIR:-/tmp}/observer-bench-results.XXXXXX")
# shellcheck source=src/bench/bench-lib.sh
. src/bench/bench-lib.sh

start_app
grep -o "Demo official results: .*" "$WORK/app.log" | head -n 1

say "Full scale: copies of every protocol, 100,000 reports (results-fill.sql)"
start=$(date +%s.%N)
sql -d "$DATABASE" -f src/bench/results-fill.sql >/dev/null
printf 'filled in %.1f s: ' "$(echo "$(date +%s.%N) - $start" | bc)"
sql -d "$DATABASE" -c "select (select count(*) from polling_station) || ' stations, ' || (select count(*) from official_protocol)
  || ' protocols, ' || (select count(*) from tally) || ' copies, ' || (select count(*) from report) || ' reports'"

TOKEN=$(token reviewer)
[ -n "$TOKEN" ] || fail "no access token from Keycloak for the demo reviewer"
ELECTION=$(sql -d "$DATABASE" -c "select id from election where active")
ALMATY=$(sql -d "$DATABASE" -c "select id from administrative_unit where election_id = $ELECTION and code = 'ALMATY'")

# The app's statements: the rows statement read from DrillDown.java itself (one line, the level filled
# in) and results-national.sql; and the same figures computed from the raw rows as before V21 kept each
# copy's comparison and each protocol's sum (results-national-raw.sql, results-rows-raw.sql).
drilldown_sql() {
  awk '/private static final String SQL = """/ { on = 1; next } on && /""";/ { exit } on' \
    src/main/java/org/observer/results/DrillDown.java | tr -s ' \n' ' ' \
    | sed -e 's/%1\$s/:level_key/; s/%2\$s/:level_filter/; s/%3\$s/:level_names/; s/?1/:election/g; s/$/;/'
}
[ -n "$(drilldown_sql | grep -o 'from st join tally')" ] || fail "could not read DrillDown.SQL from DrillDown.java"
rows() { # the statement, the level's key, its filter, its names
  printf '%s\n' "$1" | sed -e "s|:level_key|$2|; s|:level_filter|$3|; s|:level_names|$4|"
}
UNITS="select u.id, u.code, u.name_en, u.name_ru, u.name_kk, case u.kind when 'REGION' then '1' when 'CITY' then '2' else '3' end sort from administrative_unit u where u.election_id = :election"
DISTRICTS="select d.id, d.number::text code, d.name_en, d.name_ru, d.name_kk, lpad(d.number::text, 6, '0') sort from district d where d.election_id = :election"
app_rows=$(drilldown_sql)
raw_rows=$(grep -v '^--' src/bench/results-rows-raw.sql)
{ grep -v '^--' src/bench/results-national.sql; rows "$app_rows" "s.unit_id" "true" "$UNITS"; } >"$WORK/national.sql"
{ grep -v '^--' src/bench/results-national-raw.sql; rows "$raw_rows" "s.unit_id" "true" "$UNITS"; } >"$WORK/national-raw.sql"
rows "$app_rows" "s.district_id" "s.unit_id = $ALMATY" "$DISTRICTS" >"$WORK/unit.sql"
rows "$raw_rows" "s.district_id" "s.unit_id = $ALMATY" "$DISTRICTS" >"$WORK/unit-raw.sql"
DAY=$(sql -d "$DATABASE" -c "select election_date from election where active")

say "Timing ($REQUESTS each, one at a time)"
national_page=$(page_median /results)
national_sql=$(sql_median "$WORK/national.sql" -D election="$ELECTION" -D day="'$DAY'")
national_raw=$(sql_median "$WORK/national-raw.sql" -D election="$ELECTION")
unit_page=$(page_median /results/units/ALMATY)
unit_sql=$(sql_median "$WORK/unit.sql" -D election="$ELECTION")
unit_raw=$(sql_median "$WORK/unit-raw.sql" -D election="$ELECTION")
# what any request of a page costs besides its figures: the bearer token, HTTP, the version's look-ups
least_page=$(page_median /results/version)

say "Summary"
summary_line "national /results" "$national_page" "$national_sql"
summary_line "regional /results/units/.." "$unit_page" "$unit_sql"
printf '%s\n' "the same figures from the raw rows (before V21): national $national_raw ms, regional $unit_raw ms (plain SQL medians)"
printf '%s\n' "the least request, /results/version (token, HTTP, one small statement): $least_page ms (median)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
