package org.observer.checklist;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observer.support.AtOnce;
import org.observer.support.CsrfForm;
import org.observer.support.FieldErrors;
import org.observer.support.Sql;

/** The observer's checklist of a phase: the questions of the demo's checklist.csv, sent as a browser does. */
@QuarkusTest
@TestSecurity(user = "observer", roles = "observer")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
class ChecklistTest {
    static final String VOTING = "/observer/stations/180001/checklist?phase=VOTING";
    static final String OPENING = "/observer/stations/180001/checklist?phase=OPENING";

    @Inject
    Sql sql;

    static RequestSpecification voting(CsrfForm form, String submissionId) {
        return form.post().formParam("submissionId", submissionId)
                .formParam("answer_SECRECY_ENSURED", "yes")
                .formParam("answer_GROUP_VOTING_SEEN", "no")
                .formParam("answer_ID_CHECKED", "")
                .formParam("answer_TURNOUT_1000", "312")
                .formParam("answer_TURNOUT_1400", "1 204")
                .formParam("answer_TURNOUT_1800", "");
    }

    long answers(String submissionId) {
        return sql.number("select count(*) from checklist_answer where submission_id = cast(?1 as uuid)", submissionId);
    }

    @Test
    void thePageShowsThePhasesQuestions() {
        given().get(VOTING).then().statusCode(200)
                .body(containsString("Turnout announced at 10:00 (voters)"))
                .body(containsString("name=\"answer_TURNOUT_1000\" type=\"text\" inputmode=\"numeric\""))
                .body(containsString("type=\"radio\" name=\"answer_SECRECY_ENSURED\" value=\"yes\""))
                .body(containsString("name=\"submissionId\" value=\""))
                .body(not(containsString("Were the ballot boxes shown empty")));
        given().get(OPENING).then().statusCode(200).body(containsString("Were the ballot boxes shown empty"));
        given().cookie("lang", "kk").get(VOTING).then().statusCode(200)
                .body(containsString("10:00-де жарияланған қатысу (сайлаушылар саны)"))
                .body(containsString("Бақылау парағын жіберу"));
        given().get("/observer/stations/180001/checklist?phase=TABULATION").then().statusCode(404);
        given().get("/observer/stations/999999/checklist").then().statusCode(404);
    }

    @Test
    void sentAnswersAreStoredOnePerAnsweredQuestionAndShown() {
        CsrfForm form = CsrfForm.from(VOTING);
        String id = UUID.randomUUID().toString();
        String location = voting(form, id).post(VOTING).then().statusCode(303)
                .header("Location", matchesPattern(".*/observer/checklists/" + id)).extract().header("Location");
        given().get(location.substring(location.indexOf("/observer/"))).then().statusCode(200)
                .body(containsString("Checklist sent"))
                .body(containsString("4 answers"))
                .body(containsString("Turnout announced at 14:00 (voters)"))
                .body(containsString("1,204"))
                .body(containsString("Anna Schneider"));
        // the unanswered questions are left out, the answered ones are one row each
        assertThat(answers(id)).isEqualTo(4);
        assertThat(sql.number("""
                select count(*) from checklist_answer a join checklist_question q on q.id = a.question_id
                join polling_station s on s.id = a.station_id
                where a.submission_id = cast(?1 as uuid) and q.code = 'TURNOUT_1400' and a.answer_number = 1204
                  and a.answer_yes is null and a.phase = 'VOTING' and s.number = '180001' and a.station_assigned""", id))
                .isEqualTo(1);
        assertThat(sql.number("""
                select count(*) from checklist_answer a join checklist_question q on q.id = a.question_id
                where a.submission_id = cast(?1 as uuid) and q.code = 'GROUP_VOTING_SEEN' and a.answer_yes = false
                  and a.answer_number is null""", id)).isEqualTo(1);
        assertThat(sql.number("""
                select count(*) from checklist_answer a join checklist_submission c on c.submission_id = a.submission_id
                join accreditation o on o.id = a.accreditation_id
                where a.submission_id = cast(?1 as uuid) and o.login = 'observer' and a.answered_at = c.received_at""", id))
                .isEqualTo(4);
        given().get(VOTING).then().body(containsString("/observer/checklists/" + id));
    }

    /** The phone's offline queue sends the page's FormData again later: multipart, tagged with its owner. */
    @Test
    void aChecklistQueuedOnThePhoneIsTakenAsMultipart() {
        CsrfForm form = CsrfForm.from(VOTING);
        String id = UUID.randomUUID().toString();
        String owner = given().get("/observer").then().extract().asString()
                .replaceAll("(?s).*data-owner=\"([0-9a-f]+)\".*", "$1");
        String location = form.multipart().header("X-Queue-Owner", owner).multiPart("submissionId", id)
                .multiPart("answer_SECRECY_ENSURED", "yes").multiPart("answer_GROUP_VOTING_SEEN", "")
                .multiPart("answer_TURNOUT_1000", "312").multiPart("action", "send")
                .post(VOTING).then().statusCode(303)
                .header("Location", matchesPattern(".*/observer/checklists/" + id)).extract().header("Location");
        assertThat(answers(id)).isEqualTo(2);
        assertThat(sql.number("""
                select count(*) from checklist_answer a join checklist_question q on q.id = a.question_id
                where a.submission_id = cast(?1 as uuid) and q.code = 'TURNOUT_1000' and a.answer_number = 312""", id))
                .isEqualTo(1);
        // sent again by the queue (the first answer was lost on the way): the same checklist, stored once
        form.multipart().header("X-Queue-Owner", owner).multiPart("submissionId", id)
                .multiPart("answer_SECRECY_ENSURED", "yes").multiPart("answer_GROUP_VOTING_SEEN", "")
                .multiPart("answer_TURNOUT_1000", "312").multiPart("action", "send")
                .post(VOTING).then().statusCode(303).header("Location", location);
        assertThat(answers(id)).isEqualTo(2);
        // a bad answer comes back as from the plain form, beside its question
        form.multipart().multiPart("submissionId", UUID.randomUUID().toString())
                .multiPart("answer_TURNOUT_1400", "about 300").post(VOTING).then().statusCode(400)
                .body(containsString("aria-describedby=\"e-TURNOUT_1400\""))
                .body(containsString("value=\"about 300\""));
        // and without its token it is refused as the plain form is
        String unsigned = UUID.randomUUID().toString();
        given().redirects().follow(false).multiPart("submissionId", unsigned)
                .multiPart("answer_TURNOUT_1000", "5").post(VOTING).then().statusCode(400);
        assertThat(answers(unsigned)).isZero();
    }

    @Test
    void badNumbersAreShownBesideTheirQuestionsAndKept() {
        CsrfForm form = CsrfForm.from(VOTING);
        String id = UUID.randomUUID().toString();
        form.post().formParam("submissionId", id)
                .formParam("answer_SECRECY_ENSURED", "no")
                .formParam("answer_TURNOUT_1000", "-5")
                .formParam("answer_TURNOUT_1400", "about 300")
                .formParam("answer_TURNOUT_1800", "1000001")
                .post(VOTING).then().statusCode(400)
                .body(containsString("Some answers need attention"))
                .body(containsString("A count cannot be negative."))
                .body(containsString("Give a whole number, digits only."))
                .body(containsString("This number is too large: at most 1,000,000."))
                .body(containsString("value=\"-5\""))
                .body(containsString("value=\"about 300\""))
                .body(containsString("value=\"1000001\""))
                .body(containsString("name=\"answer_SECRECY_ENSURED\" value=\"no\" checked"))
                .body(containsString("aria-describedby=\"e-TURNOUT_1400\""))
                .body(containsString("value=\"" + id + "\""));
        assertThat(answers(id)).isZero();
        assertThat(sql.number("select count(*) from checklist_submission where submission_id = cast(?1 as uuid)", id))
                .isZero();
        // the largest count there may be is accepted
        form.post().formParam("submissionId", id).formParam("answer_TURNOUT_1800", "1000000").post(VOTING).then()
                .statusCode(303);
        assertThat(sql.number("select max(answer_number) from checklist_answer where submission_id = cast(?1 as uuid)",
                id)).isEqualTo(1_000_000);
    }

    @Test
    void anEmptyChecklistOrAnExpiredFormIsRefused() {
        CsrfForm form = CsrfForm.from(OPENING);
        form.post().formParam("submissionId", UUID.randomUUID().toString()).formParam("answer_OPENED_ON_TIME", "")
                .post(OPENING).then().statusCode(400).body(containsString("Answer at least one question"));
        String page = form.post().formParam("submissionId", "not-a-uuid").formParam("answer_OPENED_ON_TIME", "maybe")
                .post(OPENING).then().statusCode(400)
                .body(containsString("This form is too old")).extract().asString();
        // a yes/no question is a group of radio buttons: its fieldset points to the error
        assertThat(FieldErrors.describing(page, "OPENED_ON_TIME")).isEqualTo("Choose yes, no or not seen.");
    }

    @Test
    void sendingTheSameSubmissionTwiceStoresTheAnswersOnce() {
        CsrfForm form = CsrfForm.from(VOTING);
        String id = UUID.randomUUID().toString();
        String first = voting(form, id).post(VOTING).then().statusCode(303).extract().header("Location");
        String second = voting(form, id).post(VOTING).then().statusCode(303).extract().header("Location");
        assertThat(second).isEqualTo(first);
        assertThat(answers(id)).isEqualTo(4);
    }

    /** Send, "Back", change an answer, send: the change is not lost behind the first checklist, nor stored under it. */
    @Test
    void aFormChangedAfterItWasSentSaysSoAndKeepsTheChange() {
        given().get(VOTING).then().header("Cache-Control", containsString("no-store"));
        CsrfForm form = CsrfForm.from(VOTING);
        String id = UUID.randomUUID().toString();
        voting(form, id).post(VOTING).then().statusCode(303);
        String page = changed(form, id).post(VOTING).then().statusCode(400).extract().asString();
        assertThat(page).contains("This checklist was already sent at", "href=\"/observer/checklists/" + id + "\"",
                "name=\"answer_ID_CHECKED\" value=\"yes\" checked", "value=\"1 204\"");
        String fresh = page.replaceAll("(?s).*name=\"submissionId\" value=\"([^\"]*)\".*", "$1");
        assertThat(fresh).isNotEqualTo(id);
        assertThat(answers(id)).isEqualTo(4);
        assertThat(sql.number("""
                select count(*) from checklist_answer a join checklist_question q on q.id = a.question_id
                where a.submission_id = cast(?1 as uuid) and q.code = 'ID_CHECKED'""", id)).isZero();
        changed(form, fresh).post(VOTING).then().statusCode(303);
        assertThat(answers(fresh)).isEqualTo(5);
    }

    /** The answers of {@link #voting} with "ID checked" answered yes. */
    static RequestSpecification changed(CsrfForm form, String submissionId) {
        return form.post().formParam("submissionId", submissionId).formParam("answer_SECRECY_ENSURED", "yes")
                .formParam("answer_GROUP_VOTING_SEEN", "no").formParam("answer_ID_CHECKED", "yes")
                .formParam("answer_TURNOUT_1000", "312").formParam("answer_TURNOUT_1400", "1 204");
    }

    @Test
    void fourCopiesArrivingTogetherStoreOneSetOfAnswers() throws Exception {
        CsrfForm form = CsrfForm.from(VOTING);
        String id = UUID.randomUUID().toString();
        List<String> locations = AtOnce.send(4,
                () -> voting(form, id).post(VOTING).then().statusCode(303).extract().header("Location"));
        assertThat(locations).hasSize(4).containsOnly(locations.get(0));
        assertThat(sql.number("select count(*) from checklist_submission where submission_id = cast(?1 as uuid)", id))
                .isEqualTo(1);
        assertThat(answers(id)).isEqualTo(4);
    }

    @Test
    void anObserverMayFillInTheChecklistOfAStationNotAssignedToThem() {
        String page = "/observer/stations/190001/checklist?phase=COUNTING";
        CsrfForm form = CsrfForm.from(page);
        String id = UUID.randomUUID().toString();
        form.post().formParam("submissionId", id).formParam("answer_PROTOCOL_POSTED", "yes").post(page).then()
                .statusCode(303);
        assertThat(sql.number("select count(*) from checklist_answer where submission_id = cast(?1 as uuid) "
                + "and not station_assigned and phase = 'COUNTING'", id)).isEqualTo(1);
    }

    @Test
    void theFormNeedsItsCsrfToken() {
        given().redirects().follow(false).formParam("submissionId", UUID.randomUUID().toString())
                .formParam("answer_TURNOUT_1000", "5").post(VOTING).then().statusCode(400);
    }
}
