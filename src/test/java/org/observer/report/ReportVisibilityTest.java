package org.observer.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.observer.support.CsrfForm;

/** A report is seen by its author, coordinators of the author's organisation, reviewers and admins only. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportVisibilityTest {
    static String receipt;
    static CsrfForm authorsForm;
    static String submissionId = UUID.randomUUID().toString();


    @Test
    @Order(1)
    @TestSecurity(user = "observer", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
    void authorFilesAndSees() {
        CsrfForm form = CsrfForm.from(IncidentReportTest.FORM);
        authorsForm = form;
        String location = IncidentReportTest.filled(form, submissionId).post(IncidentReportTest.FORM)
                .then().statusCode(303).extract().header("Location");
        receipt = location.substring(location.indexOf("/reports/"));
        given().get(receipt).then().statusCode(200).body(containsString("Anna Schneider"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "observer2", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer2"), @Claim(key = "preferred_username", value = "observer2") })
    void anotherObserverGetsNotFound() {
        given().get(receipt).then().statusCode(404);
        given().get(receipt + "/amend").then().statusCode(404);
        // nor does sending under the author's submission id tell anything about the report
        CsrfForm form = CsrfForm.from(IncidentReportTest.FORM);
        IncidentReportTest.filled(form, submissionId).post(IncidentReportTest.FORM).then().statusCode(404);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "coordinator2", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator2"), @Claim(key = "preferred_username", value = "coordinator2") })
    void coordinatorOfTheSameOrganisationSees() {
        given().get(receipt).then().statusCode(200).body(containsString("OSCE/ODIHR"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "coordinator", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator"), @Claim(key = "preferred_username", value = "coordinator") })
    void coordinatorOfAnotherOrganisationGetsNotFound() {
        given().get(receipt).then().statusCode(404);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "obs0494@observers.example", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-obs0494"),
            @Claim(key = "preferred_username", value = "obs0494@observers.example") })
    void aFirstSignInThatSendsAReportAtOnceLinksTheAccreditationAndFiles() {
        // a form queued on the phone goes out before any page was opened: no accreditation is linked yet
        String id = UUID.randomUUID().toString();
        String location = IncidentReportTest.filled(authorsForm, id).post(IncidentReportTest.FORM)
                .then().statusCode(303).extract().header("Location");
        given().get(location.substring(location.indexOf("/reports/"))).then().statusCode(200)
                .body(containsString("Sherali Davlatov"));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void reviewerSees() {
        given().get(receipt).then().statusCode(200);
        given().get("/reports/AAAA-BBBB").then().statusCode(404);
    }
}
