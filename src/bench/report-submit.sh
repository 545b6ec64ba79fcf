#!/usr/bin/env bash
# Benchmark of sending an incident report with no photo (issue "budget"), run from the repo root:
#   bash src/bench/report-submit.sh
# 50 observers (wrk connections) send reports to the packaged app (%dev profile, port 8090, database
# observer_bench made afresh); then pgbench inserts the same row into the same PostgreSQL with 50
# clients. Printed: submissions/s, median and p99 latency, pgbench's rate and the ratio app/pgbench,
# against the targets (ratio >= 0.3, median < 100 ms) as information only. Also checked: the form
# observer pages (home, the three forms, a receipt, the station page; English, Russian, Kazakh) each
# weigh under 50 KB with their CSS and JS and name no other host, the run had at most 1% errors,
# and every 303 made exactly one report row. Exits non-zero only when the run itself broke.
# BENCH_WEIGHT_ONLY=1 stops after the page weights (no wrk, no pgbench: about a minute after the build).
# Settings (environment): BENCH_DURATION (s, default 20), BENCH_CONNECTIONS (50), BENCH_PORT (8090),
# BENCH_WARMUP (s of each warm-up run, 5), BENCH_WARMUP_REPORTS (10000), BENCH_WARMUP_ROUNDS (most
# warm-up runs, 16; 1 gives a single warm-up run), BENCH_PROFILE=1 records a JFR CPU profile of the
# app during the measured run and prints where the time goes (src/bench/jfr-where.awk),
# BENCH_JAVA_OPTS extra JVM options for the app, BENCH_DATABASE (observer_bench).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${BENCH_PORT:-8090}
DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-5}
CONNECTIONS=${BENCH_CONNECTIONS:-50}
DATABASE=${BENCH_DATABASE:-observer_bench}
STATION=180001
FORM_PATH=/observer/stations/$STATION/report
PAGE_BUDGET=$((50 * 1024))
WORK=$(mktemp -d "${TMPDIR:-/tmp}/observer-bench.XXXXXX")
# shellcheck source=src/bench/bench-lib.sh
. src/bench/bench-lib.sh


# ---------------------------------------------------------------- 1. tools
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
apt_updated=false
apt_install() {
  $apt_updated || { $SUDO apt-get update -qq; apt_updated=true; }
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
missing=()
[ "${BENCH_WEIGHT_ONLY:-}" = 1 ] || command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
command -v psql >/dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then echo "Installing ${missing[*]}"; apt_install "${missing[@]}"; fi
# Debian's /usr/bin/pgbench is a wrapper from postgresql-client-common; on Debian 12 the program itself
# comes with the server package (postgresql-15, pulled in by postgresql-contrib).
if [ "${BENCH_WEIGHT_ONLY:-}" != 1 ] && ! pgbench --version >/dev/null 2>&1; then
  echo "Installing pgbench"
  apt_install postgresql-client
  pgbench --version >/dev/null 2>&1 || apt_install postgresql-contrib
  pgbench --version >/dev/null 2>&1 || fail "pgbench is still missing after installing postgresql-client and postgresql-contrib"
fi
java -version >/dev/null 2>&1 || fail "java (JDK 17) is needed"

# ---------------------------------------------------------------- 2. PostgreSQL, Keycloak
pg_isready "${PG[@]}" -q || fail "PostgreSQL does not answer on 127.0.0.1:5432 (bash src/dev/postgres.sh start starts one)"
if curl -fs -o /dev/null --max-time 2 "$APP/q/health"; then
  fail "something already answers on port $PORT: stop it or set BENCH_PORT"
fi

# bench-lib.sh's cleanup, but a profiled run keeps its files (the JFR recording)
cleanup() {
  local code=$?
  stop_app
  if $started_keycloak; then bash src/dev/keycloak.sh stop || true; fi
  if [ $code -ne 0 ] || [ "${BENCH_PROFILE:-}" = 1 ]; then echo "(files of this run: $WORK)" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

if ! bash src/dev/keycloak.sh status >/dev/null 2>&1; then
  started_keycloak=true
  bash src/dev/keycloak.sh start
fi

say "Database $DATABASE, made afresh"
sql -d postgres -c "drop database if exists $DATABASE with (force)"
sql -d postgres -c "create database $DATABASE"

# ---------------------------------------------------------------- 3. the app
say "Building the app"
./mvnw -q -B package -DskipTests >"$WORK/build.log" 2>&1 || { tail -n 60 "$WORK/build.log" >&2; fail "the build failed"; }
# A copy of its own, so that another build in this work tree cannot change the jar under the running app.
cp -r target/quarkus-app "$WORK/app"

java_opts=${BENCH_JAVA_OPTS:-}
# JFR on from the start: its first start in a running app made each submission cost 4-5 times the CPU
# for the measured run (as if the JIT started over); a second recording then costs little.
[ "${BENCH_PROFILE:-}" = 1 ] && java_opts="$java_opts -XX:FlightRecorderOptions:stackdepth=200 \
  -XX:StartFlightRecording=name=startup,settings=default,maxage=2m"
say "Starting the app on $APP (profile dev, database $DATABASE; log: $WORK/app.log)"
# shellcheck disable=SC2086
java $java_opts -Dquarkus.profile=dev -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$DATABASE \
  -jar "$WORK/app/quarkus-run.jar" >"$WORK/app.log" 2>&1 &
app_pid=$!
started=false
for _ in $(seq 1 300); do
  if grep -q "started in" "$WORK/app.log" && curl -fs -o /dev/null --max-time 2 "$APP/q/health"; then
    started=true; break
  fi
  kill -0 "$app_pid" 2>/dev/null || { tail -n 60 "$WORK/app.log" >&2; fail "the app stopped while starting"; }
  sleep 1
done
$started || { tail -n 60 "$WORK/app.log" >&2; fail "the app did not start within 300 s"; }
grep -o "started in [0-9.]*s" "$WORK/app.log" | head -n 1 | sed 's/^/app /'

# ---------------------------------------------------------------- 4. token, form page, page weight
token() {
  curl -fsS --max-time 20 "$KEYCLOAK/realms/observer/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=observer-web -d client_secret=demo-observer-web-secret \
    -d username=observer -d password=demo -d scope=openid \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
TOKEN=$(token)
[ -n "$TOKEN" ] || fail "no access token from Keycloak for the demo observer"

say "Form page $FORM_PATH"
status=$(curl -sS -o "$WORK/form.html" -D "$WORK/form.headers" -w '%{http_code}' \
  -H "Authorization: Bearer $TOKEN" "$APP$FORM_PATH")
[ "$status" = 200 ] || { head -c 2000 "$WORK/form.html" >&2; fail "GET $FORM_PATH answered $status"; }
CSRF_COOKIE=$(tr -d '\r' <"$WORK/form.headers" | sed -n 's/^[Ss]et-[Cc]ookie: csrf=\([^;]*\).*/\1/p' | tail -n 1)
CSRF_TOKEN=$(sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' "$WORK/form.html" | head -n 1)
[ -n "$CSRF_COOKIE" ] || fail "the form page set no csrf cookie"
[ -n "$CSRF_TOKEN" ] || fail "the form page has no csrf-token field"

# weigh LABEL PATH [LANGUAGE]: an observer page with everything a browser loads for it on a first visit
# (its stylesheets, scripts, icon and images, and the service worker its scripts register), and the
# URLs of other hosts it names (in src/href/action… attributes, url(…)/@import of the CSS, the scripts).
# Adds a line to $WORK/weights.txt; sets all_ok=no when the page is over the budget or names another host.
all_ok=yes
: >"$WORK/weights.txt"
weigh() {
  local label=$1 path=$2 language=${3:-en} html="$WORK/page.html" page_status total outside
  page_status=$(curl -sS -o "$html" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    -H "Cookie: lang=$language" "$APP$path")
  [ "$page_status" = 200 ] || { head -c 2000 "$html" >&2; fail "GET $path ($language) answered $page_status"; }
  total=$(wc -c <"$html")
  printf '  %-22s %-3s %s\n' "$label" "$language" "$path"
  : >"$WORK/outside.txt"
  fetched=()
  attr_urls() { { grep -oE "<$1[^>]*$2=\"[^\"]*\"" "$html" || true; } | sed -E "s/.*$2=\"([^\"]*)\"/\1/"; }
  for url in $( { attr_urls link href; attr_urls script src; attr_urls img src; } | sort -u); do
    case "$url" in
      /*) fetch_asset "$url" "$path" ;;
      *) echo "$path: loads $url" >>"$WORK/outside.txt" ;;
    esac
  done
  # any attribute of the HTML that names a URL with a host (http://, https:// or //)
  grep -oE "(src|href|action|formaction|poster|srcset|data)=\"(https?:)?//[^\"]*\"" "$html" \
    | sed "s|^|$path: |" >>"$WORK/outside.txt" || true
  outside=none
  if [ -s "$WORK/outside.txt" ]; then outside=$(tr '\n' ' ' <"$WORK/outside.txt"); all_ok=no; fi
  [ "$total" -lt "$PAGE_BUDGET" ] || all_ok=no
  printf '| %s | %s | `%s` | %d | %d | %s | %s |\n' "$label" "$language" "$path" "$(wc -c <"$html")" "$total" \
    "$([ "$total" -lt "$PAGE_BUDGET" ] && echo yes || echo NO)" "$outside" >>"$WORK/weights.txt"
}
# fetch_asset URL PAGE: adds the file's bytes to the page's total (weigh's "total")
fetch_asset() {
  local url=$1 page=$2 file f asset_status bytes
  for f in "${fetched[@]}"; do [ "$f" = "$url" ] && return; done
  fetched+=("$url")
  file="$WORK/asset"
  asset_status=$(curl -sS -o "$file" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$APP$url")
  [ "$asset_status" = 200 ] || fail "GET $url (loaded by $page) answered $asset_status"
  bytes=$(wc -c <"$file")
  total=$((total + bytes))
  case "$url" in
    *.js)
      grep -oE "https?://[^'\" )]+|['\"]//[a-z0-9.-]+" "$file" | sed "s|^|$url: |" >>"$WORK/outside.txt" || true
      local worker
      for worker in $( { grep -oE "serviceWorker\.register\(['\"][^'\"]+['\"]" "$file" || true; } \
        | sed -E "s/.*\(['\"]([^'\"]+)['\"]/\1/"); do
        fetch_asset "$worker" "$page"
      done ;;
    *.css)
      grep -oE "(url\(|@import)[^)]*(https?:)?//[^)'\" ]+" "$file" | sed "s|^|$url: |" >>"$WORK/outside.txt" || true ;;
  esac
}

# A receipt to weigh: one report sent as the form sends it (the wrk runs below send thousands more).
receipt=$(curl -sS -o /dev/null -w '%{redirect_url}' -H "Authorization: Bearer $TOKEN" -b "csrf=$CSRF_COOKIE" \
  -F "csrf-token=$CSRF_TOKEN" -F "submissionId=$(cat /proc/sys/kernel/random/uuid)" -F phase=VOTING \
  -F category=OTHER -F severity=MINOR -F observedAt=2023-03-19T10:15 \
  -F "description=Benchmark report: the ballot box seal was not shown to the observers before voting started." \
  -F reportedToCommission=no -F action=send "$APP$FORM_PATH")
case "$receipt" in */reports/*) receipt=/reports/${receipt##*/reports/} ;; *) fail "the report sent to weigh its receipt got no receipt" ;; esac

say "Observer pages with what they load (budget $PAGE_BUDGET bytes each, no other host)"
weigh "home" /observer
weigh "incident form" "$FORM_PATH"
weigh "incident form" "$FORM_PATH" ru
weigh "incident form" "$FORM_PATH" kk
weigh "results protocol form" "/observer/stations/$STATION/tally?ballot=PARTY_LIST"
weigh "results protocol form" "/observer/stations/$STATION/tally?ballot=PARTY_LIST" ru
weigh "checklist form" "/observer/stations/$STATION/checklist?phase=VOTING"
weigh "checklist form" "/observer/stations/$STATION/checklist?phase=VOTING" ru
weigh "receipt of a report" "$receipt"
weigh "station page" "/stations/$STATION"
weigh "station page" "/stations/$STATION" ru
weigh "home" /observer ru
page_ok=$all_ok
echo
echo "| page | language | path | HTML bytes | with CSS, JS, icon, service worker | under 50 KB | other hosts |"
echo "|---|---|---|---|---|---|---|"
cat "$WORK/weights.txt"
echo "  every page under 50 KB and no other host: $page_ok"
if [ "${BENCH_WEIGHT_ONLY:-}" = 1 ]; then exit 0; fi

# ---------------------------------------------------------------- 5. wrk: reports sent through the app
count_reports() { sql -d "$DATABASE" -c "select count(*) from report"; }
reports_before=$(count_reports)
: >"$WORK/codes.txt"
sent_total=0
responses_total=0
ok_total=0

run_wrk() { # name seconds [quiet]
  local name=$1 seconds=$2
  TOKEN=$(token)
  [ -n "$TOKEN" ] || fail "no access token from Keycloak"
  BENCH_TOKEN=$TOKEN BENCH_CSRF_COOKIE=$CSRF_COOKIE BENCH_CSRF_TOKEN=$CSRF_TOKEN BENCH_PATH=$FORM_PATH \
  BENCH_RESULT="$WORK/$name.result" BENCH_CODES="$WORK/$name.codes" BENCH_ERRORS="$WORK/$name.errors" \
    wrk -c "$CONNECTIONS" -t 2 -d "${seconds}s" --timeout 30s --latency -s src/bench/report-submit.lua "$APP$FORM_PATH" \
    >"$WORK/$name.out" || { cat "$WORK/$name.out" >&2; fail "wrk ($name) failed"; }
  [ "${3:-}" = quiet ] || grep -v '^-- report-submit.lua' "$WORK/$name.out"
  [ -s "$WORK/$name.result" ] || fail "wrk ($name) wrote no result"
  cat "$WORK/$name.codes" >>"$WORK/codes.txt"
  local sent responses ok errors
  sent=$(result "$name" sent); responses=$(result "$name" responses); ok=$(result "$name" ok303)
  errors=$(result "$name" errors)
  sent_total=$((sent_total + sent)); responses_total=$((responses_total + responses)); ok_total=$((ok_total + ok))
  if [ "$responses" -eq 0 ] || [ $((errors * 100)) -gt "$responses" ]; then
    echo "Statuses: $(result "$name" statuses); socket errors: $(result "$name" socket_errors)" >&2
    echo "Some of the error responses:" >&2
    head -c 6000 "$WORK/$name.errors" >&2 || true
    fail "$name: $errors errors in $responses responses (more than 1%)"
  fi
}
result() { sed -n "s/^$2=//p" "$WORK/$1.result"; }

# The JIT needs far longer than one 5 s run on two busy cores (the first runs go at a tenth of the
# later rate): 5 s warm-up runs are repeated until the app has taken BENCH_WARMUP_REPORTS reports and
# the rate stopped climbing (two runs in a row not 10% above the best before them; one such run
# proved to be a pause of the JIT, not the end of the climb, once a run took 1,000+ reports/s), at
# most BENCH_WARMUP_ROUNDS runs.
WARMUP_ROUNDS=${BENCH_WARMUP_ROUNDS:-16}
WARMUP_REPORTS=${BENCH_WARMUP_REPORTS:-10000}
say "Warm-up: wrk, $CONNECTIONS connections, ${WARMUP} s runs until $WARMUP_REPORTS reports and a steady rate (at most $WARMUP_ROUNDS runs)"
best=0
flat_runs=0
for round in $(seq 1 "$WARMUP_ROUNDS"); do
  run_wrk "warmup$round" "$WARMUP" quiet
  rate_now=$(result "warmup$round" rate)
  printf '  warm-up %2d: %7s submissions/s, median %8s ms\n' "$round" "$rate_now" "$(result "warmup$round" p50_ms)"
  climbing=$(awk -v r="$rate_now" -v b="$best" 'BEGIN { print (r > 1.1 * b) ? 1 : 0 }')
  best=$(awk -v r="$rate_now" -v b="$best" 'BEGIN { print (r > b) ? r : b }')
  if [ "$climbing" = 0 ]; then flat_runs=$((flat_runs + 1)); else flat_runs=0; fi
  [ "$ok_total" -ge "$WARMUP_REPORTS" ] && [ "$flat_runs" -ge 2 ] && break
done
warmup_seconds=$((round * WARMUP))

profiling=false
if [ "${BENCH_PROFILE:-}" = 1 ]; then
  jcmd "$app_pid" JFR.start name=bench settings=default filename="$WORK/bench.jfr" >/dev/null && profiling=true
fi
ticks_per_second=$(getconf CLK_TCK)
app_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat"; }
# the app's PostgreSQL backends (its connection pool) by their process ids
db_ticks() {
  local total=0 pid
  for pid in $(sql -d postgres -c "select pid from pg_stat_activity where datname = '$DATABASE'"); do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$total"
}
app_ticks_before=$(app_ticks); db_ticks_before=$(db_ticks)
say "Measured: wrk, $CONNECTIONS connections, 2 threads, ${DURATION} s (load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
run_wrk measured "$DURATION"
app_cpu=$(( $(app_ticks) - app_ticks_before )); db_cpu=$(( $(db_ticks) - db_ticks_before ))
if $profiling; then jcmd "$app_pid" JFR.stop name=bench >/dev/null; fi
cpu_per() { awk -v t="$1" -v hz="$ticks_per_second" -v n="$(result measured ok303)" 'BEGIN { printf "%.2f", n ? 1000 * t / hz / n : 0 }'; }

# Requests still in flight when wrk stopped are finished by the app without wrk reading the answer.
sleep 3
say "Reports in the database against 303 answers"
sql -d "$DATABASE" >"$WORK/check.txt" <<SQL
create temp table answered (code text);
\\copy answered from '$WORK/codes.txt'
select count(*) from answered;
select count(distinct code) from answered;
select count(*) from answered a where not exists (select 1 from report r where r.receipt_code = a.code and r.version = 1);
select count(*) from report;
SQL
mapfile -t check <"$WORK/check.txt"
answered=${check[0]} distinct=${check[1]} lost=${check[2]} rows=$((check[3] - reports_before))
in_flight=$((sent_total - responses_total))
echo "  303 answers (warm-up + measured): $answered, all different receipts: $([ "$distinct" = "$answered" ] && echo yes || echo "no ($distinct)")"
echo "  report rows made by the app:      $rows"
echo "  303 receipts missing in the table: $lost"
echo "  requests wrk sent but stopped before their answer: $in_flight (rows beyond the 303s: $((rows - answered)))"
[ "$lost" -eq 0 ] || fail "$lost reports answered 303 are not in the table"
[ "$distinct" -eq "$answered" ] || fail "two 303 answers named the same receipt although each request had its own submission id"
[ "$rows" -ge "$answered" ] || fail "fewer rows ($rows) than 303 answers ($answered)"
[ "$rows" -le $((answered + in_flight)) ] || fail "more rows ($rows) than 303 answers ($answered) plus requests in flight ($in_flight): a report was made twice"
if [ "$rows" -eq "$answered" ]; then rows_check="rows = 303 answers"; else rows_check="rows = 303 answers + $((rows - answered)) cut off by wrk's stop"; fi

# ---------------------------------------------------------------- 6. pgbench: the same row, same database
IFS='|' read -r election_id station_id accreditation_id category_id < <(sql -d "$DATABASE" -c \
  "select election_id, station_id, accreditation_id, category_id from report order by id limit 1")
# The same statement as the app's: its columns and its conflict clause, read from both files.
statement_shape() { grep -v '^[[:space:]]*--' "$1" | tr -s ' \n' '  ' | grep -o 'insert into report ([^)]*)\|on conflict[^;]*returning id' | tr -d '"'; }
if [ "$(statement_shape src/main/java/org/observer/report/ReportSubmission.java)" = "$(statement_shape src/bench/report-insert.sql)" ]; then
  same_insert=yes
else
  same_insert="NO: src/bench/report-insert.sql no longer matches ReportSubmission's insert, update it"
fi
say "pgbench: the same insert, $CONNECTIONS clients, 2 threads, ${DURATION} s"
echo "  same columns and conflict clause as ReportSubmission's insert: $same_insert"
rows_before_pgbench=$(count_reports)
# The app is done: its connection pool would only take PostgreSQL connections pgbench needs (the
# server's max_connections is shared with the other developers' apps and tests).
stop_app
for try in 1 2 3 4 5 6; do
  pg_status=0
  pgbench "${PG[@]}" -n -c "$CONNECTIONS" -j 2 -T "$DURATION" -M prepared -f src/bench/report-insert.sql \
    -D election_id="$election_id" -D station_id="$station_id" -D accreditation_id="$accreditation_id" \
    -D category_id="$category_id" "$DATABASE" >"$WORK/pgbench.out" 2>&1 || pg_status=$?
  grep -q 'too many clients' "$WORK/pgbench.out" || break
  echo "  PostgreSQL has no $CONNECTIONS free connections now (try $try); again in 10 s"
  sleep 10
done
grep -v '^pgbench: error: client [0-9]* script [0-9]* aborted' "$WORK/pgbench.out" | head -n 40
# A client stops at an error; pgbench then exits 2 and its rate counts the clients that went on.
if [ "$pg_status" -ne 0 ]; then
  echo "  pgbench exited $pg_status; $(grep -c 'aborted' "$WORK/pgbench.out" || true) client(s) aborted"
fi
pg_latency=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$WORK/pgbench.out")
pg_tps=$(sed -n 's/^tps = \([0-9]*\.\?[0-9]\?\).* (without initial connection time).*/\1/p' "$WORK/pgbench.out")
pg_done=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$WORK/pgbench.out")
pg_failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$WORK/pgbench.out")
[ -n "$pg_tps" ] || fail "pgbench printed no tps"
pg_rows=$(( $(count_reports) - rows_before_pgbench ))
echo "  pgbench rows in the table: $pg_rows (transactions: $pg_done, failed: ${pg_failed:-0})"

# ---------------------------------------------------------------- 7. summary
if $profiling; then
  say "Where the app's CPU time went (JFR execution samples during the measured run)"
  jfr print --events jdk.ExecutionSample --stack-depth 200 "$WORK/bench.jfr" | awk -f src/bench/jfr-where.awk
  echo "  recording: $WORK/bench.jfr (kept)"
fi

rate=$(result measured rate)
p50=$(result measured p50_ms)
p99=$(result measured p99_ms)
ratio=$(awk -v a="$rate" -v b="$pg_tps" 'BEGIN { printf "%.3f", a / b }')
ratio_ok=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.3) ? "met" : "NOT met" }')
median_ok=$(awk -v m="$p50" 'BEGIN { print (m < 100) ? "met" : "NOT met" }')
cat <<TXT

================ report submission, no photo: $(nproc) cores, load average now $(cut -d' ' -f1-3 /proc/loadavg) ================
app (wrk)      : $rate submissions/s   median $p50 ms   p90 $(result measured p90_ms) ms   p99 $p99 ms   max $(result measured max_ms) ms
                 $CONNECTIONS observers for ${DURATION} s after ${warmup_seconds} s of warm-up; $(result measured ok303) answered 303 of $(result measured responses) ($(result measured statuses), socket errors $(result measured socket_errors))
                 CPU per submission: app $(cpu_per "$app_cpu") ms, its PostgreSQL connections $(cpu_per "$db_cpu") ms
pgbench        : $pg_tps inserts/s, latency average $pg_latency ms (the same row into the same database, $CONNECTIONS clients, ${DURATION} s, prepared)
                 same statement as ReportSubmission's: $same_insert
ratio app/pg   : $ratio   target >= 0.3: $ratio_ok
median         : $p50 ms   target < 100 ms: $median_ok
rows check     : $rows report rows from the app, $answered 303 answers (warm-up + measured): $rows_check; none lost, none doubled
observer pages : each with its CSS, JS, icon and service worker under $PAGE_BUDGET bytes and no other host: $page_ok (table above)
TXT
