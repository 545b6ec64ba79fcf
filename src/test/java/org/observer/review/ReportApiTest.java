package org.observer.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Analysts' tools call the queue with a Keycloak bearer token; the reviewer or admin role is needed. */
@QuarkusTest
class ReportApiTest {

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
    void anObserversTokenIsRefused() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("observer", Set.of("observer")))
                .accept("application/json").get("/api/reports").then().statusCode(403);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/reports"))
                .body("paths.'/api/reports'.get.parameters.name", org.hamcrest.Matchers.hasItems("status", "q", "from", "page"));
    }
}
