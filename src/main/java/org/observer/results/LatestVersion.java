package org.observer.results;

/**
 * The SQL condition that keeps only the latest version of each report (alias {@code r}): an amendment
 * is a new row pointing at the first version, so a report counts once, as last amended.
 */
final class LatestVersion {
    /** Where the queries below write it. */
    static final String MARKER = "/*latest version of r*/ true";
    // later versions always point at the first one (V3's check), so original_id alone finds them,
    // through report_amendment (V21) instead of a pass over every report
    static final String CONDITION = """
            not exists (select 1 from report later
                        where later.original_id = coalesce(r.original_id, r.id) and later.version > r.version)""";

    private LatestVersion() {
    }

    static String in(String sql) {
        return sql.replace(MARKER, CONDITION);
    }
}
