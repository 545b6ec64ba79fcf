package org.observer.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Analysts' tools call the queue with a Keycloak bearer token; the reviewer or admin role is needed. */
@QuarkusTest
class ReportApiTest {
    @Inject
    ReviewFixture fixture;

    @Test
    void aReviewersBearerTokenReadsTheQueue() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("rita", Set.of("reviewer")))
                .accept("application/json").get("/api/reports?status=NEW")
                .then().statusCode(200).body("filter", equalTo("status=NEW")).body("pageSize", equalTo(50))
                .body("reports", notNullValue());
    }

    @Test
    void withoutATokenTheAnswerIs401NotALoginPage() {
        given().redirects().follow(false).accept("application/json").get("/api/reports").then().statusCode(401);
    }

    @Test
    void anAdminsTokenReadsTheQueueToo() {
        String code = fixture.report("observer", "180001", "BALLOT_STUFFING", "VOTING", "SERIOUS", ReviewFixture.NOON,
                "read by an admin's tool");
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("ada", Set.of("admin")))
                .accept("application/json").get("/api/reports?q=admin's").then().statusCode(200)
                .body("reports.receiptCode", org.hamcrest.Matchers.hasItem(code));
    }

    @Test
    void theTokensOfOtherRolesAreRefused() {
        for (String role : List.of("observer", "coordinator")) {
            given().auth().oauth2(OidcWiremockTestResource.getAccessToken(role, Set.of(role)))
                    .accept("application/json").get("/api/reports").then().statusCode(403);
        }
        // a token that is not one (not signed by the realm) is no token
        given().auth().oauth2("not-a-token").accept("application/json").get("/api/reports").then().statusCode(401);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/reports"))
                .body("paths.'/api/reports'.get.parameters.name", org.hamcrest.Matchers.hasItems("status", "q", "from", "page"))
                .extract().jsonPath();
        // the 200 answer names its schema, and the schema's fields are the ones an actual answer has
        String page = openApi.getString("paths.'/api/reports'.get.responses.'200'.content.'application/json'.schema.$ref");
        assertThat(page).isEqualTo("#/components/schemas/ReportPage");
        Map<String, Object> pageFields = openApi.getMap("components.schemas.ReportPage.properties");
        String row = openApi.getString("components.schemas.ReportPage.properties.reports.items.$ref");
        Map<String, Object> rowFields = openApi.getMap("components.schemas."
                + row.substring(row.lastIndexOf('/') + 1) + ".properties");
        assertThat(openApi.getString("paths.'/api/reports'.get.responses.'400'.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problems");

        fixture.report("observer", "180001", "BALLOT_STUFFING", "VOTING", "SERIOUS", ReviewFixture.NOON, "described");
        JsonPath answer = given().auth().oauth2(OidcWiremockTestResource.getAccessToken("rita", Set.of("reviewer")))
                .accept("application/json").get("/api/reports?station=180001").then().statusCode(200).extract().jsonPath();
        Map<String, Object> actualPage = answer.getMap("");
        Map<String, Object> actualRow = answer.getMap("reports[0]");
        assertThat(pageFields.keySet()).containsExactlyInAnyOrderElementsOf(actualPage.keySet());
        assertThat(rowFields.keySet()).containsExactlyInAnyOrderElementsOf(actualRow.keySet())
                .contains("receiptCode", "status", "severity", "station", "observedAt", "heldBy");
    }
}
