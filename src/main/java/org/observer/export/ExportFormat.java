package org.observer.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats an export is offered in. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("application/json");

    public final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> parse(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension().equalsIgnoreCase(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
