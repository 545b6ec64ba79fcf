package org.observer.checklist;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.observer.support.CsrfForm;

/** A sent checklist is seen by its author, coordinators of the author's organisation, reviewers and admins only. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChecklistVisibilityTest {
    static String page;


    @Test
    @Order(1)
    @TestSecurity(user = "observer", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
    void authorSendsAndSees() {
        CsrfForm form = CsrfForm.from(ChecklistTest.VOTING);
        String location = ChecklistTest.voting(form, UUID.randomUUID().toString()).post(ChecklistTest.VOTING).then()
                .statusCode(303).extract().header("Location");
        page = location.substring(location.indexOf("/observer/checklists/"));
        given().get(page).then().statusCode(200).body(containsString("Anna Schneider"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "observer2", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer2"), @Claim(key = "preferred_username", value = "observer2") })
    void anotherObserverGetsNotFound() {
        given().get(page).then().statusCode(404);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "observer2", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer2"), @Claim(key = "preferred_username", value = "observer2") })
    void anotherObserverSendingTheSameIdLearnsNothing() {
        String id = page.substring(page.lastIndexOf('/') + 1);
        CsrfForm form = CsrfForm.from(ChecklistTest.VOTING);
        ChecklistTest.voting(form, id).post(ChecklistTest.VOTING).then().statusCode(404);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "coordinator2", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator2"), @Claim(key = "preferred_username", value = "coordinator2") })
    void coordinatorOfTheSameOrganisationSees() {
        given().get(page).then().statusCode(200).body(containsString("OSCE/ODIHR"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "coordinator", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator"), @Claim(key = "preferred_username", value = "coordinator") })
    void coordinatorOfAnotherOrganisationGetsNotFound() {
        given().get(page).then().statusCode(404);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void reviewerSees() {
        given().get(page).then().statusCode(200).body(containsString("Turnout announced at 10:00"));
        given().get("/observer/checklists/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/observer/checklists/not-an-id").then().statusCode(404);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "admin", roles = "admin")
    void adminSees() {
        given().get(page).then().statusCode(200);
    }
}
