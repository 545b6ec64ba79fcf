# Where the app's CPU time goes, from `jfr print --events jdk.ExecutionSample` (report-submit.sh with
# BENCH_PROFILE=1): each sample is put in the first bucket below whose marks appear anywhere on its
# stack, so a bucket holds what runs inside that step (its SQL, its JSON parsing...).
#   jfr print --events jdk.ExecutionSample --stack-depth 200 app.jfr | awk -f src/bench/jfr-where.awk
BEGIN {
  nb = 0
  # not all of io.quarkus.oidc: the rest of the request runs nested inside its route handlers
  bucket("bearer token: JWT signature and claims (quarkus-oidc, jose4j)", "org.jose4j|io.smallrye.jwt|OidcAuthenticationMechanism|BearerAuthenticationMechanism|OidcIdentityProvider|oidc.runtime.OidcProvider|oidc.runtime.OidcUtils|oidc.common.runtime|OidcJwtCallerPrincipal")
  bucket("CSRF check", "io.quarkus.csrf")
  bucket("multipart body", "MultiPartParserDefinition|FormBodyHandler|MultipartSupport|VertxInputStream")
  bucket("caches: active election, station, category codes (quarkus-cache)", "io.quarkus.cache|StationDirectory|CategoryCodes")
  bucket("CurrentObserver.accreditation: active election, accreditation", "CurrentObserver.accreditation|AccreditationLink|Election.requireActive")
  bucket("CurrentObserver.station: station, assigned?", "CurrentObserver.station")
  bucket("categories of the election (categoriesByCode)", "categoriesByCode|IncidentCategory.ofElection")
  bucket("ReportForm.check", "ReportForm.check")
  bucket("ReportSubmission: the filing statement (report, audit event, draft) and its JDBC", "ReportSubmission")
  bucket("transaction begin/commit (Narayana)", "com.arjuna|io.quarkus.narayana")
  bucket("other Hibernate, Agroal, JDBC", "org.hibernate|io.agroal|org.postgresql")
  bucket("Qute", "io.quarkus.qute")
  bucket("HTTP: Vert.x, Netty, RESTEasy Reactive", "io.vertx|io.netty|org.jboss.resteasy|io.quarkus.vertx|io.quarkus.resteasy")
  bucket("other", "")
}
function bucket(name, marks) { nb++; names[nb] = name; nmarks[nb] = split(marks, m, "|"); for (i = 1; i <= nmarks[nb]; i++) mark[nb, i] = m[i] }
/sampledThread = / { thread = $3; gsub(/"/, "", thread); sub(/-?[0-9]+$/, "", thread) }
/stackTrace = \[/ { stack = ""; inside = 1; n++; next }
inside && /^[ \t]*\]/ {
  inside = 0
  threads[thread]++
  for (b = 1; b <= nb; b++) {
    hit = (nmarks[b] == 0)
    for (i = 1; i <= nmarks[b] && !hit; i++) if (index(stack, mark[b, i])) hit = 1
    if (hit) { count[b]++; break }
  }
  next
}
inside { stack = stack " " $1 }
END {
  if (n == 0) { print "  no samples"; exit }
  printf "  %d samples;", n
  for (t in threads) printf " %s %.0f%%", t, 100 * threads[t] / n
  printf "\n"
  for (b = 1; b <= nb; b++) if (count[b]) printf "  %5.1f%%  %s\n", 100 * count[b] / n, names[b]
}
