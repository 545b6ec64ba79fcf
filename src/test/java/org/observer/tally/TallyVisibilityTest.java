package org.observer.tally;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A receipt is seen by its author, the coordinators of the author's organisation, reviewers and
 * admins; to anyone else it does not exist.
 */
@QuarkusTest
class TallyVisibilityTest {
    @Inject
    TallyFixture fixture;

    /** A tally of Anna Schneider (login observer, OSCE/ODIHR). */
    String osceTally() {
        return "/tallies/" + fixture.sentBy("observer", "180001");
    }

    /** A tally of Aigerim Seitkali (login observer2, Civic Monitoring Network). */
    String civicTally() {
        return "/tallies/" + fixture.sentBy("observer2", "190001");
    }

    @Test
    @TestSecurity(user = "observer", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
    void theAuthorSeesTheirTallyAndNoOneElses() {
        given().get(osceTally()).then().statusCode(200).body(containsString("Anna Schneider"));
        given().get(civicTally()).then().statusCode(404).body(containsString("Not found"));
        given().get("/tallies/ABCD-EFGH").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "observer2", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer2"), @Claim(key = "preferred_username", value = "observer2") })
    void anotherObserverOfAnotherOrganisationGetsNotFound() {
        given().get(osceTally()).then().statusCode(404).body(containsString("Not found"));
        given().get(civicTally()).then().statusCode(200).body(containsString("Aigerim Nurlanovna Seitkali"));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator"), @Claim(key = "preferred_username", value = "coordinator") })
    void aCoordinatorSeesTheTalliesOfTheirOwnOrganisation() {
        given().get(civicTally()).then().statusCode(200).body(containsString("Civic Monitoring Network (demo)"));
        given().get(osceTally()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "coordinator2", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator2"), @Claim(key = "preferred_username", value = "coordinator2") })
    void aCoordinatorOfAnotherOrganisationGetsNotFound() {
        given().get(civicTally()).then().statusCode(404);
        given().get(osceTally()).then().statusCode(200).body(containsString("OSCE/ODIHR"));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void aReviewerSeesEveryTally() {
        given().get(osceTally()).then().statusCode(200).body(containsString("Anna Schneider"));
        given().get(civicTally()).then().statusCode(200).body(containsString("Aigerim Nurlanovna Seitkali"));
        given().get("/tallies/ABCD-EFGH").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdminSeesEveryTally() {
        given().get(civicTally()).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void onlyObserversCopyProtocols() {
        given().get("/observer/stations/180001/tally").then().statusCode(403);
    }
}
