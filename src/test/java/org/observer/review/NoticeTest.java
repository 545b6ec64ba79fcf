package org.observer.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.observer.support.CsrfForm;
import org.observer.support.Sql;

/** The commission writes to all observers, to a region's, to an organisation's; observers read; the sender sees who did. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticeTest {
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String TO_ALL = "Counting starts at 20:00 sharp " + RUN;
    static final String TO_ASTANA = "Astana: check the seals again " + RUN;
    static final String TO_OSCE = "ODIHR briefing at 08:00 " + RUN;
    static String allPath;

    @Inject
    Sql sql;

    private static String send(String text, String audience, String unit, String organisation) {
        CsrfForm form = CsrfForm.from("/review/notices");
        String page = given().get("/review/notices").asString();
        Matcher id = Pattern.compile("name=\"submissionId\" value=\"([^\"]+)\"").matcher(page);
        assertThat(id.find()).isTrue();
        var request = form.post().formParam("submissionId", id.group(1)).formParam("text", text)
                .formParam("audience", audience);
        if (unit != null) {
            request.formParam("unit", unit);
        }
        if (organisation != null) {
            request.formParam("organisation", organisation);
        }
        String location = request.post("/review/notices").then().statusCode(303)
                .header("Location", matchesPattern(".*/review/notices/\\d+")).extract().header("Location");
        // the same form sent again is the same notice
        var again = form.post().formParam("submissionId", id.group(1)).formParam("text", text).formParam("audience", audience);
        if (unit != null) {
            again.formParam("unit", unit);
        }
        if (organisation != null) {
            again.formParam("organisation", organisation);
        }
        assertThat(again.post("/review/notices").then().statusCode(303).extract().header("Location")).isEqualTo(location);
        return location.substring(location.indexOf("/review/"));
    }

    @Test
    @Order(1)
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void reviewerSendsNotices() {
        allPath = send(TO_ALL, "ALL", null, null);
        send(TO_ASTANA, "UNIT", "ASTANA", null);
        String osce = String.valueOf(sql.number("select id from organisation where name = 'OSCE/ODIHR'"));
        send(TO_OSCE, "ORGANISATION", null, osce);
        assertThat(sql.number("select count(*) from notice where text like ?1", "%" + RUN)).isEqualTo(3);

        CsrfForm.from("/review/notices").post().formParam("submissionId", UUID.randomUUID().toString())
                .formParam("text", " ").formParam("audience", "UNIT")
                .post("/review/notices").then().statusCode(400)
                .body(containsString("Fill this in.")).body(containsString("Choose one."));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "observer", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
    void observerInAstanaOfOsceSeesAllThreeAndMarksOneRead() {
        given().get("/observer").then().body(containsString(TO_ALL)).body(containsString(TO_ASTANA))
                .body(containsString(TO_OSCE));
        String id = allPath.substring(allPath.lastIndexOf('/') + 1);
        CsrfForm.from("/observer").post().post("/observer/notices/" + id + "/read").then().statusCode(303);
        given().get("/observer").then().body(not(containsString(TO_ALL))).body(containsString(TO_OSCE));
        given().get("/review/notices").then().statusCode(403);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "observer2", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer2"), @Claim(key = "preferred_username", value = "observer2") })
    void observerInAlmatyOfAnotherOrganisationSeesOnlyTheNoticeToAll() {
        given().get("/observer").then().body(containsString(TO_ALL)).body(not(containsString(TO_ASTANA)))
                .body(not(containsString(TO_OSCE)));
        long osceNotice = sql.number("select id from notice where text = ?1", TO_OSCE);
        CsrfForm.from("/observer").post().post("/observer/notices/" + osceNotice + "/read").then().statusCode(404);
    }

    @Test
    @Order(4)
    @TestSecurity(user = "admin", roles = "admin")
    void senderSeesWhoHasRead() {
        String page = given().get(allPath).then().statusCode(200).extract().asString();
        assertThat(page).contains(TO_ALL);
        int anna = page.indexOf("Anna Schneider");
        assertThat(anna).isPositive();
        assertThat(page.substring(anna, page.indexOf("</tr>", anna))).doesNotContain("not yet");
        given().get("/review/notices").then().body(containsString("read by 1 of"));
    }
}
