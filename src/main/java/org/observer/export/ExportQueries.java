package org.observer.export;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL parameters of export links that pages without a filter record build: {exports:stationSearch(q)}. */
@TemplateExtension(namespace = "exports")
public final class ExportQueries {
    private ExportQueries() {
    }

    /** The station list's search as the station export reads it; empty for every station. */
    public static String stationSearch(String q) {
        return q == null || q.isBlank() ? "" : "q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8);
    }
}
