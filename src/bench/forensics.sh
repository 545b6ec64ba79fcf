#!/usr/bin/env bash
# Times every forensics computation on 10,200 generated stations against a plain pass over the same
# arrays, in one run. Information only: exits 0 whatever the figures, non-zero if the build breaks.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    ./mvnw -q -B compile
fi
exec java ${BENCH_JAVA_OPTS:-} -cp target/classes src/bench/ForensicsBench.java
