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

say "Timing ($REQUESTS each, one at a time)"
national_page=$(page_median /results)
national_sql=$(sql_median "$WORK/national.sql" -D election="$ELECTION")
unit_page=$(page_median /results/units/ALMATY)
unit_sql=$(sql_median "$WORK/unit.sql" -D election="$ELECTION")

say "Summary"
summary_line "national /results" "$national_page" "$national_sql"
summary_line "regional /results/units/.." "$unit_page" "$unit_sql"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
