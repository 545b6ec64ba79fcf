package org.observer.tally;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.observer.tally.TallyFixture.partyList;
import static org.observer.tally.TallyFixture.receiptPath;
import static org.observer.tally.TallyFixture.submissionIdOf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observer.support.AtOnce;
import org.observer.support.CsrfForm;
import org.observer.support.Sql;

/** Nothing lost, nothing doubled: a form sent again, or twice at once, is one tally. */
@QuarkusTest
class TallyIdempotencyTest {
    static final String PAGE = "/observer/stations/180003/tally?ballot=PARTY_LIST";

    @Inject
    Sql sql;
    @Inject
    TallyFixture fixture;

    long tallies(String submissionId) {
        return sql.number("select count(*) from tally where submission_id = cast(?1 as uuid)", submissionId);
    }

    long lines(String submissionId) {
        return sql.number("""
                select count(*) from tally_line l join tally t on t.id = l.tally_id
                where t.submission_id = cast(?1 as uuid)""", submissionId);
    }

    @Test
    @TestSecurity(user = "observer", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
    void theSameFormSentTwiceIsOneTally() {
        String submissionId = submissionIdOf(PAGE);
        CsrfForm form = CsrfForm.from(PAGE);
        String first = receiptPath(partyList().send(form, PAGE, submissionId));
        String again = receiptPath(partyList().send(form, PAGE, submissionId));
        assertThat(again).isEqualTo(first);
        // sent, "Back", edited, sent: the edits are kept on the page, not lost behind the first copy nor stored under it
        given().get(PAGE).then().header("Cache-Control", containsString("no-store"));
        String code = first.substring("/tallies/".length());
        String changed = partyList().vote(0, "1").comment("changed").send(form, PAGE, submissionId).then()
                .statusCode(400).extract().asString();
        assertThat(changed).contains("This form was already sent as protocol copy " + code + ".",
                "href=\"" + first + "\"", "value=\"1\"", ">changed</textarea>")
                .doesNotContain("value=\"" + submissionId + "\"");
        assertThat(tallies(submissionId)).isEqualTo(1);
        assertThat(lines(submissionId)).isEqualTo(8);
        assertThat(sql.text("select comment from tally where submission_id = cast(?1 as uuid)", submissionId))
                .isEmpty();
    }

    @Test
    @TestSecurity(user = "observer", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
    void twoCopiesArrivingAtOnceAreOneTally() throws Exception {
        CsrfForm form = CsrfForm.from(PAGE);
        for (int round = 0; round < 5; round++) {
            String submissionId = UUID.randomUUID().toString();
            List<String> receipts = AtOnce.send(2, () -> receiptPath(partyList().send(form, PAGE, submissionId)));
            String first = receipts.get(0);
            String second = receipts.get(1);
            assertThat(second).isEqualTo(first);
            assertThat(tallies(submissionId)).isEqualTo(1);
            assertThat(lines(submissionId)).isEqualTo(8);
        }
    }

    @Test
    @TestSecurity(user = "observer2", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer2"), @Claim(key = "preferred_username", value = "observer2") })
    void anotherObserversSubmissionIdNeitherShowsNorChangesTheirTally() {
        UUID submissionId = UUID.randomUUID();
        String code = fixture.sentBy("observer", "180001", submissionId);
        String page = "/observer/stations/190001/tally?ballot=PARTY_LIST";
        String refused = partyList().comment("mine").send(CsrfForm.from(page), page, submissionId.toString()).then()
                .statusCode(409).body(containsString("This form was already used")).extract().asString();
        assertThat(refused).doesNotContain(code).doesNotContain(submissionId.toString()).contains("value=\"2546\"");
        assertThat(sql.text("""
                select concat_ws(' ', a.login, s.number, t.comment) from tally t
                join accreditation a on a.id = t.accreditation_id join polling_station s on s.id = t.station_id
                where t.submission_id = ?1""", submissionId)).isEqualTo("observer 180001 ");
        assertThat(tallies(submissionId.toString())).isEqualTo(1);
    }
}
