package org.observer.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The manifest as manifest.json, the side file of a ZIP export or evidence pack. */
final class ManifestFile {
    static final String NAME = "manifest.json";

    private ManifestFile() {
    }

    static void add(ZipOutputStream zip, Manifest manifest) throws IOException {
        zip.putNextEntry(new ZipEntry(NAME));
        try (JsonGenerator json = JsonTableWriter.FACTORY.createGenerator(zip).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            for (Map.Entry<String, Object> field : manifest.fields().entrySet()) {
                json.writeFieldName(field.getKey());
                JsonTableWriter.write(json, field.getValue());
            }
            json.writeEndObject();
        }
        zip.closeEntry();
    }
}
