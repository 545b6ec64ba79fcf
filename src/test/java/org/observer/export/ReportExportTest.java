package org.observer.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.observer.data.Sha256;
import org.observer.review.ReviewFixture;
import org.observer.support.Sql;

/**
 * The reports export in each format, read back and compared with the tests' own SQL: exactly the
 * filtered rows in the queue's order, every character of the descriptions, the manifest and its hash.
 */
@QuarkusTest
class ReportExportTest {
    /** Descriptions a spreadsheet or a CSV reader would break: Cyrillic, Kazakh letters, commas, quotes, lines. */
    static final List<String> TRICKY = List.of(
            "Урна не опечатана, наблюдателя \"попросили\" выйти",
            "Бюллетеньдер қосылды: ә ғ қ ң ө ұ ү һ і, \"екі рет\"",
            "First line, with a comma\nsecond line\r\nthird \"quoted\" line",
            "=SUM(A1:A2) is text, not a formula; 'single' quotes");

    /** Who the observers named: a phone number first, an @handle, a minus, a tab; a spreadsheet takes each for a formula. */
    static final List<String> PEOPLE = List.of("+7 701 000 00 00, chair Ivanov", "@ivanov_chair on Telegram",
            "-secretary Petrova-", "\tChair Ivanov after a tab");

    /** The tests' own query for the rows of one marker, in the queue's default order (newest first). */
    static final String EXPECTED = """
            select coalesce(r.original_id, r.id) as report_id, r.receipt_code, s.number as station,
                   u.name_en as unit, d.number as district, c.code as category_code, c.name_en as category,
                   r.phase, r.severity, r.status,
                   to_char(r.observed_at at time zone coalesce(s.time_zone, u.time_zone), 'YYYY-MM-DD HH24:MI:SS') as observed_at,
                   extract(epoch from r.observed_at)::bigint as observed_epoch,
                   r.description, r.people_involved, a.full_name as observer, o.name as organisation
            from report r join polling_station s on s.id = r.station_id
            join administrative_unit u on u.id = s.unit_id join district d on d.id = s.district_id
            join incident_category c on c.id = r.category_id join accreditation a on a.id = r.accreditation_id
            join organisation o on o.id = a.organisation_id
            where r.latest and strpos(r.description, ?) > 0 %s
            order by r.observed_at desc, r.id desc""";

    static final List<String> COMPARED = List.of("report_id", "receipt_code", "station", "unit", "district",
            "category_code", "category", "phase", "severity", "status", "observed_at", "description",
            "people_involved", "observer", "organisation");

    @Inject
    ReviewFixture fixture;
    @Inject
    ExportFiles files;
    @Inject
    Sql sql;

    /** Reports whose descriptions carry a marker of their own, by two observers of two organisations. */
    private String reportsWithMarker() {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        OffsetDateTime time = ReviewFixture.NOON;
        for (int i = 0; i < TRICKY.size(); i++) {
            String code = fixture.report(i % 2 == 0 ? "observer" : "observer2", i % 2 == 0 ? "180002" : "190002",
                    "BALLOT_STUFFING", "VOTING", i == 1 ? "CRITICAL" : "SERIOUS", time.plusMinutes(7L * i),
                    TRICKY.get(i) + " " + marker);
            sql.update("update report set people_involved = ?1 where receipt_code = ?2", PEOPLE.get(i), code);
        }
        return marker;
    }

    /** A CSV text cell as a spreadsheet must get it: a ' before what would start a formula (OWASP). */
    static String spreadsheetSafe(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private List<Map<String, String>> expected(String marker, String extra) throws Exception {
        return files.query(EXPECTED.formatted(extra), marker);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void csvHasExactlyTheFilteredRowsInTheQueueOrderAndSurvivesTheRoundTrip() throws Exception {
        String marker = reportsWithMarker();
        // more than a queue page would hold is not needed to prove "all pages": the query has no limit, and
        // the benchmark exports 100,000; here the filter narrows to the marker and one severity
        ExportFiles.Table csv = ExportFiles.csv(ExportFiles.download("/exports/reports.csv?severity=SERIOUS&q=" + marker, 200));
        List<Map<String, String>> expected = expected(marker, "and r.severity = 'SERIOUS'");
        assertThat(expected).hasSize(3);
        assertThat(csv.header()).containsExactlyElementsOf(ReportColumns.all(java.util.Locale.ENGLISH).stream()
                .map(Column::name).toList());
        assertThat(csv.rows()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            for (String column : COMPARED) {
                assertThat(csv.rows().get(i).get(column)).as(column + " of row " + i)
                        .isEqualTo(spreadsheetSafe(expected.get(i).get(column)));
            }
        }
        assertThat(csv.column("description")).anyMatch(d -> d.contains("\r\nthird \"quoted\" line"));
        // text a spreadsheet would run is written so that it shows as text: a ' before it, the rest intact
        assertThat(csv.column("description")).contains("'" + TRICKY.get(3) + " " + marker)
                .noneMatch(d -> d.startsWith("="));
        assertThat(csv.column("people_involved")).containsExactlyInAnyOrder("'" + PEOPLE.get(0), "'" + PEOPLE.get(2),
                "'" + PEOPLE.get(3));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void xlsxHasTypedCellsAFrozenHeaderAndAManifestWhoseHashIsTheCsvOfTheSameRows() throws Exception {
        String marker = reportsWithMarker();
        List<Map<String, String>> expected = expected(marker, "");
        byte[] workbook = ExportFiles.download("/exports/reports.xlsx?q=" + marker, 200);
        byte[] csv = ExportFiles.download("/exports/reports.csv?q=" + marker, 200);

        Map<String, List<Row>> sheets = ExportFiles.xlsx(workbook);
        assertThat(sheets.keySet()).containsExactly("Reports", "Manifest");
        List<Row> rows = sheets.get("Reports");
        List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
        assertThat(rows).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            Row row = rows.get(i + 1);
            Map<String, String> want = expected.get(i);
            assertThat(row.getCell(header.indexOf("report_id")).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(header.indexOf("report_id")).asNumber().longValue())
                    .isEqualTo(Long.parseLong(want.get("report_id")));
            assertThat(row.getCell(header.indexOf("district")).getType()).isEqualTo(CellType.NUMBER);
            LocalDateTime observed = row.getCell(header.indexOf("observed_at")).asDate();
            assertThat(observed.toString().replace('T', ' ') + (observed.getSecond() == 0 ? ":00" : ""))
                    .isEqualTo(want.get("observed_at"));
            assertThat(row.getCell(header.indexOf("tally_flagged")).getType()).isEqualTo(CellType.BOOLEAN);
            for (String column : List.of("receipt_code", "station", "description", "people_involved", "observer")) {
                assertThat(ExportFiles.text(row, header.indexOf(column))).as(column).isEqualTo(want.get(column));
                // an inline string is never a formula: XLSX keeps the text as typed, without the CSV's '
                assertThat(row.getCell(header.indexOf(column)).getType()).as(column).isEqualTo(CellType.STRING);
            }
        }
        assertThat(rows.stream().skip(1).map(r -> ExportFiles.text(r, header.indexOf("people_involved"))))
                .containsExactlyInAnyOrderElementsOf(PEOPLE);
        Map<String, String> manifest = manifest(sheets.get("Manifest"));
        assertThat(manifest).containsEntry("rows", String.valueOf(expected.size()))
                .containsEntry("filter", "q=" + marker).containsEntry("flavour", "internal")
                .containsEntry("exported_by", "Rita Reviewer").containsEntry("format", "xlsx");
        assertThat(manifest.get("csv_text_cells")).contains("= + - @").contains("'");
        assertThat(manifest.get("sha256")).isEqualTo(Sha256.of(csv));
        String sheet = new String(ExportFiles.zip(workbook).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertThat(sheet).contains("ySplit=\"1\"").contains("state=\"frozen\"");
    }

    static Map<String, String> manifest(List<Row> rows) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        rows.forEach(r -> fields.put(ExportFiles.text(r, 0), ExportFiles.text(r, 1)));
        return fields;
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-admin"), @Claim(key = "name", value = "Ada Admin") })
    void jsonIsAnArrayOfTheSameRowsWithTypedValues() throws Exception {
        String marker = reportsWithMarker();
        List<Map<String, String>> expected = expected(marker, "");
        List<Map<String, Object>> json = ExportFiles.json(ExportFiles.download("/exports/reports.json?q=" + marker, 200));
        assertThat(json).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> row = json.get(i);
            Map<String, String> want = expected.get(i);
            assertThat(((Number) row.get("report_id")).longValue()).isEqualTo(Long.parseLong(want.get("report_id")));
            assertThat(OffsetDateTime.parse((String) row.get("observed_at")).toEpochSecond())
                    .isEqualTo(Long.parseLong(want.get("observed_epoch")));
            for (String column : List.of("receipt_code", "station", "description", "people_involved", "observer",
                    "organisation", "severity", "status")) {
                assertThat(row.get(column)).as(column).isEqualTo(want.get(column));
            }
            assertThat(row.get("tally_flagged")).isInstanceOf(Boolean.class);
        }
        // JSON is data, not a sheet: the text as typed
        assertThat(json.stream().map(r -> r.get("people_involved"))).containsExactlyInAnyOrderElementsOf(PEOPLE);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void aZipCarriesTheManifestBesideTheDataAndTheExportIsAudited() throws Exception {
        String marker = reportsWithMarker();
        var response = given().get("/exports/reports.json?zip=true&flavour=public&q=" + marker);
        response.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("reports-public-q-" + marker))
                .header("X-Export-Filter", "q=" + marker);
        Map<String, byte[]> entries = ExportFiles.zip(response.asByteArray());
        assertThat(entries.keySet()).hasSize(2).last().isEqualTo("manifest.json");
        String dataFile = entries.keySet().iterator().next();
        assertThat(dataFile).startsWith("reports-public-q-" + marker).endsWith(".json");
        Map<String, Object> manifest = new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(entries.get("manifest.json"), new com.fasterxml.jackson.core.type.TypeReference<>() {
                });
        long rows = expected(marker, "").size();
        assertThat(manifest).containsEntry("rows", (int) rows).containsEntry("data_file", dataFile)
                .containsEntry("flavour", "public").containsEntry("exported_by_subject", "sub-reviewer")
                .containsEntry("sha256", Sha256.of(entries.get(dataFile)));
        assertThat(manifest.get("app_version")).isNotNull();
        assertThat(manifest).doesNotContainKey("csv_text_cells");
        assertThat(sql.number("""
                select count(*) from audit_event where action = 'EXPORTED' and subject_type = 'EXPORT'
                and actor_subject = 'sub-reviewer' and from_value like ?1 and to_value = ?2""",
                dataFile + " public q=" + marker, "rows=" + rows + " sha256=" + manifest.get("sha256"))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void everyPageOfTheQueueIsInTheFileSortedAsTheQueueSortsIt() throws Exception {
        String marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        int count = 3 * org.observer.review.ReportQueue.PAGE_SIZE + 7;
        for (int i = 0; i < count; i++) {
            fixture.report(i % 2 == 0 ? "observer" : "observer2", i % 2 == 0 ? "180002" : "190002", "BALLOT_STUFFING",
                    "VOTING", i % 3 == 0 ? "CRITICAL" : "MINOR", ReviewFixture.NOON.plusMinutes(i % 11), "Page " + marker);
        }
        ExportFiles.Table csv = ExportFiles.csv(ExportFiles.download("/exports/reports.csv?sort=SEVERITY&q=" + marker, 200));
        List<String> expected = files.query("""
                select r.receipt_code from report r where r.latest and strpos(r.description, ?) > 0
                order by case r.severity when 'CRITICAL' then 0 when 'SERIOUS' then 1 when 'MINOR' then 2 else 3 end,
                         r.observed_at desc, r.id desc""", marker).stream().map(r -> r.get("receipt_code")).toList();
        assertThat(expected).hasSize(count);
        assertThat(csv.column("receipt_code")).containsExactlyElementsOf(expected);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void aFilterWithNoRowsGivesValidEmptyFiles() throws Exception {
        String nothing = "q=none" + UUID.randomUUID().toString().replace("-", "");
        ExportFiles.Table csv = ExportFiles.csv(ExportFiles.download("/exports/reports.csv?" + nothing, 200));
        assertThat(csv.header()).contains("report_id", "description");
        assertThat(csv.rows()).isEmpty();
        assertThat(ExportFiles.json(ExportFiles.download("/exports/reports.json?" + nothing, 200))).isEmpty();
        Map<String, List<Row>> sheets = ExportFiles.xlsx(ExportFiles.download("/exports/reports.xlsx?" + nothing, 200));
        assertThat(sheets.get("Reports")).hasSize(1);
        assertThat(manifest(sheets.get("Manifest"))).containsEntry("rows", "0");
        // a filter the queue cannot read is refused, not exported as "everything"
        given().get("/exports/reports.csv?severity=LOUD").then().statusCode(400);
        given().get("/exports/reports.pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void anUnknownFlavourIsRefusedNotTakenForTheInternalFile() {
        for (String path : List.of("/exports/reports.csv?flavour=publik", "/exports/reports.xlsx?flavour=pub",
                "/exports/stations.json?q=1800&flavour=public1", "/exports/results.csv?flavour=open")) {
            assertThat(given().get(path).then().statusCode(400).contentType("text/plain").extract().asString())
                    .as(path).startsWith("Unknown flavour").contains("flavour=public").contains("flavour=internal");
        }
        given().get("/exports/reports.csv?q=none&flavour=PUBLIC").then().statusCode(200)
                .header("X-Export-Flavour", "public");
        given().get("/exports/reports.csv?q=none&flavour=").then().statusCode(200)
                .header("X-Export-Flavour", "internal");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void thePublicFlavourHasNoPersonalFieldColumnByColumn() throws Exception {
        String marker = reportsWithMarker();
        byte[] file = ExportFiles.download("/exports/reports.csv?flavour=public&q=" + marker, 200);
        ExportFiles.Table csv = ExportFiles.csv(file);
        assertThat(csv.header()).containsExactly("report_id", "version", "station", "unit", "district",
                "category_code", "category", "phase", "severity", "status", "observed_at", "time_zone",
                "description", "incident_id", "witnesses", "tally_flagged", "public_comment");
        List<Map<String, String>> people = files.query("""
                select a.full_name, a.login, o.name as organisation, r.people_involved, r.receipt_code
                from report r join accreditation a on a.id = r.accreditation_id
                join organisation o on o.id = a.organisation_id where r.latest and r.description like '%' || ? || '%'""",
                marker);
        String text = new String(file, StandardCharsets.UTF_8);
        for (Map<String, String> person : people) {
            person.values().forEach(value -> assertThat(text).as("public export").doesNotContain(value));
        }
        assertThat(csv.rows()).hasSize(people.size());
    }
}
