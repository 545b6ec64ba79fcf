package org.observer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes one table of an export in one format, row after row, keeping none of them. */
interface TableWriter {

    void start(String table, List<? extends Column<?>> columns) throws IOException;

    void row(Object[] values) throws IOException;

    /** Ends the rows; returns the SHA-256 (hex) of the data, as {@link Manifest#sha256Of} says. */
    String endData() throws IOException;

    /** Ends the file: the XLSX writer adds its Manifest sheet; the others only flush. Never closes the stream. */
    void finish(Manifest manifest) throws IOException;

    static TableWriter of(ExportFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out);
            case JSON -> new JsonTableWriter(out);
        };
    }
}
