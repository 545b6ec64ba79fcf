package org.observer.analysis;

/** RFC 4180 rows: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
final class Csv {
    private Csv() {
    }

    static String row(String... fields) {
        StringBuilder row = new StringBuilder();
        for (String field : fields) {
            if (row.length() > 0) {
                row.append(',');
            }
            String value = field == null ? "" : field;
            row.append(value.matches("(?s).*[,\"\r\n].*") ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        return row.append("\r\n").toString();
    }
}
