package org.observer.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.observer.support.DemoData;
import org.observer.support.Sql;

/** The JSON API with bearer tokens as analysts' tools send them. */
@QuarkusTest
class ResultsApiTest {
    @Inject
    Sql sql;

    static String token(String role) {
        return OidcWiremockTestResource.getAccessToken("analyst", Set.of(role));
    }

    long electionId() {
        return sql.number("select id from election where code = ?1", DemoData.CODE);
    }

    JsonPath get(String path) {
        return given().auth().oauth2(token("reviewer")).get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void nationGivesTheSumsOfTheProtocolsAndTheSeats() {
        JsonPath nation = get("/api/results/nation");
        for (String code : new String[] { "AMANAT", "JSDP", "AGAINST_ALL" }) {
            assertThat(nation.getLong("lines.find { it.code == '" + code + "' }.votes")).isEqualTo(sql.number("""
                    select sum(l.votes) from official_line l join ballot_line b on b.id = l.ballot_line_id
                    where b.election_id = ?1 and b.code = ?2""", electionId(), code));
        }
        assertThat(nation.getLong("turnout.issued")).isEqualTo(sql.number("""
                select sum(p.ballots_issued) from official_protocol p join polling_station s on s.id = p.station_id
                where s.election_id = ?1 and p.ballot = 'PARTY_LIST'""", electionId()));
        assertThat(nation.getInt("allocation.unallocated")).isZero();
        JsonPath seats = get("/api/results/seats");
        assertThat(seats.getLong("qualifyingVotes")).isEqualTo(nation.getLong("allocation.qualifyingVotes"));
    }

    @Test
    void unitsStationsAndWhatIfAnswer() {
        JsonPath units = get("/api/results/units");
        assertThat(units.getLong("total.stations")).isEqualTo(sql.number(
                "select count(*) from polling_station where election_id = ?1", electionId()));
        JsonPath astana = get("/api/results/units/ASTANA");
        assertThat(astana.getLong("total.issued")).isEqualTo(units.getLong("rows.find { it.code == 'ASTANA' }.issued"));
        JsonPath station = get("/api/results/stations/010001");
        assertThat(station.getString("protocols[0].ballot")).isEqualTo("PARTY_LIST");
        JsonPath whatIf = given().auth().oauth2(token("admin")).queryParam("stations", "010001")
                .get("/api/results/what-if").then().statusCode(200).extract().jsonPath();
        assertThat(whatIf.getInt("excludedStations")).isEqualTo(1);
        assertThat(whatIf.getLong("official.turnout.issued") - whatIf.getLong("recomputed.turnout.issued"))
                .isEqualTo(sql.number("""
                        select p.ballots_issued from official_protocol p join polling_station s on s.id = p.station_id
                        where s.election_id = ?1 and s.number = '010001' and p.ballot = 'PARTY_LIST'""", electionId()));
        given().auth().oauth2(token("reviewer")).get("/api/results/units/NOWHERE").then().statusCode(404);
    }

    @Test
    void aDistrictGivesItsCandidatesVotesAndItsStations() {
        JsonPath district = get("/api/results/districts/8");
        for (Object[] c : sql.rows("""
                select c.full_name, coalesce(sum(l.votes), 0) from candidate c join district d on d.id = c.district_id
                left join official_line l on l.candidate_id = c.id
                where d.election_id = ?1 and d.number = 8 group by c.id, c.full_name""", electionId())) {
            assertThat(district.getLong("result.candidates.find { it.fullName == '" + c[0] + "' }.votes"))
                    .as((String) c[0]).isEqualTo(((Number) c[1]).longValue());
        }
        // that district's candidates, no other district's
        assertThat(district.getInt("result.number")).isEqualTo(8);
        assertThat(district.getList("result.candidates")).hasSize((int) sql.number("""
                select count(*) from candidate c join district d on d.id = c.district_id
                where d.election_id = ?1 and d.number = 8""", electionId()));
        assertThat(district.getLong("total.stations")).isEqualTo(sql.number("""
                select count(*) from polling_station s join district d on d.id = s.district_id
                where d.election_id = ?1 and d.number = 8""", electionId()));
        given().auth().oauth2(token("reviewer")).get("/api/results/districts/999").then().statusCode(404);
    }

    @Test
    void withoutATokenOrTheRoleThereIsNothing() {
        given().redirects().follow(false).get("/api/results/nation").then().statusCode(401);
        given().auth().oauth2(token("observer")).get("/api/results/nation").then().statusCode(403);
        given().auth().oauth2(token("coordinator")).get("/api/results/what-if").then().statusCode(403);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/results/nation"))
                .body(containsString("/api/results/what-if"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/results/seats'.get.summary", equalTo("Party-list seats"));
    }
}
