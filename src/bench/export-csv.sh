#!/usr/bin/env bash
# Benchmark of the reports exports (issue 6), run from the repo root:
#   bash src/bench/export-csv.sh
# Generates BENCH_REPORTS (100,000) reports in SQL in the database observer_bench_export and starts the
# packaged app (%dev profile, port 8091) twice on them: with the JVM's default heap, then with
# BENCH_CAPPED_HEAP (-Xmx128m). In each, as the demo reviewer, it downloads /exports/reports.csv, .xlsx
# and .json (no filter: every report), once to warm up and once measured while jstat samples the heap
# every 200 ms; reads each file back (Python's csv, json and zipfile) and checks that it holds exactly
# the database's count of those reports (never cut off); and lets PostgreSQL write the CSV's select with
# COPY (...) TO STDOUT (FORMAT csv). Prints per run and format: records, time to first byte, total time,
# MB, heap growth (all used, and the old generation), and for CSV the ratio app/COPY. Targets: CSV at
# least half COPY's rows/s, first byte < 1 s, heap growth < 64 MB (the capped run shows that the export
# needs no more: its whole heap is 128 MB). Exits non-zero when the run broke or a file missed rows.
# Settings: BENCH_REPORTS (100000), BENCH_PORT (8091), BENCH_CAPPED_HEAP (-Xmx128m).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${BENCH_PORT:-8091}
REPORTS=${BENCH_REPORTS:-100000}
CAPPED=${BENCH_CAPPED_HEAP:--Xmx128m}
DATABASE=observer_bench_export
WORK=$(mktemp -d "${TMPDIR:-/tmp}/observer-export-bench.XXXXXX")
# shellcheck source=src/bench/bench-lib.sh
. src/bench/bench-lib.sh
for tool in jstat bc python3; do command -v $tool >/dev/null || fail "$tool is needed"; done
start_app

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
# what the export without a filter must hold: the queue's rows, the latest version of every report
rows=$(sql -d $DATABASE -c "select count(*) from report where latest and election_id = $election")
echo "reports in the database for the export: $rows"

# The records of an export file, read as a spreadsheet or a program would read it.
records() {
  python3 - "$1" "$2" <<'PY'
import csv, json, re, sys, zipfile
kind, path = sys.argv[1], sys.argv[2]
if kind == "csv":
    with open(path, newline="", encoding="utf-8-sig") as f:
        print(sum(1 for _ in csv.reader(f)) - 1)
elif kind == "json":
    with open(path, encoding="utf-8") as f:
        print(len(json.load(f)))
else:
    with zipfile.ZipFile(path) as z:
        print(len(re.findall(rb"<row[ >]", z.read("xl/worksheets/sheet1.xml"))) - 1)
PY
}

# One measured download of /exports/reports.FORMAT with the heap sampled; appends a line to results.
measure() {
  local run=$1 format=$2
  curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$APP/exports/reports.$format"
  jstat -gc "$app_pid" 200 >"$WORK/jstat.log" & local jstat_pid=$!
  sleep 1
  local status ttfb total bytes
  read -r status ttfb total bytes < <(curl -sS -o "$WORK/export.$format" -H "Authorization: Bearer $TOKEN" \
    -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' "$APP/exports/reports.$format")
  sleep 1
  kill "$jstat_pid" 2>/dev/null || true
  wait "$jstat_pid" 2>/dev/null || true
  [ "$status" = 200 ] || fail "$run: the $format export answered $status"
  local read_back
  read_back=$(records "$format" "$WORK/export.$format")
  # used heap = S0U + S1U + EU + OU (KB): its highest growth over the first sample counts garbage not yet
  # collected too (an upper bound); the old generation's growth is what the export kept alive
  local heap
  heap=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (first == "") { first = used; old = $8 }
    if (used > max) max = used; if ($8 > maxold) maxold = $8 }
    END { printf "%.1f %.1f %.1f", first / 1024, (max - first) / 1024, (maxold - old) / 1024 }' "$WORK/jstat.log")
  echo "$run $format $read_back $ttfb $total $bytes $heap" >>"$WORK/results"
  [ "$read_back" = "$rows" ] || fail "$run: the $format file holds $read_back records, the database $rows"
}

columns=$(sed -n '/COLUMNS = """/,/""";/p' src/main/java/org/observer/review/QueueRow.java | sed '1d;s/""";$//')
copy_once() {
  local start end
  start=$(date +%s.%N)
  sql -d $DATABASE -c "copy (select $columns from report r
    join polling_station s on s.id = r.station_id join administrative_unit u on u.id = s.unit_id
    join district d on d.id = s.district_id join incident_category c on c.id = r.category_id
    join accreditation a on a.id = r.accreditation_id join organisation o on o.id = a.organisation_id
    where r.election_id = $election and r.latest order by r.observed_at desc, r.id desc)
    to stdout with (format csv, header)" >"$WORK/copy.csv"
  end=$(date +%s.%N)
  echo "$1 $(echo "$end - $start" | bc -l) $(stat -c %s "$WORK/copy.csv")" >>"$WORK/copy"
}

for run in default capped; do
  if [ $run = capped ]; then
    say "Restarting the app with $CAPPED"
    stop_app
    # shellcheck disable=SC2086
    launch_app $CAPPED
  fi
  TOKEN=$(token reviewer)
  [ -n "$TOKEN" ] || fail "no access token for the demo reviewer"
  for format in csv xlsx json; do
    say "$run heap: $format export, warm-up then measured"
    measure $run $format
  done
  say "$run heap: PostgreSQL COPY of the CSV's select"
  copy_once $run
done

say "Summary ($rows reports; default heap, then $CAPPED)"
awk -v capped="$CAPPED" 'FNR == NR { copy[$1] = $2; copybytes[$1] = $3; next } {
  run = $1 == "capped" ? capped : "default heap"
  printf "%-12s %-4s %6d records (all of them), %5.1f MB in %5.2f s = %6.0f rows/s, first byte %.3f s (target < 1 s: %s), heap before %5.1f MB, growth %5.1f MB with garbage / %4.1f MB old generation (target < 64 MB: %s)\n",
    run, $2, $3, $6 / 1e6, $5, $3 / $5, $4, $4 < 1 ? "met" : "not met", $7, $8, $9, $8 < 64 ? "met" : $9 < 64 ? "met for what is kept alive" : "not met"
  if ($2 == "csv")
    printf "%-12s COPY %6d rows, %5.1f MB in %5.2f s = %6.0f rows/s; ratio app CSV / COPY (rows/s): %.2f (target >= 0.5: %s)\n",
      run, $3, copybytes[$1] / 1e6, copy[$1], $3 / copy[$1], copy[$1] / $5, copy[$1] / $5 >= 0.5 ? "met" : "not met"
}' "$WORK/copy" "$WORK/results"
