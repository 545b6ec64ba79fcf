package org.observer.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one of our CSV files: RFC 4180, UTF-8 (a byte-order mark is allowed, as spreadsheets write
 * one), '#' starts a comment line, the header names exactly the expected columns in any order.
 * Files are read whole: they are at most a few megabytes and the line numbers need the text.
 */
public final class CsvFile {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private CsvFile() {
    }

    /**
     * The data rows of the file. Problems with the file as a whole (encoding, header, quoting) are
     * recorded and give no rows; problems in a row are recorded when the caller reads its fields.
     */
    public static List<CsvRow> read(String file, InputStream content, List<String> columns, ImportProblems problems) {
        return read(file, content, columns, List.of(), problems);
    }

    /**
     * As {@link #read(String, InputStream, List, ImportProblems)}, where the header may also name the
     * optional columns (added to a format later, so that older files still import); a row without one
     * reads it as empty.
     */
    public static List<CsvRow> read(String file, InputStream content, List<String> columns, List<String> optional,
            ImportProblems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(file, 0, "is not UTF-8 text: save it as \"CSV UTF-8\"");
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LineNumbers lines = new LineNumbers(text);
        List<CsvRow> rows = new ArrayList<>();
        Map<String, Integer> header = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                int line = lines.firstDataLineFrom(record.getCharacterPosition());
                if (header == null) {
                    header = header(file, line, record, columns, optional, problems);
                    if (header == null) {
                        return List.of();
                    }
                } else if (record.size() != header.size()) {
                    problems.add(file, line, "has " + record.size() + " fields, the header has " + header.size());
                } else {
                    Map<String, String> values = new LinkedHashMap<>();
                    header.forEach((name, index) -> values.put(name, record.get(index)));
                    rows.add(new CsvRow(file, line, values, problems));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(file, 0, "cannot be read as CSV (" + e.getMessage() + ")");
            return List.of();
        }
        if (header == null) {
            problems.add(file, 0, "is empty: it needs a header line with " + String.join(",", columns));
        }
        return rows;
    }

    private static Map<String, Integer> header(String file, int line, CSVRecord record, List<String> columns,
            List<String> optional, ImportProblems problems) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            header.put(record.get(i).strip(), i);
        }
        List<String> missing = new ArrayList<>(columns);
        missing.removeAll(header.keySet());
        List<String> unknown = new ArrayList<>(header.keySet());
        unknown.removeAll(columns);
        unknown.removeAll(optional);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            problems.add(file, line, "the header must name the columns " + String.join(",", columns)
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(",", missing))
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(",", unknown)));
            return null;
        }
        return Collections.unmodifiableMap(header);
    }

    /** Maps a character position to the line a text editor shows it on. */
    private static final class LineNumbers {
        private final String text;
        private int countedUpTo;
        private int linesBefore;

        LineNumbers(String text) {
            this.text = text;
        }

        /**
         * The parser reports where a record starts before skipping the comment and empty lines in
         * front of it; the line people look for is the first one that holds data.
         */
        int firstDataLineFrom(long position) {
            int at = (int) position;
            // records arrive in order, so the newlines are counted once over the whole file
            for (; countedUpTo < at && countedUpTo < text.length(); countedUpTo++) {
                if (text.charAt(countedUpTo) == '\n') {
                    linesBefore++;
                }
            }
            int line = linesBefore + 1;
            while (at < text.length()) {
                int end = text.indexOf('\n', at);
                String content = (end < 0 ? text.substring(at) : text.substring(at, end)).strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    break;
                }
                if (end < 0) {
                    break;
                }
                at = end + 1;
                line++;
            }
            return line;
        }
    }
}
