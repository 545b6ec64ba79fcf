package org.observer.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.observer.review.ReviewFixture;

/** The station list's export holds the stations the page's search finds, or all of them. */
@QuarkusTest
class StationExportTest {
    static final String ACTIVE = "(select id from election where active)";

    @Inject
    ExportFiles files;
    @Inject
    ReviewFixture fixture;

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void theSearchedStationsInEachFormat() throws Exception {
        List<Map<String, String>> expected = files.query("""
                select s.number, s.name, s.registered_voters, u.name_ru as unit from polling_station s
                join administrative_unit u on u.id = s.unit_id
                where s.election_id = %s and (s.number like '1900%%' or lower(s.name) like '%%1900%%'
                   or lower(s.address) like '%%1900%%') order by s.number""".formatted(ACTIVE));
        assertThat(expected).isNotEmpty();
        ExportFiles.Table csv = ExportFiles.csv(given().header("Accept-Language", "ru").get("/exports/stations.csv?q=1900")
                .then().statusCode(200).extract().asByteArray());
        assertThat(csv.column("station")).containsExactlyElementsOf(expected.stream().map(r -> r.get("number")).toList());
        assertThat(csv.column("name")).containsExactlyElementsOf(expected.stream().map(r -> r.get("name")).toList());
        assertThat(csv.column("unit")).containsExactlyElementsOf(expected.stream().map(r -> r.get("unit")).toList());

        List<Row> rows = ExportFiles.xlsx(ExportFiles.download("/exports/stations.xlsx?q=1900", 200)).get("Stations");
        assertThat(rows).hasSize(expected.size() + 1);
        int voters = rows.get(0).stream().map(c -> c.getText()).toList().indexOf("registered_voters");
        assertThat(rows.get(1).getCell(voters).getType()).isEqualTo(CellType.NUMBER);
        assertThat(rows.get(1).getCell(voters).asNumber().intValue())
                .isEqualTo(Integer.parseInt(expected.get(0).get("registered_voters")));

        List<Map<String, Object>> all = ExportFiles.json(ExportFiles.download("/exports/stations.json", 200));
        assertThat((long) all.size()).isEqualTo(Long.parseLong(files.query(
                "select count(*) as n from polling_station where election_id = " + ACTIVE).get(0).get("n")));
    }

    /** Each station of the search 1900 with its counts; {@code organisation} limits them to one organisation. */
    private List<Map<String, String>> counts(String organisation) throws Exception {
        String own = organisation == null ? "" : " and a.organisation_id = (select id from organisation where name = '"
                + organisation.replace("'", "''") + "')";
        return files.query("""
                select s.number,
                  (select count(*) from report r join accreditation a on a.id = r.accreditation_id
                    where r.station_id = s.id and r.latest%1$s) as reports,
                  (select count(*) from tally t join accreditation a on a.id = t.accreditation_id
                    where t.station_id = s.id%1$s) as copies,
                  (select count(*) > 0 from tally t join accreditation a on a.id = t.accreditation_id
                    where t.station_id = s.id and t.flagged%1$s) as flagged
                from polling_station s where s.election_id = %2$s and s.number like '1900%%' order by s.number"""
                .formatted(own, ACTIVE));
    }

    private static void assertCounts(ExportFiles.Table csv, List<Map<String, String>> expected) {
        assertThat(csv.column("station")).containsExactlyElementsOf(expected.stream().map(r -> r.get("number")).toList());
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> row = csv.rows().get(i);
            assertThat(row.get("reports")).as("reports of " + row.get("station")).isEqualTo(expected.get(i).get("reports"));
            assertThat(row.get("protocol_copies")).as("copies of " + row.get("station")).isEqualTo(expected.get(i).get("copies"));
            assertThat(row.get("protocol_copy_flagged")).as("flagged at " + row.get("station"))
                    .isEqualTo(String.valueOf("t".equals(expected.get(i).get("flagged"))));
        }
    }

    /** A report of each organisation at 190002, so that the coordinator's counts and everyone's differ. */
    private void reportsOfTwoOrganisations() {
        for (String login : List.of("observer", "observer2")) {
            fixture.report(login, "190002", "BALLOT_STUFFING", "VOTING", "MINOR", ReviewFixture.NOON, "Station export");
        }
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void eachStationsCountsAreTheDatabasesAndAnEmptySearchGivesEmptyFiles() throws Exception {
        reportsOfTwoOrganisations();
        List<Map<String, String>> expected = counts(null);
        assertThat(expected).anyMatch(r -> !r.get("copies").equals("0"));
        assertCounts(ExportFiles.csv(ExportFiles.download("/exports/stations.csv?q=1900", 200)), expected);

        ExportFiles.Table none = ExportFiles.csv(ExportFiles.download("/exports/stations.csv?q=no-such-station", 200));
        assertThat(none.header()).contains("station", "reports", "protocol_copies");
        assertThat(none.rows()).isEmpty();
        assertThat(ExportFiles.json(ExportFiles.download("/exports/stations.json?q=no-such-station", 200))).isEmpty();
        assertThat(ExportFiles.xlsx(ExportFiles.download("/exports/stations.xlsx?q=no-such-station", 200))
                .get("Stations")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator"), @Claim(key = "preferred_username", value = "coordinator") })
    void aCoordinatorsStationExportCountsTheirOrganisationsReportsAndCopiesOnly() throws Exception {
        reportsOfTwoOrganisations();
        List<Map<String, String>> own = counts("Civic Monitoring Network (demo)");
        List<Map<String, String>> everyone = counts(null);
        int station = own.stream().map(r -> r.get("number")).toList().indexOf("190002");
        assertThat(Long.parseLong(own.get(station).get("reports")))
                .isPositive().isLessThan(Long.parseLong(everyone.get(station).get("reports")));
        ExportFiles.Table csv = ExportFiles.csv(ExportFiles.download("/exports/stations.csv?q=1900", 200));
        assertCounts(csv, own);
        // a station list names nobody, whoever exports it
        assertThat(csv.header()).doesNotContain("observer", "organisation");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void thePagesOfferTheExportsOfWhatTheyShow() {
        given().get("/stations?q=1900").then().statusCode(200).body(containsString("/exports/stations.csv?q=1900"));
        given().get("/review/reports?severity=CRITICAL").then().statusCode(200)
                .body(containsString("/exports/reports.xlsx?severity=CRITICAL&amp;flavour=public"));
    }

    @Test
    @TestSecurity(user = "observer", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
    void observersAreNotOfferedNorGivenTheStationExport() {
        given().get("/stations?q=1900").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("/exports/")));
        given().get("/exports/stations.csv").then().statusCode(403);
    }
}
