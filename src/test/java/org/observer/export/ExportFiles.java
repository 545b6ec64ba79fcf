package org.observer.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Downloads exports and reads them back with independent parsers; runs the tests' own SQL to compare. */
@ApplicationScoped
public class ExportFiles {
    static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    @Inject
    AgroalDataSource dataSource;

    /** A table read back: the header and each row's cells as text, by column name. */
    public record Table(List<String> header, List<Map<String, String>> rows) {
        List<String> column(String name) {
            return rows.stream().map(r -> r.get(name)).toList();
        }
    }

    static byte[] download(String path, int status) {
        return given().get(path).then().statusCode(status).extract().asByteArray();
    }

    static Table csv(byte[] file) throws IOException {
        assertThat(Arrays.copyOf(file, 3)).as("UTF-8 byte-order mark").isEqualTo(BOM);
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(
                new ByteArrayInputStream(file, 3, file.length - 3), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return new Table(parser.getHeaderNames(), rows);
        }
    }

    static List<Map<String, Object>> json(byte[] file) throws IOException {
        return new ObjectMapper().readValue(file, new TypeReference<>() {
        });
    }

    /** Each sheet by name: its rows of cells. */
    static Map<String, List<Row>> xlsx(byte[] file) throws IOException {
        Map<String, List<Row>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                sheets.put(sheet.getName(), sheet.read());
            }
        }
        return sheets;
    }

    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getText();
    }

    /** The entries of a ZIP by name, in their order, read by its central directory as unzip tools do. */
    static Map<String, byte[]> zip(byte[] file) throws IOException {
        Path copy = Files.createTempFile("export", ".zip");
        try {
            Files.write(copy, file);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                }
            }
            return entries;
        } finally {
            Files.delete(copy);
        }
    }

    /** Rows of the tests' own query, each column as text (null stays null). */
    List<Map<String, String>> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
