package org.observer.election;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "observer", roles = "observer")
class StationPagesTest {

    @Test
    void searchByNumberPrefix() {
        given().queryParam("q", "18000").get("/stations").then().statusCode(200)
                .body(containsString("href=\"/stations/180001\""))
                .body(containsString("href=\"/stations/180009\""))
                .body(not(containsString("href=\"/stations/190001\"")));
    }

    @Test
    void searchByNameOrAddressIgnoresCase() {
        given().queryParam("q", "EMBASSY OF KAZAKHSTAN IN BERLIN").get("/stations").then().statusCode(200)
                .body(containsString("Embassy of Kazakhstan in Berlin"));
    }

    @Test
    void searchSaysWhenNothingMatches() {
        given().queryParam("q", "no such station %_").get("/stations").then().statusCode(200)
                .body(containsString("No station matches."));
    }

    @Test
    void stationPageShowsWhereItIsAndItsDistrict() {
        given().get("/stations/180001").then().statusCode(200)
                .body(containsString("Astana"))
                .body(containsString("№ 1"))
                .body(containsString("Candidates of the district"))
                .body(containsString("generated demo data"));
    }

    @Test
    void stationPageSpeaksRussian() {
        given().cookie("lang", "ru").get("/stations/180001").then().statusCode(200)
                .body(containsString("lang=\"ru\""))
                .body(containsString("Астана"));
    }

    @Test
    void unknownStationIsNotFound() {
        given().get("/stations/000000").then().statusCode(404).body(containsString("Not found"));
    }
}
