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
import org.junit.jupiter.api.Test;

/** The results drill-down as a file: the rows of the page's table, each figure as the database has it. */
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
                where u.election_id = %s group by u.id order by u.code""".formatted(ACTIVE));
        ExportFiles.Table csv = ExportFiles.csv(given().get("/exports/results.csv").then().statusCode(200)
                .extract().asByteArray());
        assertThat(csv.column("code")).containsExactlyInAnyOrderElementsOf(units.stream().map(r -> r.get("code")).toList());
        for (Map<String, String> unit : units) {
            int row = csv.column("code").indexOf(unit.get("code"));
            assertThat(csv.column("stations").get(row)).isEqualTo(unit.get("stations"));
            assertThat(csv.column("registered_voters").get(row)).isEqualTo(unit.get("voters"));
            assertThat(csv.column("ballots_issued").get(row)).isEqualTo(unit.get("issued"));
        }

        List<Map<String, Object>> stations = ExportFiles.json(ExportFiles.download("/exports/results.json?district=3", 200));
        assertThat(stations.stream().map(s -> s.get("code")).toList()).containsExactlyInAnyOrderElementsOf(files.query("""
                select s.number from polling_station s join district d on d.id = s.district_id
                where d.number = 3 and d.election_id = %s""".formatted(ACTIVE)).stream().map(r -> r.get("number")).toList());
        ExportFiles.download("/exports/results.csv?unit=NOSUCH", 404);
        given().get("/results/units/ALMATY").then().statusCode(200).body(containsString("/exports/results.xlsx?unit=ALMATY"));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator") })
    void coordinatorsDoNotExportResults() {
        given().get("/exports/results.csv").then().statusCode(403);
    }
}
