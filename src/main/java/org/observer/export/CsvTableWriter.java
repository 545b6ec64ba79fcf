package org.observer.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.observer.data.Sha256;
import org.observer.data.csv.SpreadsheetText;

/**
 * RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte-order mark: without it Excel reads the file in the
 * machine's code page and Cyrillic and Kazakh letters come out garbled. Times are local times where
 * they happened, as "2023-03-19 14:05:00", which Excel and LibreOffice read as dates. Text that a
 * spreadsheet would run as a formula is written with a ' before it ({@link #guarded}).
 */
final class CsvTableWriter implements TableWriter {
    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final String GUARD_NOTE = SpreadsheetText.NOTE;

    private final DigestOutputStream digest;
    private final BufferedWriter text;
    private final CSVPrinter printer;

    CsvTableWriter(OutputStream out) throws IOException {
        digest = Sha256.over(out);
        text = new BufferedWriter(new OutputStreamWriter(digest, StandardCharsets.UTF_8), 1 << 16);
        text.write('\uFEFF');
        printer = new CSVPrinter(text, CSVFormat.RFC4180);
    }

    @Override
    public void start(String table, List<? extends Column<?>> columns) throws IOException {
        for (Column<?> column : columns) {
            printer.print(column.name());
        }
        printer.println();
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (Object value : values) {
            printer.print(value instanceof String text ? guarded(text) : text(value));
        }
        printer.println();
    }

    /** The text, with a ' before it when a spreadsheet would read it as a formula; numbers are never text here. */
    static String guarded(String text) {
        return SpreadsheetText.guarded(text);
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof ZonedDateTime time) {
            return LOCAL_TIME.format(time);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    @Override
    public String endData() throws IOException {
        printer.flush();
        return Sha256.hex(digest);
    }

    @Override
    public void finish(Manifest manifest) throws IOException {
        text.flush();
    }
}
