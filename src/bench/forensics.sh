#!/usr/bin/env bash
# Times every forensics computation on 10,200 generated stations against a plain pass over the same
# arrays, then the app's own computation (ForensicsStatistics, Forensics) on them, in one run; with
# BENCH_DATABASE set, also the whole computation the app runs when the data change, on that database's
# active election: ForensicsData's statements over JDBC and the computation on what they read.
# Information only: exits 0 whatever the figures, non-zero if the build or the run breaks.
#   bash src/bench/forensics.sh
#   BENCH_DATABASE=observer_bench_forensics bash src/bench/forensics.sh
# A database at full scale: any with the demo election (the tests' database, or the one
# results-dashboard.sh makes) copied and filled with a copy of every protocol and 100,000 reports:
#   createdb -h 127.0.0.1 -U postgres -T <database with the demo election> observer_bench_forensics
#   psql -h 127.0.0.1 -U postgres -d observer_bench_forensics -f src/bench/results-fill.sql
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    ./mvnw -q -B compile
fi
# the app's runtime classpath (the JDBC driver, and the annotations the app's classes carry)
classpath=target/bench-classpath.txt
if [[ ! -s $classpath || pom.xml -nt $classpath ]]; then
    ./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath" \
        || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath"
fi
database=()
if [[ -n "${BENCH_DATABASE:-}" ]]; then
    database=("-Dbench.database=jdbc:postgresql://127.0.0.1:5432/$BENCH_DATABASE?user=postgres")
fi
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:-} "${database[@]}" -cp "target/classes:$(cat "$classpath")" src/bench/ForensicsBench.java
