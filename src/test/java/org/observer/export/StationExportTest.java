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

/** The station list's export holds the stations the page's search finds, or all of them. */
@QuarkusTest
class StationExportTest {
    static final String ACTIVE = "(select id from election where active)";

    @Inject
    ExportFiles files;

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
