#!/usr/bin/env bash
# Benchmark of the reports CSV export (issue 6), run from the repo root:
#   bash src/bench/export-csv.sh
# Generates BENCH_REPORTS (100,000) reports in SQL in the database observer_bench_export, starts the
# packaged app (%dev profile, port 8091), downloads /exports/reports.csv (no filter: every report) as
# the demo reviewer, and in the same run lets PostgreSQL write the same select with
# COPY (...) TO STDOUT (FORMAT csv). Prints: rows, time to first byte, total time, MB/s, the ratio
# app/COPY (target >= 0.5), TTFB (target < 1 s) and the app's heap during the export, sampled with
# jstat every 200 ms (target: growth under 64 MB). Information only: exits non-zero only when the run broke.
# Settings: BENCH_REPORTS (100000), BENCH_PORT (8091), BENCH_JAVA_OPTS (e.g. -Xmx256m to prove the bound).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${BENCH_PORT:-8091}
REPORTS=${BENCH_REPORTS:-100000}
DATABASE=observer_bench_export
WORK=$(mktemp -d "${TMPDIR:-/tmp}/observer-export-bench.XXXXXX")
# shellcheck source=src/bench/bench-lib.sh
. src/bench/bench-lib.sh
for tool in jstat bc; do command -v $tool >/dev/null || fail "$tool is needed"; done
# shellcheck disable=SC2086
start_app ${BENCH_JAVA_OPTS:-}

say "Generating $REPORTS reports in SQL"
election=$(sql -d $DATABASE -c "select id from election where active")
sql -d $DATABASE <<SQL
insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id, station_assigned,
                    phase, category_id, severity, observed_at, description, people_involved, reported_to_commission)
select $election, gen_random_uuid(), 'X' || lpad(to_hex(g), 8, '0'), a.station_id, a.accreditation_id, true,
       (array['OPENING','VOTING','CLOSING','COUNTING'])[1 + g % 4], c.id,
       (array['INFO','MINOR','SERIOUS','CRITICAL'])[1 + g % 4],
       timestamptz '2023-03-19 08:00+06' + (g % 720) * interval '1 minute',
       'Бенчмарк #' || g || ': бюллетеньдер, "кавычки", запятые' || chr(10) || 'second line of a longer description',
       'Chair of the commission', false
from generate_series(1, $REPORTS) g
join (select row_number() over (order by accreditation_id, station_id) - 1 as n, accreditation_id, station_id
      from station_assignment) a on a.n = g % (select count(*) from station_assignment)
join (select row_number() over (order by id) - 1 as n, id from incident_category where election_id = $election) c
  on c.n = g % (select count(*) from incident_category where election_id = $election);
analyze report;
SQL
rows=$(sql -d $DATABASE -c "select count(*) from report where latest and election_id = $election")
echo "reports in the export: $rows"

TOKEN=$(token reviewer)
[ -n "$TOKEN" ] || fail "no access token for the demo reviewer"

export_once() {
  curl -sS -o "$WORK/export.csv" -H "Authorization: Bearer $TOKEN" \
    -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' "$APP/exports/reports.csv"
}
say "Warm-up export"
export_once >/dev/null

say "Measured export (heap sampled every 200 ms)"
jstat -gc "$app_pid" 200 >"$WORK/jstat.log" & jstat_pid=$!
sleep 1
read -r status ttfb total bytes < <(export_once)
sleep 1
kill "$jstat_pid" 2>/dev/null || true
[ "$status" = 200 ] || fail "the export answered $status"
lines=$(($(wc -l <"$WORK/export.csv")))
# used heap = S0U + S1U + EU + OU (KB): its highest growth over the first sample counts garbage not yet
# collected too (an upper bound); the old generation's growth is what the export kept alive
heap=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (first == "") { first = used; old = $8 }
  if (used > max) max = used; if ($8 > maxold) maxold = $8 }
  END { printf "%.1f %.1f %.1f", first / 1024, (max - first) / 1024, (maxold - old) / 1024 }' "$WORK/jstat.log")
read -r heap_before heap_growth old_growth <<<"$heap"

say "PostgreSQL COPY of the same select"
columns=$(sed -n '/COLUMNS = """/,/""";/p' src/main/java/org/observer/review/QueueRow.java | sed '1d;s/""";$//')
copy_start=$(date +%s.%N)
sql -d $DATABASE -c "copy (select $columns from report r
  join polling_station s on s.id = r.station_id join administrative_unit u on u.id = s.unit_id
  join district d on d.id = s.district_id join incident_category c on c.id = r.category_id
  join accreditation a on a.id = r.accreditation_id join organisation o on o.id = a.organisation_id
  where r.election_id = $election and r.latest order by r.observed_at desc, r.id desc)
  to stdout with (format csv, header)" >"$WORK/copy.csv"
copy_end=$(date +%s.%N)
copy_time=$(echo "$copy_end - $copy_start" | bc -l)
copy_bytes=$(stat -c %s "$WORK/copy.csv")

say "Summary"
awk -v rows="$rows" -v lines="$lines" -v ttfb="$ttfb" -v total="$total" -v bytes="$bytes" \
    -v ct="$copy_time" -v cb="$copy_bytes" -v hb="$heap_before" -v hg="$heap_growth" -v og="$old_growth" 'BEGIN {
  printf "app CSV export:  %d reports (%d lines with header and line breaks inside descriptions), %.1f MB in %.2f s = %.0f rows/s, first byte after %.3f s\n", rows, lines, bytes / 1e6, total, rows / total, ttfb
  printf "PostgreSQL COPY: %d rows, %.1f MB in %.2f s = %.0f rows/s\n", rows, cb / 1e6, ct, rows / ct
  printf "ratio app/COPY (rows/s): %.2f (target >= 0.5: %s)\n", ct / total, ct / total >= 0.5 ? "met" : "not met"
  printf "time to first byte: %.3f s (target < 1 s: %s)\n", ttfb, ttfb < 1 ? "met" : "not met"
  printf "heap used before: %.1f MB; highest growth during the export: %.1f MB with garbage, %.1f MB in the old generation (target < 64 MB: %s)\n", hb, hg, og, hg < 64 ? "met" : og < 64 ? "met for what is kept alive; garbage included, not met" : "not met"
}'
