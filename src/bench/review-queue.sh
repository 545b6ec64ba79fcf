#!/usr/bin/env bash
# Benchmark of the review queue at 100,000 reports (issue 4, "Budgets"), run from the repo root:
#   bash src/bench/review-queue.sh
# The packaged app (%dev profile, port 8095, database observer_bench_review made afresh) with the demo
# election and 100,000 varied reports (review-fill.sql). For each combination of filters below: the first
# page of the JSON queue (/api/reports?...) fetched one at a time with a reviewer's bearer token, against
# pgbench running the very statements the app runs for it (the page's rows and the capped count, written
# by QueueSql.java from the app's own ReportQuery) on the same database in the same run.
# Printed: medians and the ratio app/SQL per filter, against the goals (median < 150 ms, ratio <= 2) as
# information. Exits non-zero only when the run itself broke. Settings: BENCH_PORT (8095), BENCH_REQUESTS (30),
# WARMUP_ROUNDS (20 fetches of every filter before timing; the JIT needs them).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${BENCH_PORT:-8095}
REQUESTS=${BENCH_REQUESTS:-30}
DATABASE=observer_bench_review
WORK=$(mktemp -d "${TMPDIR:-/tmp}/observer-bench-review.XXXXXX")
# shellcheck source=src/bench/bench-lib.sh
. src/bench/bench-lib.sh

start_app

say "100,000 reports (review-fill.sql)"
start=$(date +%s.%N)
sql -d "$DATABASE" -f src/bench/review-fill.sql >/dev/null
printf 'filled in %.1f s: ' "$(echo "$(date +%s.%N) - $start" | bc)"
sql -d "$DATABASE" -c "select count(*) filter (where latest) || ' reports (' || count(*) || ' rows with versions), '
  || (select count(*) from incident_group) || ' incidents' from report"

TOKEN=$(token reviewer)
[ -n "$TOKEN" ] || fail "no access token from Keycloak for the demo reviewer"
ELECTION=$(sql -d "$DATABASE" -c "select id from election where active")
ORGANISATION=$(sql -d "$DATABASE" -c "select id from organisation where name = 'OSCE/ODIHR'")
ZONE=$(sql -d "$DATABASE" -c "select coalesce(s.time_zone, u.time_zone) from polling_station s
  join administrative_unit u on u.id = s.unit_id where s.election_id = $ELECTION group by 1 order by count(*) desc limit 1")

FILTERS=(
  ""
  "status=NEW"
  "severity=CRITICAL&status=NEW"
  "phase=VOTING&unit=ALMATY"
  "q=%D0%B2%D0%B1%D1%80%D0%BE%D1%81"
  "photos=yes&sort=SEVERITY"
  "flagged=yes&status=IN_REVIEW"
  "from=2023-03-19T20:00&to=2023-03-19T23:59&kind=INTERNATIONAL"
  "category=BALLOT_STUFFING&district=3&sort=STATION"
  "organisation=$ORGANISATION&severity=SERIOUS&severity=CRITICAL&status=NEW&status=IN_REVIEW"
  "status=VERIFIED&page=20"
)
java -cp "target/classes:$WORK/app/lib/main/*" src/bench/QueueSql.java "$ELECTION" "$ZONE" "$WORK" "${FILTERS[@]}"

say "Warming the app up: every filter ${WARMUP_ROUNDS:-20} times"
for _ in $(seq 1 "${WARMUP_ROUNDS:-20}"); do
  for query in "${FILTERS[@]}"; do curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$APP/api/reports?$query"; done
done

say "Timing ($REQUESTS each, one at a time)"
results=()
for i in "${!FILTERS[@]}"; do
  query=${FILTERS[$i]}
  count=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$APP/api/reports?$query" | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
  app=$(page_median "/api/reports?$query")
  base=$(sql_median "$WORK/queue$i.sql")
  results+=("$(summary_line "${query:-(no filter)} [$count]" "$app" "$base")")
done

say "Summary"
printf '%s\n' "${results[@]}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
