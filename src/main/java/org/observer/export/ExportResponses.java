package org.observer.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The HTTP side of a streamed export. Headers go out before the first row, so they carry what is known
 * then (what, filter, flavour, time, who, app version); the row count and SHA-256 are known only after
 * the last row, and are in the ZIP's manifest.json, the XLSX Manifest sheet and the audit trail.
 */
final class ExportResponses {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'");

    private ExportResponses() {
    }

    /** "reports-public-status-VERIFIED-20230319T1405Z.csv": what, flavour, filter in short, when (UTC). */
    static String fileName(String what, Flavour flavour, String filter, OffsetDateTime at, String extension) {
        return fileName(what + "-" + flavour.lower() + "-" + filter, at, extension);
    }

    /** "findings-q-urn-20230319T1405Z.pdf": a name, then when it was made (UTC). */
    static String fileName(String name, OffsetDateTime at, String extension) {
        return name + "-" + STAMP.format(at.withOffsetSameInstant(ZoneOffset.UTC)) + "." + extension;
    }

    static String zipName(String dataFile) {
        return dataFile.substring(0, dataFile.lastIndexOf('.')) + ".zip";
    }

    static Response ok(Manifest manifest, boolean zip, StreamingOutput stream) {
        String file = zip ? zipName(manifest.dataFile()) : manifest.dataFile();
        return Response.ok(stream, zip ? "application/zip" : manifest.format().mediaType)
                .header("Content-Disposition", disposition(file))
                .header("Cache-Control", "no-store")
                .header("X-Export-What", manifest.what())
                .header("X-Export-Flavour", manifest.flavour().lower())
                .header("X-Export-Filter", manifest.filter())
                .header("X-Export-Generated-At", manifest.generatedAt().toString())
                .header("X-Export-App-Version", manifest.appVersion())
                .header("X-Export-Manifest", manifest.format() == ExportFormat.XLSX ? "sheet Manifest"
                        : zip ? ManifestFile.NAME : "ask with zip=true")
                .build();
    }

    /** An ASCII name for old clients and the real one (Cyrillic filters) for the others (RFC 6266). */
    static String disposition(String file) {
        String ascii = file.replaceAll("[^A-Za-z0-9._=-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
