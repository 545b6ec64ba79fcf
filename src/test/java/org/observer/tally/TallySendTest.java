package org.observer.tally;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.observer.tally.TallyFixture.errorBeside;
import static org.observer.tally.TallyFixture.partyList;
import static org.observer.tally.TallyFixture.receiptPath;
import static org.observer.tally.TallyFixture.singleMember;
import static org.observer.tally.TallyFixture.submissionIdOf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observer.support.CsrfForm;
import org.observer.support.Sql;

/** The observer copies a protocol: what is stored, what is refused and what is kept flagged. */
@QuarkusTest
@TestSecurity(user = "observer", roles = "observer")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
class TallySendTest {
    static final String PARTY_LIST = "/observer/stations/180001/tally?ballot=PARTY_LIST";
    static final String SINGLE_MEMBER = "/observer/stations/180002/tally?ballot=SINGLE_MEMBER";
    static final String SUM = "The votes and the invalid ballots together must make the ballots found in the boxes.";
    static final String FOUND_ISSUED = "More ballots were found in the boxes than were issued.";
    static final String RECEIVED = "The issued and the cancelled ballots together must make the ballots received.";
    static final String ISSUED_REGISTERED = "More ballots were issued than there are voters on the list.";
    static final String FOUND_REGISTERED = "More ballots were found in the boxes than there are voters on the list.";
    static final String COMMENT_REQUIRED = "The figures do not add up: check them against the protocol.";

    @Inject
    Sql sql;

    long tallies(String submissionId) {
        return sql.number("select count(*) from tally where submission_id = cast(?1 as uuid)", submissionId);
    }

    @Test
    void formShowsTheProtocolLinesInBallotOrder() {
        String page = given().get(PARTY_LIST).then().statusCode(200).extract().asString();
        assertThat(page).contains("Polling station 180001", "Voters on the list", "Ballots received by the commission",
                "Ballots issued to voters", "Unused ballots cancelled", "Ballots found in the ballot boxes",
                "Invalid ballots", "data say 2,546.", "inputmode=\"numeric\"",
                "name=\"csrf-token\"", "name=\"comment\"");
        assertThat(page.indexOf("AMANAT Party")).isLessThan(page.indexOf("Auyl People"));
        assertThat(page.indexOf("Nationwide Social Democratic Party")).isLessThan(page.indexOf("Against all"));
        assertThat(page).doesNotContain("not assigned to you");
        // every showing of the form is a new submission
        assertThat(submissionIdOf(PARTY_LIST)).isNotEqualTo(submissionIdOf(PARTY_LIST));

        given().get(SINGLE_MEMBER).then().statusCode(200).body(containsString("Kanat Yerlanuly Nurgali"))
                .body(containsString("Yerzhan Abdrakhmanovich Mamyrov")).body(not(containsString("Against all")));
        given().get("/stations/180001").then().body(containsString("href=\"/observer/stations/180001/tally\""));
        given().get("/observer/stations/999999/tally").then().statusCode(404);
        given().get("/observer/stations/180001/tally?ballot=PRESIDENT").then().statusCode(404);
    }

    @Test
    void formSpeaksTheUsersLanguage() {
        given().header("Accept-Language", "kk").get(PARTY_LIST).then().statusCode(200)
                .body(containsString("Тізімдегі сайлаушылар саны")).body(containsString("Бәріне қарсы"));
        given().header("Accept-Language", "ru").get(SINGLE_MEMBER).then().statusCode(200)
                .body(containsString("Голоса за каждого кандидата"));
    }

    @Test
    void partyListCopyIsStoredWithItsReceipt() {
        String submissionId = submissionIdOf(PARTY_LIST);
        Response sent = partyList().comment("Counting ended at 23:10.").send(CsrfForm.from(PARTY_LIST), PARTY_LIST,
                submissionId);
        sent.then().statusCode(303).header("Location", matchesPattern(".*/tallies/[3-9A-Y]{4}-[3-9A-Y]{4}"));
        String receipt = receiptPath(sent);
        String code = receipt.substring("/tallies/".length());

        assertThat(tallies(submissionId)).isEqualTo(1);
        assertThat(sql.text("""
                select concat_ws(' ', t.ballot, t.station_assigned, t.flagged, t.registered_voters, t.ballots_found,
                    cardinality(t.failed_checks), t.comment)
                from tally t join accreditation a on a.id = t.accreditation_id
                where t.receipt_code = ?1 and a.login = 'observer'""", code))
                .isEqualTo("PARTY_LIST t f 2546 1498 0 Counting ended at 23:10.");
        assertThat(sql.text("""
                select string_agg(b.code || '=' || l.votes, ' ' order by b.position)
                from tally_line l join tally t on t.id = l.tally_id join ballot_line b on b.id = l.ballot_line_id
                where t.receipt_code = ?1""", code))
                .isEqualTo("AMANAT=900 AUYL=120 RESPUBLICA=150 QHP=80 BAYTAQ=60 AQJOL=90 JSDP=40 AGAINST_ALL=40");

        OffsetDateTime received = OffsetDateTime.parse(sql.text(
                "select to_char(received_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from tally where receipt_code = ?1",
                code));
        String localTime = received.atZoneSameInstant(ZoneId.of("Asia/Almaty")).format(DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH));
        given().get(receipt).then().statusCode(200)
                .body(containsString(code))
                .body(containsString("180001"))
                .body(containsString("Party list"))
                .body(containsString("AMANAT Party"))
                .body(containsString("Against all"))
                .body(containsString("2,546"))
                .body(containsString("1,498"))
                .body(containsString("The figures add up."))
                .body(containsString("Counting ended at 23:10."))
                .body(containsString(localTime + " · Asia/Almaty"));
        // the code as read out over the phone finds the same receipt
        given().get("/tallies/" + code.toLowerCase().replace("-", "")).then().statusCode(200)
                .body(containsString(code));
    }

    @Test
    void singleMemberCopyCountsTheDistrictsCandidates() {
        String submissionId = submissionIdOf(SINGLE_MEMBER);
        String receipt = receiptPath(singleMember().send(CsrfForm.from(SINGLE_MEMBER), SINGLE_MEMBER, submissionId));
        String code = receipt.substring("/tallies/".length());
        assertThat(sql.text("""
                select string_agg(c.position || '=' || l.votes, ' ' order by c.position)
                from tally_line l join tally t on t.id = l.tally_id join candidate c on c.id = l.candidate_id
                where t.receipt_code = ?1 and t.ballot = 'SINGLE_MEMBER' and l.ballot_line_id is null""", code))
                .isEqualTo("1=700 2=300 3=200 4=100 5=120 6=50");
        given().get(receipt).then().statusCode(200).body(containsString("Single-member district"))
                .body(containsString("Kanat Yerlanuly Nurgali")).body(containsString("700"));
    }

    @Test
    void aStationNotAssignedIsRecordedSoInItsOwnTimeZone() {
        String page = "/observer/stations/990001/tally";
        given().get(page).then().statusCode(200).body(containsString("This station is not assigned to you"));
        String receipt = receiptPath(partyList().protocol("1043", "1100", "700", "400", "698", "18")
                .votes("400", "50", "60", "40", "30", "60", "20", "20")
                .send(CsrfForm.from(page), page, submissionIdOf(page)));
        String code = receipt.substring("/tallies/".length());
        assertThat(sql.text("select station_assigned from tally where receipt_code = ?1", code)).isEqualTo("false");
        given().get(receipt).then().statusCode(200).body(containsString("Europe/Moscow"))
                .body(containsString("The station is not assigned to this observer."));
    }

    private String refused(TallyFixture.Typed typed, String submissionId) {
        return typed.send(CsrfForm.from(PARTY_LIST), PARTY_LIST, submissionId).then().statusCode(400).extract()
                .asString();
    }

    @Test
    void votesThatDoNotMakeTheBallotsFoundAreSentOnlyWithAComment() {
        String submissionId = submissionIdOf(PARTY_LIST);
        TallyFixture.Typed typed = partyList().vote(0, "905");
        String page = refused(typed, submissionId);
        assertThat(errorBeside(page, "f-ballotsFound")).isEqualTo(SUM);
        assertThat(errorBeside(page, "f-ballotsInvalid")).isEqualTo(SUM);
        assertThat(errorBeside(page, "f-ballotsIssued")).isEmpty();
        assertThat(errorBeside(page, "f-comment")).startsWith(COMMENT_REQUIRED);
        assertThat(page).contains("id=\"e-votes\">" + SUM, "value=\"905\"", "value=\"" + submissionId + "\"");
        assertThat(tallies(submissionId)).isZero();

        String receipt = receiptPath(typed.comment("The protocol says 905 for AMANAT.")
                .send(CsrfForm.from(PARTY_LIST), PARTY_LIST, submissionId));
        assertFlagged(receipt, "VOTES_AND_INVALID_MAKE_FOUND");
        given().get(receipt).then().body(containsString("Marked for review")).body(containsString(SUM))
                .body(containsString("The protocol says 905 for AMANAT."));
    }

    @Test
    void moreBallotsFoundThanIssuedIsSentOnlyWithAComment() {
        String submissionId = submissionIdOf(PARTY_LIST);
        // 1,510 found of 1,500 issued; the votes still make the ballots found
        TallyFixture.Typed typed = partyList().set("ballotsFound", "1510").vote(0, "912");
        String page = refused(typed, submissionId);
        assertThat(errorBeside(page, "f-ballotsFound")).isEqualTo(FOUND_ISSUED);
        assertThat(errorBeside(page, "f-ballotsIssued")).isEqualTo(FOUND_ISSUED);
        assertThat(errorBeside(page, "f-ballotsReceived")).isEmpty();
        assertThat(errorBeside(page, "f-comment")).startsWith(COMMENT_REQUIRED);
        assertThat(page).contains("value=\"1510\"");
        assertFlagged(receiptPath(typed.comment("Ten extra ballots in box 2.").send(CsrfForm.from(PARTY_LIST),
                PARTY_LIST, submissionId)), "FOUND_NOT_ABOVE_ISSUED");
    }

    @Test
    void issuedAndUnusedThatDoNotMakeTheBallotsReceivedAreSentOnlyWithAComment() {
        String submissionId = submissionIdOf(PARTY_LIST);
        TallyFixture.Typed typed = partyList().set("ballotsUnused", "1090");
        String page = refused(typed, submissionId);
        assertThat(errorBeside(page, "f-ballotsReceived")).isEqualTo(RECEIVED);
        assertThat(errorBeside(page, "f-ballotsIssued")).isEqualTo(RECEIVED);
        assertThat(errorBeside(page, "f-ballotsUnused")).isEqualTo(RECEIVED);
        assertThat(errorBeside(page, "f-ballotsFound")).isEmpty();
        assertFlagged(receiptPath(typed.comment("Ten ballots missing.").send(CsrfForm.from(PARTY_LIST), PARTY_LIST,
                submissionId)), "ISSUED_AND_UNUSED_MAKE_RECEIVED");
    }

    @Test
    void moreBallotsThanVotersOnTheListIsSentOnlyWithAComment() {
        String submissionId = submissionIdOf(PARTY_LIST);
        TallyFixture.Typed typed = partyList().set("registeredVoters", "1400");
        String page = refused(typed, submissionId);
        assertThat(errorBeside(page, "f-registeredVoters")).isEqualTo(ISSUED_REGISTERED + " " + FOUND_REGISTERED);
        assertThat(errorBeside(page, "f-ballotsIssued")).isEqualTo(ISSUED_REGISTERED);
        assertThat(errorBeside(page, "f-ballotsFound")).isEqualTo(FOUND_REGISTERED);
        assertFlagged(receiptPath(typed.comment("The list has 1,400 voters; extra lists were added.")
                .send(CsrfForm.from(PARTY_LIST), PARTY_LIST, submissionId)),
                "ISSUED_NOT_ABOVE_REGISTERED FOUND_NOT_ABOVE_REGISTERED");
    }

    private void assertFlagged(String receipt, String checks) {
        String code = receipt.substring("/tallies/".length());
        assertThat(sql.text("""
                select concat_ws(' ', flagged, array_to_string(failed_checks, ' ')) from tally where receipt_code = ?1""",
                code)).isEqualTo("t " + checks);
    }

    @Test
    void missingNegativeAndNonNumericFiguresAreRefusedBesideTheirLines() {
        String submissionId = submissionIdOf(PARTY_LIST);
        String page = refused(partyList().set("registeredVoters", "").set("ballotsIssued", "-5")
                .set("ballotsUnused", "12a").vote(2, "").vote(3, "-1").vote(4, "x"), submissionId);
        assertThat(errorBeside(page, "f-registeredVoters")).startsWith("Fill this in");
        assertThat(errorBeside(page, "f-ballotsIssued")).isEqualTo("A number of ballots cannot be negative.");
        assertThat(errorBeside(page, "f-ballotsUnused")).isEqualTo("Write a whole number, in digits only.");
        assertThat(errorBeside(page, "f-votes-2")).startsWith("Fill this in");
        assertThat(errorBeside(page, "f-votes-3")).isEqualTo("A number of ballots cannot be negative.");
        assertThat(errorBeside(page, "f-votes-4")).isEqualTo("Write a whole number, in digits only.");
        assertThat(errorBeside(page, "f-ballotsReceived")).isEmpty();
        assertThat(page).contains("value=\"-5\"", "value=\"12a\"", "value=\"-1\"", "value=\"x\"", "value=\"2600\"",
                "value=\"900\"", "value=\"" + submissionId + "\"");
        // the arithmetic is not judged before every figure is a number
        assertThat(page).doesNotContain(SUM);
        assertThat(tallies(submissionId)).isZero();
    }

    @Test
    void absurdFiguresAreRefusedEvenWithAComment() {
        String submissionId = submissionIdOf(PARTY_LIST);
        String page = refused(partyList().set("ballotsReceived", "2000000").vote(7, "99999999999")
                .comment("The protocol says so."), submissionId);
        assertThat(errorBeside(page, "f-ballotsReceived")).isEqualTo("This number is too large for a polling station.");
        assertThat(errorBeside(page, "f-votes-7")).isEqualTo("This number is too large for a polling station.");
        assertThat(page).contains("value=\"2000000\"", "value=\"99999999999\"", "The protocol says so.");
        assertThat(tallies(submissionId)).isZero();
    }

    @Test
    void aFormWithAVoteLineMissingIsRefused() {
        String submissionId = submissionIdOf(PARTY_LIST);
        String page = refused(partyList().votes("900", "120", "150", "80", "60", "90", "40"), submissionId);
        assertThat(errorBeside(page, "f-votes-7")).startsWith("Fill this in");
        assertThat(tallies(submissionId)).isZero();
    }

    @Test
    void anAllZeroProtocolIsRefusedEvenWithAComment() {
        String submissionId = submissionIdOf(PARTY_LIST);
        String page = refused(partyList().protocol("0", "0", "0", "0", "0", "0")
                .votes("0", "0", "0", "0", "0", "0", "0", "0").comment("Nobody came."), submissionId);
        assertThat(page).contains("Every figure is zero: copy the figures of the protocol.", "Nobody came.");
        assertThat(tallies(submissionId)).isZero();
    }

    @Test
    void aFormWithoutSubmissionIdIsRefusedWithAFreshOne() {
        String page = partyList().send(CsrfForm.from(PARTY_LIST), PARTY_LIST, "not-a-uuid").then().statusCode(400)
                .extract().asString();
        assertThat(page).contains("This form is out of date", "value=\"2546\"");
        assertThat(UUID.fromString(submissionIdFrom(page))).isNotNull();
    }

    @Test
    void theFormNeedsItsCsrfToken() {
        String submissionId = submissionIdOf(PARTY_LIST);
        CsrfForm form = CsrfForm.from(PARTY_LIST);
        // a copy that adds up, posted by another site with the browser's cookie but no token
        partyList().withParts(form.multipartWithoutToken(), submissionId).post(PARTY_LIST).then().statusCode(400);
        partyList().withParts(given().redirects().follow(false), submissionId).post(PARTY_LIST).then().statusCode(400);
        assertThat(tallies(submissionId)).isZero();
        partyList().send(form, PARTY_LIST, submissionId).then().statusCode(303);
        assertThat(tallies(submissionId)).isEqualTo(1);
    }

    private static String submissionIdFrom(String page) {
        var matcher = TallyFixture.SUBMISSION_ID_PATTERN.matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
