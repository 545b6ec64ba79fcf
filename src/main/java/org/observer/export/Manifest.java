package org.observer.export;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an export holds, so that a published finding can be checked later: which data, which filter,
 * how many rows, when, by whom, from which version of the app, and the SHA-256 of the data.
 *
 * @param sha256Of what the hash is taken over: the data file's bytes as delivered (CSV, JSON), or for
 *        XLSX, whose bytes vary with the zip's clock, the bytes of the CSV export of the same rows
 */
public record Manifest(String what, String dataFile, ExportFormat format, Flavour flavour, String filter,
        long rows, OffsetDateTime generatedAt, String exportedBy, String exportedBySubject, String appVersion,
        String sha256, String sha256Of) {

    /** The manifest of an export about to start: what is known before the first row. */
    public static Manifest before(String what, String dataFile, ExportFormat format, Flavour flavour, String filter,
            OffsetDateTime generatedAt, String exportedBy, String exportedBySubject, String appVersion) {
        return new Manifest(what, dataFile, format, flavour, filter, -1, generatedAt, exportedBy, exportedBySubject,
                appVersion, null, null);
    }

    /** The same manifest once the last row is out. */
    public Manifest after(long count, String hash) {
        return after(count, hash, format == ExportFormat.XLSX
                ? "the CSV export of the same rows and columns (UTF-8 with BOM, RFC 4180)"
                : "the bytes of " + dataFile);
    }

    public Manifest after(long count, String hash, String hashOf) {
        return new Manifest(what, dataFile, format, flavour, filter, count, generatedAt, exportedBy, exportedBySubject,
                appVersion, hash, hashOf);
    }

    /** Its fields by name, in a fixed order: the manifest file and sheet list them so. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("what", what);
        fields.put("data_file", dataFile);
        fields.put("format", format.extension());
        fields.put("flavour", flavour.lower());
        fields.put("filter", filter);
        fields.put("rows", rows);
        fields.put("generated_at", generatedAt.toString());
        fields.put("exported_by", exportedBy);
        fields.put("exported_by_subject", exportedBySubject);
        fields.put("app_version", appVersion);
        fields.put("sha256", sha256);
        fields.put("sha256_of", sha256Of);
        if (format != ExportFormat.JSON) {
            fields.put("csv_text_cells", CsvTableWriter.GUARD_NOTE);
        }
        return fields;
    }

    /** One line for the audit trail. */
    public String summary() {
        return "rows=" + rows + " sha256=" + sha256;
    }
}
