package org.observer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A spreadsheet streamed with fastexcel: numbers and dates as typed cells, the header row frozen, the
 * data on its own sheet and the manifest on the last. Text goes in as inline strings: the shared-string
 * table would keep every distinct description in memory until the end.
 */
final class XlsxTableWriter implements TableWriter {
    /** Rows are handed to the zip stream in batches of this many. */
    private static final int FLUSH_EVERY = 512;
    private static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";

    private final Workbook workbook;
    /** The hash of an XLSX is the hash of the same rows as CSV: the workbook's own bytes change with its zip clock. */
    private final CsvTableWriter canonical;
    private Worksheet sheet;
    private List<? extends Column<?>> columns;
    private int row;

    XlsxTableWriter(OutputStream out) throws IOException {
        workbook = new Workbook(out, "Observer", "1.0");
        canonical = new CsvTableWriter(OutputStream.nullOutputStream());
    }

    @Override
    public void start(String table, List<? extends Column<?>> columns) throws IOException {
        this.columns = columns;
        sheet = workbook.newWorksheet(table);
        for (int c = 0; c < columns.size(); c++) {
            sheet.inlineString(0, c, columns.get(c).name());
            sheet.style(0, c).bold().set();
            sheet.width(c, switch (columns.get(c).kind()) {
                case TEXT -> 24;
                case DATE_TIME -> 20;
                default -> 12;
            });
        }
        sheet.freezePane(0, 1);
        row = 1;
        canonical.start(table, columns);
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            switch (columns.get(c).kind()) {
                case NUMBER, DECIMAL -> sheet.value(row, c, (Number) value);
                case BOOLEAN -> sheet.value(row, c, (Boolean) value);
                case DATE_TIME -> {
                    sheet.value(row, c, ((ZonedDateTime) value).toLocalDateTime());
                    sheet.style(row, c).format(DATE_TIME).set();
                }
                default -> sheet.inlineString(row, c, value.toString());
            }
        }
        canonical.row(values);
        if (++row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public String endData() throws IOException {
        sheet.finish();
        return canonical.endData();
    }

    @Override
    public void finish(Manifest manifest) throws IOException {
        Worksheet sheet = workbook.newWorksheet("Manifest");
        sheet.width(0, 20);
        sheet.width(1, 70);
        int line = 0;
        for (Map.Entry<String, Object> field : manifest.fields().entrySet()) {
            sheet.inlineString(line, 0, field.getKey());
            sheet.style(line, 0).bold().set();
            if (field.getValue() instanceof Number number) {
                sheet.value(line, 1, number);
            } else {
                sheet.inlineString(line, 1, field.getValue() == null ? "" : field.getValue().toString());
            }
            line++;
        }
        sheet.finish();
        workbook.finish();
    }
}
