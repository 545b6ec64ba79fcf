#!/usr/bin/env bash
# Starts Observer with everything it needs and the demo data (README's first command):
# PostgreSQL (the machine's, or an embedded one), Keycloak with the demo realm, then the app with
# the %dev profile, which migrates the schema with Flyway and loads the demo election.
# It runs the packaged app rather than `quarkus:dev`: dev mode needs io.quarkus.qute:qute-debug,
# which the Maven Central mirror of our machines lacks. Where it resolves, `./mvnw quarkus:dev`
# works too once this script has started PostgreSQL and Keycloak.
# Ctrl+C stops the app and what this script started.
set -euo pipefail
cd "$(dirname "$0")/../.."

started_keycloak=false
if ! bash src/dev/keycloak.sh status >/dev/null 2>&1; then started_keycloak=true; fi
cleanup() {
  if $started_keycloak; then bash src/dev/keycloak.sh stop; fi
  bash src/dev/postgres.sh stop
}
trap cleanup EXIT

bash src/dev/postgres.sh start
bash src/dev/keycloak.sh start

cat <<'TXT'

  Observer starts on  http://localhost:8080   (Keycloak: http://localhost:8180, admin / admin)
  Demo accounts (demo passwords, never use them elsewhere), password "demo" for all:
    admin         election data, accreditations, station assignments
    reviewer      CEC staff: review desk
    coordinator   coordinator of a domestic organisation (observer2's)
    coordinator2  coordinator of OSCE/ODIHR (observer's)
    observer      international observer (OSCE/ODIHR), 3 stations in Astana
    observer2     domestic observer, 2 stations in Almaty
    observer3     international observer (CIS mission), 2 stations in Shymkent

TXT
./mvnw -q -B package -DskipTests
java -Dquarkus.profile=dev -jar target/quarkus-app/quarkus-run.jar "$@"
