package org.observer.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.observer.review.ReviewFixture;
import org.observer.support.Sql;

/**
 * The results drill-down as a file: the rows of the page's table in its order, each figure as the tests'
 * own SQL counts it, at each level (units, a unit's districts, a district's stations).
 */
@QuarkusTest
class ResultsExportTest {
    static final String ACTIVE = "(select id from election where active)";

    @Inject
    ExportFiles files;

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void theNationsUnitsAndADistrictsStationsWithTheirFigures() throws Exception {
        List<Map<String, String>> units = files.query("""
                select u.code, count(s.id) as stations, sum(s.registered_voters) as voters,
                       (select sum(p.ballots_issued) from official_protocol p join polling_station ps on ps.id = p.station_id
                         where ps.unit_id = u.id and p.ballot = 'PARTY_LIST') as issued
                from administrative_unit u join polling_station s on s.unit_id = u.id
                where u.election_id = %s group by u.id
                order by case u.kind when 'REGION' then 1 when 'CITY' then 2 else 3 end, u.name_en""".formatted(ACTIVE));
        ExportFiles.Table csv = ExportFiles.csv(given().get("/exports/results.csv").then().statusCode(200)
                .extract().asByteArray());
        // in the page's order: regions, cities, then abroad, each by name
        assertThat(csv.column("code")).containsExactlyElementsOf(units.stream().map(r -> r.get("code")).toList());
        for (Map<String, String> unit : units) {
            int row = csv.column("code").indexOf(unit.get("code"));
            assertThat(csv.column("stations").get(row)).isEqualTo(unit.get("stations"));
            assertThat(csv.column("registered_voters").get(row)).isEqualTo(unit.get("voters"));
            assertThat(csv.column("ballots_issued").get(row)).isEqualTo(unit.get("issued"));
        }

        List<Map<String, Object>> stations = ExportFiles.json(ExportFiles.download("/exports/results.json?district=3", 200));
        assertThat(stations.stream().map(s -> s.get("code")).toList()).containsExactlyElementsOf(files.query("""
                select s.number from polling_station s join district d on d.id = s.district_id
                where d.number = 3 and d.election_id = %s order by s.number""".formatted(ACTIVE)).stream()
                .map(r -> r.get("number")).toList());
        ExportFiles.download("/exports/results.csv?unit=NOSUCH", 404);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void theResultsPagesOfferOnlyThePublicFileWhichIsAllTheyHave() {
        for (String page : List.of("/results", "/results/units/ALMATY", "/results/districts/3")) {
            String html = given().get(page).then().statusCode(200).extract().asString();
            List<String> links = java.util.regex.Pattern.compile("href=\"(/exports/results\\.[^\"]+)\"").matcher(html)
                    .results().map(m -> m.group(1)).toList();
            assertThat(links).as(page).hasSize(4).allMatch(l -> l.contains("flavour=public"));
            assertThat(html).as(page).doesNotContain("All columns");
        }
        assertThat(given().get("/results/units/ALMATY").then().extract().asString())
                .contains("/exports/results.xlsx?unit=ALMATY&amp;flavour=public");
        // the queue's reports have personal columns: both files are offered there
        assertThat(given().get("/review/reports").then().statusCode(200).extract().asString()).contains("All columns")
                .contains("/exports/reports.csv\" download").contains("/exports/reports.csv?flavour=public\"");
    }

    /** Each figure of a unit's districts, column by column, each from its own subquery. */
    static final String DISTRICTS = """
            select d.number::text as code, count(s.id) as stations,
              coalesce(sum((select p.registered_voters from official_protocol p where p.station_id = s.id and p.ballot = 'PARTY_LIST')), 0) as registered_voters,
              coalesce(sum((select p.ballots_issued from official_protocol p where p.station_id = s.id and p.ballot = 'PARTY_LIST')), 0) as ballots_issued,
              coalesce(sum((select sum(l.votes) from official_protocol p join official_line l on l.protocol_id = p.id
                             where p.station_id = s.id and p.ballot = 'PARTY_LIST')), 0) as votes,
              sum((select count(*) from report r where r.station_id = s.id and r.latest and r.severity = 'INFO')) as reports_info,
              sum((select count(*) from report r where r.station_id = s.id and r.latest and r.severity = 'MINOR')) as reports_minor,
              sum((select count(*) from report r where r.station_id = s.id and r.latest and r.severity = 'SERIOUS')) as reports_serious,
              sum((select count(*) from report r where r.station_id = s.id and r.latest and r.severity = 'CRITICAL')) as reports_critical,
              sum((select count(*) from report r where r.station_id = s.id and r.latest and r.status = 'VERIFIED' and r.severity <> 'INFO')) as verified_irregularities,
              sum((select count(*) from tally t where t.station_id = s.id)) as observer_copies,
              sum((select count(*) from tally t join official_protocol p on p.station_id = t.station_id and p.ballot = t.ballot
                   where t.station_id = s.id and (
                     array[t.registered_voters, t.ballots_received, t.ballots_issued, t.ballots_unused, t.ballots_found, t.ballots_invalid]
                     <> array[p.registered_voters, p.ballots_received, p.ballots_issued, p.ballots_unused, p.ballots_found, p.ballots_invalid]
                     or exists (select tl.ballot_line_id, tl.candidate_id, tl.votes from tally_line tl where tl.tally_id = t.id
                                except select l.ballot_line_id, l.candidate_id, l.votes from official_line l where l.protocol_id = p.id)))) as copies_differing,
              sum((select coalesce(sum(abs(tl.votes - l.votes)), 0) from tally t
                   join official_protocol p on p.station_id = t.station_id and p.ballot = t.ballot
                   join tally_line tl on tl.tally_id = t.id
                   join official_line l on l.protocol_id = p.id and l.ballot_line_id is not distinct from tl.ballot_line_id
                        and l.candidate_id is not distinct from tl.candidate_id
                   where t.station_id = s.id)) as votes_differing,
              sum((select count(*) from tally t where t.station_id = s.id and t.flagged)) as copies_failing_checks,
              count(*) filter (where not exists (select 1 from station_assignment a where a.station_id = s.id)) as stations_without_observer
            from polling_station s join district d on d.id = s.district_id join administrative_unit u on u.id = s.unit_id
            where u.code = ? and u.election_id = %s group by d.number order by d.number""".formatted(ACTIVE);

    @Inject
    ReviewFixture fixture;
    @Inject
    Sql sql;

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void aUnitsDistrictsReadBackFromXlsxHoldEveryCountOfTheDatabaseInTheirOrder() throws Exception {
        String code = fixture.report("observer2", "190002", "BALLOT_STUFFING", "COUNTING", "CRITICAL",
                ReviewFixture.NOON.plusHours(9), "Results export " + java.util.UUID.randomUUID());
        sql.update("update report set status = 'VERIFIED' where receipt_code = ?1", code);
        List<Map<String, String>> expected = files.query(DISTRICTS, "ALMATY");
        // the counts are not all nought: the comparison below would prove little
        assertThat(expected).hasSize(3);
        for (String column : List.of("reports_critical", "verified_irregularities", "observer_copies", "copies_differing",
                "votes_differing", "stations_without_observer")) {
            assertThat(expected).as(column).anyMatch(r -> Long.parseLong(r.get(column)) > 0);
        }

        Map<String, List<Row>> sheets = ExportFiles.xlsx(ExportFiles.download("/exports/results.xlsx?unit=ALMATY", 200));
        assertThat(sheets.keySet()).containsExactly("Results", "Manifest");
        List<Row> rows = sheets.get("Results");
        List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
        assertThat(header).containsExactlyElementsOf(ResultsExportResource.columns(java.util.Locale.ENGLISH).stream()
                .map(Column::name).toList());
        assertThat(rows).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            Row row = rows.get(i + 1);
            Map<String, String> want = expected.get(i);
            assertThat(ExportFiles.text(row, header.indexOf("code"))).isEqualTo(want.get("code"));
            for (String column : want.keySet()) {
                if (column.equals("code")) {
                    continue;
                }
                var cell = row.getCell(header.indexOf(column));
                assertThat(cell.getType()).as(column).isEqualTo(CellType.NUMBER);
                assertThat(cell.asNumber().longValueExact()).as(column + " of district " + want.get("code"))
                        .isEqualTo(Long.parseLong(want.get(column)));
            }
            long registered = Long.parseLong(want.get("registered_voters"));
            assertThat(row.getCell(header.indexOf("turnout_percent")).asNumber()).isEqualByComparingTo(
                    BigDecimal.valueOf(Long.parseLong(want.get("ballots_issued")) * 100)
                            .divide(BigDecimal.valueOf(registered), 2, RoundingMode.HALF_UP));
        }
        assertThat(ReportExportTest.manifest(sheets.get("Manifest"))).containsEntry("filter", "unit=ALMATY")
                .containsEntry("flavour", "public").containsEntry("rows", String.valueOf(expected.size()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-admin"), @Claim(key = "name", value = "Ada Admin") })
    void aDistrictWithoutStationsGivesValidEmptyFiles() throws Exception {
        long district = sql.number("""
                insert into district (election_id, number, unit_id, name_en, name_ru, name_kk)
                select e.id, (select max(number) + 1 from district where election_id = e.id), u.id, 'Empty', 'Пустой', 'Бос'
                from election e join administrative_unit u on u.election_id = e.id and u.code = 'ALMATY'
                where e.active returning number""");
        try {
            ExportFiles.Table csv = ExportFiles.csv(ExportFiles.download("/exports/results.csv?district=" + district, 200));
            assertThat(csv.header()).contains("code", "votes", "copies_differing");
            assertThat(csv.rows()).isEmpty();
            assertThat(ExportFiles.json(ExportFiles.download("/exports/results.json?district=" + district, 200))).isEmpty();
            Map<String, List<Row>> sheets = ExportFiles.xlsx(ExportFiles.download("/exports/results.xlsx?district="
                    + district, 200));
            assertThat(sheets.get("Results")).hasSize(1);
            assertThat(ReportExportTest.manifest(sheets.get("Manifest"))).containsEntry("rows", "0");
        } finally {
            sql.update("delete from district where number = ?1 and election_id = (select id from election where active)",
                    (int) district);
        }
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator") })
    void coordinatorsDoNotExportResults() {
        given().get("/exports/results.csv").then().statusCode(403);
    }
}
