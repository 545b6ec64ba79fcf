package org.observer.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observer.support.AtOnce;
import org.observer.support.CsrfForm;
import org.observer.support.Sql;

/** Reviewers take, decide, comment, group; each step allowed or refused by role, and written to the audit trail. */
@QuarkusTest
class ReviewWorkflowTest {
    @Inject
    ReviewFixture fixture;
    @Inject
    Sql sql;

    private String newReport(String description) {
        return fixture.report("observer", "180001", "BALLOT_STUFFING", "VOTING", "SERIOUS", ReviewFixture.NOON,
                description);
    }

    private static Response decide(String code, String decision, int version, String reason) {
        var post = CsrfForm.from("/review/reports/" + code).post().formParam("decision", decision)
                .formParam("version", version);
        if (reason != null) {
            post.formParam("reason", reason);
        }
        return post.post("/review/reports/" + code + "/decision");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void aReviewerTakesAReportAndDecidesOnIt() {
        String code = newReport("Two ballots in one envelope");
        assertThat(fixture.auditCount(code, "STATUS_CHANGED")).isZero();
        decide(code, "TAKE", fixture.version(code), null).then().statusCode(303);
        assertThat(fixture.status(code)).isEqualTo("IN_REVIEW");
        given().get("/review/reports/" + code).then().statusCode(200).body(containsString("In review by Rita Reviewer"));
        // the queue says who holds it too
        given().get("/review/reports?status=IN_REVIEW&station=180001").then().body(containsString("In review by Rita Reviewer"));

        // dismissing needs a reason: refused next to the field, nothing changes
        decide(code, "DISMISS", fixture.version(code), " ").then().statusCode(400)
                .body(containsString("Give a reason."));
        assertThat(fixture.status(code)).isEqualTo("IN_REVIEW");

        decide(code, "DISMISS", fixture.version(code), "Same envelope, counted once").then().statusCode(303);
        assertThat(fixture.status(code)).isEqualTo("DISMISSED");
        given().get("/review/reports/" + code).then().body(containsString("Dismissed: Same envelope, counted once"));
        assertThat(sql.texts("""
                select from_value || '>' || to_value || '@' || actor_name from audit_event
                where subject_type = 'REPORT' and subject_id = ?1 and action = 'STATUS_CHANGED' order by id""",
                fixture.id(code))).containsExactly("NEW>IN_REVIEW@Rita Reviewer",
                        "IN_REVIEW>DISMISSED: Same envelope, counted once@Rita Reviewer");

        // a reviewer cannot reopen a decision: only an admin can
        decide(code, "REOPEN", fixture.version(code), null).then().statusCode(409)
                .body(containsString("cannot be made on a report that is"));
        assertThat(fixture.status(code)).isEqualTo("DISMISSED");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-admin"), @Claim(key = "name", value = "Ada Admin") })
    void anAdminReopensADecisionAndDecidesOnAReportSomeoneElseHolds() {
        String code = newReport("Observer asked to leave at 15:00");
        sql.update("update report set status = 'VERIFIED' where receipt_code = ?1", code);
        decide(code, "REOPEN", fixture.version(code), null).then().statusCode(303);
        assertThat(fixture.status(code)).isEqualTo("IN_REVIEW");

        String held = newReport("Seals broken on box 2");
        sql.update("update report set status = 'IN_REVIEW', holder_subject = 'sub-other', holder_name = 'Omar Other' where receipt_code = ?1", held);
        decide(held, "REFER", fixture.version(held), null).then().statusCode(303);
        assertThat(fixture.status(held)).isEqualTo("REFERRED");
    }

    @Test
    @TestSecurity(user = "reviewer2", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer2"), @Claim(key = "name", value = "Ravi Second") })
    void aReportAnotherReviewerHoldsIsNotTheirsToDecide() {
        String code = newReport("Voters photographed their ballots");
        sql.update("update report set status = 'IN_REVIEW', holder_subject = 'sub-other', holder_name = 'Omar Other' where receipt_code = ?1", code);
        decide(code, "VERIFY", fixture.version(code), null).then().statusCode(409)
                .body(containsString("This report is in review by Omar Other"));
        assertThat(fixture.status(code)).isEqualTo("IN_REVIEW");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void aDecisionOnAReportThatChangedMeanwhileIsAConflictNotAnOverwrite() throws Exception {
        String code = newReport("Ballot box carried out of the room");
        int seen = fixture.version(code);
        // another reviewer verified it after this one opened the page
        decide(code, "VERIFY", seen, null).then().statusCode(303);
        decide(code, "REFER", seen, null).then().statusCode(409)
                .body(containsString("Someone changed this report while you were looking at it"))
                .body(containsString("Verified"));
        assertThat(fixture.status(code)).isEqualTo("VERIFIED");
        assertThat(fixture.auditCount(code, "STATUS_CHANGED")).isEqualTo(1);

        // two decisions sent at the same moment on what both saw: exactly one is made
        String both = newReport("Carousel voting seen twice");
        int version = fixture.version(both);
        CsrfForm form = CsrfForm.from("/review/reports/" + both);
        List<Integer> answers = AtOnce.send(2, () -> form.post().formParam("decision", "VERIFY")
                .formParam("version", version).post("/review/reports/" + both + "/decision").statusCode());
        assertThat(answers).containsExactlyInAnyOrder(303, 409);
        assertThat(fixture.auditCount(both, "STATUS_CHANGED")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void bulkDecisionsApplyToTheSelectionAndNameWhatChangedMeanwhile() {
        String a = newReport("bulk a");
        String b = newReport("bulk b");
        String c = newReport("bulk c");
        int staleC = fixture.version(c);
        sql.update("update report set review_version = review_version + 1 where receipt_code = ?1", c);
        Response answer = CsrfForm.from("/review/reports").post().formParam("action", "VERIFY")
                .formParam("report", fixture.id(a) + ":" + fixture.version(a))
                .formParam("report", fixture.id(b) + ":" + fixture.version(b))
                .formParam("report", fixture.id(c) + ":" + staleC)
                .formParam("back", "status=NEW").post("/review/bulk");
        answer.then().statusCode(303);
        assertThat(answer.header("Location")).endsWith("/review/reports?status=NEW");
        String flash = URLDecoder.decode(answer.getCookie("flash"), StandardCharsets.UTF_8);
        assertThat(flash).contains("Done for 2 reports").contains(c).doesNotContain(a);
        assertThat(List.of(fixture.status(a), fixture.status(b), fixture.status(c)))
                .containsExactly("VERIFIED", "VERIFIED", "NEW");

        // dismissing in bulk needs a reason too
        String d = newReport("bulk d");
        CsrfForm.from("/review/reports").post().formParam("action", "DISMISS")
                .formParam("report", fixture.id(d) + ":" + fixture.version(d)).post("/review/bulk")
                .then().statusCode(303);
        assertThat(fixture.status(d)).isEqualTo("NEW");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void aQueueUrlThatCannotBeReadSaysSoBesideEachFieldInTheReadersLanguage() {
        String url = "/review/reports?status=HUGE&severity=CRITICAL&sort=sideways&photos=maybe&kind=alien&organisation=x&page=-1";
        String page = given().get(url).then().statusCode(400).extract().asString();
        assertThat(page).contains("Part of this filter could not be read")
                .contains("The page number could not be read")
                .contains("id=\"e-status\">Choose one.").contains("id=\"e-sort\">Choose one.")
                .contains("id=\"e-photos\">Choose one.").contains("id=\"e-kind\">Choose one.")
                .contains("id=\"e-organisation\">Give a whole number.")
                // what could be read still applies and is shown as chosen
                .contains("value=\"CRITICAL\" checked").doesNotContain("id=\"e-severity\"");
        given().cookie("lang", "ru").get(url).then().statusCode(400)
                .body(containsString("Часть этого фильтра не удалось прочитать"))
                .body(containsString("id=\"e-status\">Выберите вариант."));
        given().cookie("lang", "kk").get(url).then().statusCode(400)
                .body(containsString("Бұл сүзгінің бір бөлігі оқылмады"))
                .body(containsString("id=\"e-organisation\">Бүтін санды көрсетіңіз."));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void afterABulkDecisionTheReviewerGoesBackToTheQueueOfThisSiteWhateverTheFormCarried() {
        String code = newReport("bulk with a strange way back");
        CsrfForm form = CsrfForm.from("/review/reports");
        Map<String, String> backs = new LinkedHashMap<>();
        backs.put("status=NEW&page=2", "/review/reports?status=NEW&page=2");
        backs.put("a b<%zz>\"", "/review/reports");
        backs.put("//evil.example/x", "/review/reports");
        backs.put("https://evil.example/?status=NEW", "/review/reports");
        backs.put("status=NEW\r\nSet-Cookie: x=1", "/review/reports");
        backs.put("q=%E2%84%96 1&q=%zz", "/review/reports?q=%E2%84%96+1");
        backs.forEach((back, expected) -> {
            Response answer = form.post().formParam("action", "VERIFY").formParam("back", back).post("/review/bulk");
            assertThat(answer.statusCode()).as(back).isEqualTo(303);
            URI location = URI.create(answer.header("Location"));
            assertThat(location.getHost()).as(back).isEqualTo("localhost");
            assertThat(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()))
                    .as(back).isEqualTo(expected);
        });
        form.post().formParam("action", "VERIFY").formParam("report", fixture.id(code) + ":" + fixture.version(code))
                .formParam("back", "%%%").post("/review/bulk").then().statusCode(303);
        assertThat(fixture.status(code)).isEqualTo("VERIFIED");
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator") })
    void coordinatorsCannotReview() {
        String code = newReport("not for coordinators");
        given().get("/review/reports").then().statusCode(403);
        given().get("/review/reports/" + code).then().statusCode(403);
        given().redirects().follow(false).formParam("decision", "VERIFY").formParam("version", 0)
                .post("/review/reports/" + code + "/decision").then().statusCode(403);
        given().accept("application/json").get("/api/reports").then().statusCode(403);
        assertThat(fixture.status(code)).isEqualTo("NEW");
    }

    @Test
    @TestSecurity(user = "observer", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
    void observersCannotReviewButSeeThePublicCommentAndNotTheNotes() {
        String code = newReport("Observer view of a reviewed report");
        sql.update("update report set public_comment = 'Passed to the district commission' where receipt_code = ?1", code);
        sql.update("""
                insert into report_comment (report_id, submission_id, author_subject, author_name, text)
                values (?1, gen_random_uuid(), 'sub-reviewer', 'Rita Reviewer', 'Internal: call the observer back')""",
                fixture.id(code));
        sql.update("""
                insert into audit_event (actor_subject, actor_name, action, subject_type, subject_id, to_value)
                values ('sub-reviewer', 'Rita Reviewer', 'COMMENT_ADDED', 'REPORT', ?1, 'Internal: call the observer back')""",
                fixture.id(code));
        given().get("/reports/" + code).then().statusCode(200).body(containsString("Passed to the district commission"))
                .body(not(containsString("call the observer back")));
        given().get("/review/reports/" + code).then().statusCode(403);
        given().redirects().follow(false).formParam("decision", "VERIFY").formParam("version", 0)
                .post("/review/reports/" + code + "/decision").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void commentsInternalAndPublicAreKeptAndAudited() {
        String code = newReport("Commented report");
        String page = given().get("/review/reports/" + code).asString();
        String submission = page.replaceAll("(?s).*name=\"submissionId\" value=\"([^\"]+)\".*", "$1");
        CsrfForm form = CsrfForm.from("/review/reports/" + code);
        for (int copy = 0; copy < 2; copy++) {
            form.post().formParam("submissionId", submission).formParam("text", "Ask the observer for the photo")
                    .post("/review/reports/" + code + "/comments").then().statusCode(303);
        }
        assertThat(sql.number("select count(*) from report_comment where report_id = ?1", fixture.id(code))).isEqualTo(1);
        given().get("/review/reports/" + code).then().body(containsString("Ask the observer for the photo"));
        assertThat(fixture.auditCount(code, "COMMENT_ADDED")).isEqualTo(1);

        form.post().formParam("submissionId", submission).formParam("text", "")
                .post("/review/reports/" + code + "/comments").then().statusCode(400);

        form.post().formParam("version", fixture.version(code)).formParam("text", "We have passed this on.")
                .post("/review/reports/" + code + "/public-comment").then().statusCode(303);
        assertThat(sql.text("select public_comment from report where receipt_code = ?1", code))
                .isEqualTo("We have passed this on.");
        // saved on a stale version: refused, the comment stays
        form.post().formParam("version", fixture.version(code) - 1).formParam("text", "Overwritten?")
                .post("/review/reports/" + code + "/public-comment").then().statusCode(409);
        assertThat(sql.text("select public_comment from report where receipt_code = ?1", code))
                .isEqualTo("We have passed this on.");
        assertThat(fixture.auditCount(code, "PUBLIC_COMMENT")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void reportsOfOneIncidentAreGroupedAndReviewersMergeAndSplitThem() {
        // same station, category and phase, 10 minutes apart, by two observers: one incident, two witnesses
        String first = fixture.report("observer", "180002", "GROUP_VOTING", "VOTING", "MINOR",
                ReviewFixture.NOON, "Family voting in booth 3");
        String second = fixture.report("observer2", "180002", "GROUP_VOTING", "VOTING", "SERIOUS",
                ReviewFixture.NOON.plusMinutes(10), "Two people in booth 3");
        assertThat(fixture.incident(second)).isEqualTo(fixture.incident(first));
        // three hours later, or another phase: another incident
        String later = fixture.report("observer", "180002", "GROUP_VOTING", "VOTING", "MINOR",
                ReviewFixture.NOON.plusHours(3), "Family voting again");
        String counting = fixture.report("observer", "180002", "GROUP_VOTING", "COUNTING", "MINOR",
                ReviewFixture.NOON.plusMinutes(5), "During the count");
        assertThat(fixture.incident(later)).isNotEqualTo(fixture.incident(first));
        assertThat(fixture.incident(counting)).isNotEqualTo(fixture.incident(first));
        given().get("/review/reports/" + first).then().body(containsString(second)).body(not(containsString(later)));

        // a reviewer sees they are the same incident
        CsrfForm form = CsrfForm.from("/review/reports/" + later);
        form.post().formParam("other", first).post("/review/reports/" + later + "/merge").then().statusCode(303);
        assertThat(fixture.incident(later)).isEqualTo(fixture.incident(first));
        assertThat(fixture.incident(second)).isEqualTo(fixture.incident(first));
        assertThat(fixture.auditCount(later, "INCIDENT_CHANGED")).isEqualTo(1);
        // merging again changes nothing
        form.post().formParam("other", first).post("/review/reports/" + later + "/merge").then().statusCode(303);
        assertThat(fixture.auditCount(later, "INCIDENT_CHANGED")).isEqualTo(1);
        form.post().formParam("other", "NOSUCH").post("/review/reports/" + later + "/merge").then().statusCode(400)
                .body(containsString("No report has this receipt code."));

        // and one that is not
        form.post().post("/review/reports/" + second + "/split").then().statusCode(303);
        assertThat(fixture.incident(second)).isNotEqualTo(fixture.incident(first));
        assertThat(fixture.incident(later)).isEqualTo(fixture.incident(first));
        long alone = fixture.incident(second);
        form.post().post("/review/reports/" + second + "/split").then().statusCode(303);
        assertThat(fixture.incident(second)).isEqualTo(alone);
        assertThat(fixture.auditCount(second, "INCIDENT_CHANGED")).isEqualTo(1);

        // bulk merge from the queue
        CsrfForm.from("/review/reports").post().formParam("action", "MERGE")
                .formParam("report", fixture.id(second) + ":0").formParam("report", fixture.id(counting) + ":0")
                .post("/review/bulk").then().statusCode(303);
        assertThat(fixture.incident(counting)).isEqualTo(fixture.incident(second));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void aWitnessAfterAMergeJoinsTheMergedIncidentAndIncidentsKeepTheTimesOfTheirReports() {
        // 50 minutes apart, more than the half-hour window: two incidents until a reviewer merges them
        String first = fixture.report("observer", "180007", "GROUP_VOTING", "VOTING", "MINOR", ReviewFixture.NOON,
                "Merge window test: at noon");
        String second = fixture.report("observer2", "180007", "GROUP_VOTING", "VOTING", "MINOR",
                ReviewFixture.NOON.plusMinutes(50), "Merge window test: ten to one");
        long mergedAway = fixture.incident(second);
        assertThat(mergedAway).isNotEqualTo(fixture.incident(first));
        CsrfForm.from("/review/reports/" + second).post().formParam("other", first)
                .post("/review/reports/" + second + "/merge").then().statusCode(303);
        assertThat(fixture.incident(second)).isEqualTo(fixture.incident(first));
        assertThat(sql.number("select count(*) from incident_group where id = ?1", mergedAway)).isZero();

        // twenty minutes after the second report: the incident both are in now, not the one the second left
        String later = fixture.report("observer", "180007", "GROUP_VOTING", "VOTING", "MINOR",
                ReviewFixture.NOON.plusMinutes(70), "Merge window test: ten past one");
        assertThat(fixture.incident(later)).isEqualTo(fixture.incident(first));

        // the first report taken out: the incident it left now starts with the second report
        CsrfForm.from("/review/reports/" + first).post().post("/review/reports/" + first + "/split").then().statusCode(303);
        assertThat(fixture.incident(first)).isNotEqualTo(fixture.incident(second));
        assertThat(sql.texts("""
                select g.id || ' ' || g.first_observed_at || ' ' || g.last_observed_at from incident_group g
                join polling_station s on s.id = g.station_id join incident_category c on c.id = g.category_id
                where g.id in (select incident_group_id from report where description like 'Merge window test:%')
                   or (s.number = '180007' and c.code = 'GROUP_VOTING'
                       and not exists (select 1 from report r where r.incident_group_id = g.id))""")).containsExactlyInAnyOrderElementsOf(sql.texts("""
                select r.incident_group_id || ' ' || min(r.observed_at) || ' ' || max(r.observed_at) from report r
                where r.latest and r.description like 'Merge window test:%' group by r.incident_group_id"""));
        // 25 minutes before noon: within the window of the report taken out, not of the incident it left
        String early = fixture.report("observer2", "180007", "GROUP_VOTING", "VOTING", "MINOR",
                ReviewFixture.NOON.minusMinutes(25), "Merge window test: twenty-five to twelve");
        assertThat(fixture.incident(early)).isEqualTo(fixture.incident(first));
    }

    @Test
    void anElectionsOwnIncidentWindowDecidesWhatIsOneIncident() throws Exception {
        try {
            importDemoElectionWithWindow(",incident_window_minutes", ",240");
            assertThat(sql.number("select extract(epoch from incident_window) / 60 from election where active"))
                    .isEqualTo(240);
            // three hours apart: one incident in a four-hour window (not in the default half hour)
            String first = fixture.report("observer", "180006", "GROUP_VOTING", "VOTING", "MINOR", ReviewFixture.NOON,
                    "Family voting, window test");
            String threeHours = fixture.report("observer2", "180006", "GROUP_VOTING", "VOTING", "MINOR",
                    ReviewFixture.NOON.plusHours(3), "Family voting again, window test");
            assertThat(fixture.incident(threeHours)).isEqualTo(fixture.incident(first));
            // four and a half hours after the last of them: another incident
            String later = fixture.report("observer", "180006", "GROUP_VOTING", "VOTING", "MINOR",
                    ReviewFixture.NOON.plusMinutes(7 * 60 + 30), "Family voting in the evening, window test");
            assertThat(fixture.incident(later)).isNotEqualTo(fixture.incident(first));
        } finally {
            importDemoElectionWithWindow("", "");
        }
        assertThat(sql.number("select extract(epoch from incident_window) / 60 from election where active")).isEqualTo(30);
    }

    @Inject
    org.observer.election.ElectionImport electionImport;

    /** Imports the demo election again, its election.csv with the column and value appended (none: the default). */
    private void importDemoElectionWithWindow(String column, String value) throws java.io.IOException {
        var files = org.observer.support.DemoData.files();
        String election = new String(files.get("election.csv").readAllBytes(), StandardCharsets.UTF_8);
        String changed = election.replaceFirst("(?m)^(code,.*)$", "$1" + column)
                .replaceFirst("(?m)^(KZ-MAZHILIS-2023,.*)$", "$1" + value);
        files.put("election.csv", new java.io.ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)));
        electionImport.run(files);
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeleted() {
        String code = newReport("audited");
        sql.update("""
                insert into audit_event (actor_subject, actor_name, action, subject_type, subject_id, from_value, to_value)
                values ('s', 'n', 'STATUS_CHANGED', 'REPORT', ?1, 'NEW', 'VERIFIED')""", fixture.id(code));
        long all = sql.number("select count(*) from audit_event");
        // the database's own refusal, not any error on the way
        for (String change : List.of("update audit_event set to_value = 'DISMISSED' where subject_id = " + fixture.id(code),
                "delete from audit_event where subject_id = " + fixture.id(code), "truncate audit_event")) {
            assertThatThrownBy(() -> sql.update(change)).as(change)
                    .hasStackTraceContaining("audit events are never changed or deleted");
        }
        assertThat(fixture.auditCount(code, "STATUS_CHANGED")).isEqualTo(1);
        assertThat(sql.number("select count(*) from audit_event")).isGreaterThanOrEqualTo(all);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void anExportOfTheStationIsALineOfItsHistoryInEachLanguage() {
        String code = fixture.report("observer", "180004", "SIGNATURES", "VOTING", "MINOR", ReviewFixture.NOON,
                "Signatures before the export");
        // what an evidence pack of the station writes (ExportAudit): subject EXPORT, the station named
        sql.update("""
                insert into audit_event (actor_subject, actor_name, action, subject_type, subject_id, station_id,
                                         from_value, to_value)
                select 'sub-reviewer', 'Rita Reviewer', 'EXPORTED', 'EXPORT', s.election_id, s.id,
                       'evidence.zip full station=180004', 'rows=1 sha256=ab12'
                from polling_station s join election e on e.id = s.election_id and e.active where s.number = '180004'""");
        given().get("/review/stations/180004").then().statusCode(200).body(containsString(
                "Rita Reviewer · exported · evidence.zip full station=180004 → rows=1 sha256=ab12"));
        given().cookie("lang", "ru").get("/review/stations/180004").then().statusCode(200)
                .body(containsString("Rita Reviewer · выгружено · evidence.zip"));
        given().cookie("lang", "kk").get("/review/stations/180004").then().statusCode(200)
                .body(containsString("Rita Reviewer · экспортталды · evidence.zip"));
        // the report's own page lists its own history, which the export is not part of
        given().get("/review/reports/" + code).then().statusCode(200).body(containsString("Signatures before the export"))
                .body(not(containsString("sha256=ab12")));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void theStationPageShowsItsReportsAndWhatHappenedToThem() {
        String code = fixture.report("observer", "180003", "SIGNATURES", "VOTING", "MINOR", ReviewFixture.NOON,
                "Identical signatures on page 4");
        decide(code, "TAKE", fixture.version(code), null).then().statusCode(303);
        String page = given().get("/review/stations/180003").then().statusCode(200).extract().asString();
        assertThat(page).contains(code).contains("Identical signatures on page 4")
                .containsPattern("Rita Reviewer · status changed · New → In review · <a href=\"/review/reports/" + code);
        given().get("/review/stations/999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer") })
    void theDeskCountsWhatStillNeedsADecision() {
        fixture.report("observer", "180001", "BALLOT_STUFFING", "COUNTING", "CRITICAL", ReviewFixture.NOON,
                "one more critical report");
        long fresh = sql.number("select count(*) from report where status = 'NEW' and latest");
        long critical = sql.number("select count(*) from report where status = 'NEW' and latest and severity = 'CRITICAL'");
        given().get("/review").then().statusCode(200)
                .body(containsString("<strong>" + java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(fresh)
                        + "</strong> New"))
                .body(containsString(">" + critical + " critical</a>"));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void anAmendmentKeepsTheReviewAndMakesADecisionOnTheOldTextAConflict() {
        String code = newReport("Queue of voters outside at 20:00");
        decide(code, "TAKE", fixture.version(code), null).then().statusCode(303);
        int seen = fixture.version(code);
        // the observer amends while the reviewer reads
        String amended = sql.text("""
                insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id, station_assigned,
                    phase, category_id, severity, observed_at, description, reported_to_commission, original_id, version)
                select election_id, gen_random_uuid(), 'AMEND' || substr(md5(random()::text), 1, 4), station_id,
                    accreditation_id, station_assigned, phase, category_id, severity, observed_at,
                    'Queue of voters outside at 20:00, still let in at 20:40', false, id, 2
                from report where receipt_code = ?1 returning receipt_code""", code);
        assertThat(fixture.status(amended)).isEqualTo("IN_REVIEW");
        assertThat(fixture.incident(amended)).isEqualTo(fixture.incident(code));
        assertThat(sql.number("select count(*) from report where coalesce(original_id, id) = ?1 and latest", fixture.id(code)))
                .isEqualTo(1);
        decide(code, "VERIFY", seen, null).then().statusCode(409).body(containsString("still let in at 20:40"));
        decide(code, "VERIFY", fixture.version(code), null).then().statusCode(303);
        assertThat(fixture.status(code)).isEqualTo("VERIFIED");
        assertThat(fixture.status(amended)).isEqualTo("VERIFIED");
        // the queue lists the report once, in its amended words
        assertThat(ReportQueueFilterTest.api("station=180001&q=20:40")).containsExactly(amended);
    }
}
