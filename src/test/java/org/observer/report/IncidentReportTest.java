package org.observer.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.observer.support.FieldErrors.beside;
import static org.observer.support.FieldErrors.describing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.observer.support.AtOnce;
import org.observer.support.CsrfForm;
import org.observer.support.Sql;

/** The observer's incident form, as the phone sends it: multipart, with its CSRF token and submission id. */
@QuarkusTest
@TestSecurity(user = "observer", roles = "observer")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
class IncidentReportTest {
    static final String FORM = "/observer/stations/180001/report";

    @Inject
    Sql sql;

    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    static RequestSpecification filled(CsrfForm form, String submissionId) {
        return filled(form, submissionId, "SERIOUS");
    }

    static RequestSpecification filled(CsrfForm form, String submissionId, String severity) {
        return filled(form, submissionId, Map.of("severity", severity));
    }

    /** A form that passes its checks, but for the fields given. */
    static RequestSpecification filled(CsrfForm form, String submissionId, Map<String, String> changed) {
        return filled(form.multipart(), submissionId, changed);
    }

    static RequestSpecification filled(RequestSpecification request, String submissionId, Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("phase", "COUNTING");
        fields.put("category", "VOTES_NOT_ANNOUNCED");
        fields.put("severity", "SERIOUS");
        fields.put("observedAt", "2023-03-19T20:40");
        fields.put("description", "Votes were sorted silently; «Аманат» pile never shown, commas, \"quotes\"");
        fields.put("peopleInvolved", "commission chair");
        fields.put("reportedToCommission", "yes");
        fields.put("commissionAnswer", "No time for that");
        fields.put("action", "send");
        fields.putAll(changed);
        request.multiPart("submissionId", submissionId);
        fields.forEach((name, value) -> request.multiPart(new MultiPartSpecBuilder(value).controlName(name)
                .charset(StandardCharsets.UTF_8).mimeType("text/plain").build()));
        return request;
    }

    long reports(String submissionId) {
        return sql.number("select count(*) from report where submission_id = cast(?1 as uuid)", submissionId);
    }

    @Test
    void observerFilesAReportWithAPhotoAndGetsAReceipt() throws IOException {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        String location = filled(form, id).multiPart("photos", "box.jpg", jpeg(), "image/jpeg")
                .post(FORM).then().statusCode(303)
                .header("Location", matchesPattern(".*/reports/[3-9A-Y]{4}-[3-9A-Y]{4}")).extract().header("Location");
        String receipt = location.substring(location.indexOf("/reports/"));
        given().get(receipt).then().statusCode(200)
                .body(containsString("Votes not announced during the count"))
                .body(containsString("«Аманат» pile never shown"))
                .body(containsString("Mar 19, 2023, 8:40 PM"))
                .body(containsString("New"));
        assertThat(sql.number("select count(*) from report_photo p join report r on r.id = p.report_id "
                + "join photo ph on ph.id = p.photo_id where r.submission_id = cast(?1 as uuid) "
                + "and ph.width = 800 and ph.height = 600 and length(ph.sha256) = 64", id))
                .isEqualTo(1);
        long photo = sql.number("select p.photo_id from report_photo p join report r on r.id = p.report_id "
                + "where r.submission_id = cast(?1 as uuid)", id);
        byte[] thumbnail = given().queryParam("thumbnail", true).get(receipt + "/photos/" + photo).then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(thumbnail)).getWidth()).isEqualTo(320);
        given().get("/observer").then().body(containsString(receipt.substring(9)));
        // the code as read out over the phone finds the same receipt
        given().get("/reports/" + receipt.substring(9).toLowerCase().replace("-", "")).then().statusCode(200)
                .body(containsString(receipt.substring(9)));
    }

    @Test
    void sendingTheSameSubmissionTwiceGivesOneReport() {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        String first = filled(form, id).post(FORM).then().statusCode(303).extract().header("Location");
        String second = filled(form, id).post(FORM).then().statusCode(303).extract().header("Location");
        assertThat(second).isEqualTo(first);
        assertThat(reports(id)).isEqualTo(1);
        // 180001 is one of the observer's stations; one filing, one event, by the Keycloak subject
        assertThat(sql.number("select count(*) from report where submission_id = cast(?1 as uuid) and station_assigned",
                id)).isEqualTo(1);
        assertThat(sql.number("""
                select count(*) from audit_event e join report r on r.id = e.subject_id
                where r.submission_id = cast(?1 as uuid) and e.subject_type = 'REPORT' and e.action = 'REPORT_FILED'
                  and e.actor_subject = 'sub-observer' and e.actor_name = 'Anna Schneider' and e.to_value = 'v1'
                  and e.station_id = r.station_id""", id)).isEqualTo(1);
    }

    /** Send, "Back", edit, send: the edits are not lost behind the first report, nor stored under it. */
    @Test
    void aFormEditedAfterItWasSentSaysWhereItWentAndKeepsTheEdits() {
        given().get(FORM).then().statusCode(200).header("Cache-Control", containsString("no-store"));
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        String location = filled(form, id).post(FORM).then().statusCode(303).extract().header("Location");
        String code = location.substring(location.indexOf("/reports/") + "/reports/".length());
        given().get("/reports/" + code + "/amend").then().header("Cache-Control", containsString("no-store"));
        String page = filled(form, id, Map.of("description", "Edited after sending")).post(FORM).then()
                .statusCode(400).extract().asString();
        assertThat(page).contains("This form was already sent as report " + code + ".", "href=\"/reports/" + code + "\"",
                ">Edited after sending</textarea>").doesNotContain("value=\"" + id + "\"");
        assertThat(reports(id)).isEqualTo(1);
        assertThat(sql.text("select description from report where submission_id = cast(?1 as uuid)", id))
                .startsWith("Votes were sorted silently");
        String fresh = page.replaceAll("(?s).*name=\"submissionId\" value=\"([^\"]*)\".*", "$1");
        filled(form, fresh, Map.of("description", "Edited after sending")).post(FORM).then().statusCode(303);
        assertThat(reports(fresh)).isEqualTo(1);
    }

    @Test
    void twoCopiesArrivingTogetherGiveOneReport() throws Exception {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        List<String> locations = AtOnce.send(4,
                () -> filled(form, id).post(FORM).then().statusCode(303).extract().header("Location"));
        assertThat(locations).hasSize(4).containsOnly(locations.get(0));
        assertThat(reports(id)).isEqualTo(1);
    }

    @Test
    void badInputIsShownBesideTheFieldsAndKept() {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        String page = form.multipart().multiPart("submissionId", id).multiPart("phase", "PARTY")
                .multiPart("category", "NOPE").multiPart("observedAt", "2099-01-01T10:00").multiPart("description", " ")
                .multiPart("peopleInvolved", "kept text").multiPart("commissionAnswer", "kept answer")
                .multiPart("action", "send")
                .post(FORM).then().statusCode(400).extract().asString();
        assertThat(page).contains("Some fields need attention", ">kept text</textarea>", ">kept answer</textarea>",
                "value=\"2099-01-01T10:00\"", "value=\"" + id + "\"");
        // each error is beside its own field, and the field (or its group) points to it for screen readers
        assertThat(describing(page, "phase")).isEqualTo("Choose one.");
        assertThat(describing(page, "category")).isEqualTo("Choose one.");
        assertThat(describing(page, "severity")).isEqualTo("Choose one.");
        assertThat(describing(page, "observedAt")).isEqualTo("This time is in the future.");
        assertThat(describing(page, "description")).isEqualTo("Fill this in.");
        assertThat(describing(page, "reportedToCommission")).isEqualTo("Choose one.");
        assertThat(describing(page, "peopleInvolved")).isEmpty();
        assertThat(describing(page, "commissionAnswer")).isEmpty();
        assertThat(describing(page, "photos")).isEmpty();
        assertThat(reports(id)).isZero();
    }

    @Test
    void aTimeNotWrittenAsOneAndTooLongTextsAreRefusedBesideTheirFields() {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        String description = "d".repeat(5001);
        String people = "p".repeat(2001);
        String answer = "a".repeat(2001);
        String page = filled(form, id, Map.of("observedAt", "19.03.2023 evening", "description", description,
                "peopleInvolved", people, "commissionAnswer", answer)).post(FORM).then().statusCode(400).extract()
                .asString();
        assertThat(page).contains(">" + description + "</textarea>", ">" + people + "</textarea>",
                ">" + answer + "</textarea>", "value=\"19.03.2023 evening\"");
        assertThat(describing(page, "observedAt")).isEqualTo("Give a date and time.");
        assertThat(describing(page, "description")).isEqualTo("This text is too long.");
        assertThat(describing(page, "peopleInvolved")).isEqualTo("This text is too long.");
        assertThat(describing(page, "commissionAnswer")).isEqualTo("This text is too long.");
        assertThat(describing(page, "phase")).isEmpty();
        assertThat(reports(id)).isZero();
        // the longest texts allowed go through
        filled(form, id, Map.of("description", "d".repeat(5000), "peopleInvolved", "p".repeat(2000),
                "commissionAnswer", "a".repeat(2000))).post(FORM).then().statusCode(303);
        assertThat(sql.number("select length(description) + length(people_involved) + length(commission_answer) "
                + "from report where submission_id = cast(?1 as uuid)", id)).isEqualTo(9000);
    }

    @Test
    void moreThanFivePhotosAreRefusedAndTheFormKept() throws IOException {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        RequestSpecification request = filled(form, id);
        byte[] photo = jpeg();
        for (int i = 1; i <= 6; i++) {
            request.multiPart("photos", "photo" + i + ".jpg", photo, "image/jpeg");
        }
        String page = request.post(FORM).then().statusCode(400).extract().asString();
        assertThat(describing(page, "photos")).isEqualTo("Too many photos.");
        assertThat(page).contains("attach them again", "Votes were sorted silently", "value=\"COUNTING\" selected");
        assertThat(reports(id)).isZero();
    }

    @Test
    void aPhotoLargerThanTheLimitIsRefusedAndTheFormKept() {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        // one byte over observer.reports.max-photo-bytes (10 MB by default)
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        String page = filled(form, id).multiPart("photos", "large.jpg", large, "image/jpeg").post(FORM).then()
                .statusCode(400).extract().asString();
        assertThat(describing(page, "photos")).isEqualTo("A photo is larger than allowed.");
        assertThat(page).contains("attach them again", "Votes were sorted silently");
        assertThat(reports(id)).isZero();
    }

    @Test
    void aFormTooOldOrNotMadeHereGetsAFreshIdAndIsKept() {
        CsrfForm form = CsrfForm.from(FORM);
        String page = filled(form, "not-a-submission-id").post(FORM).then().statusCode(400).extract().asString();
        assertThat(beside(page, "submissionId")).startsWith("This form was too old or not made here");
        assertThat(page).contains("Votes were sorted silently", "value=\"VOTES_NOT_ANNOUNCED\" checked");
        String fresh = page.replaceAll("(?s).*name=\"submissionId\" value=\"([^\"]*)\".*", "$1");
        assertThat(UUID.fromString(fresh)).isNotNull();
        filled(form, fresh).post(FORM).then().statusCode(303);
        assertThat(reports(fresh)).isEqualTo(1);
    }

    @Test
    void aTextFileNamedJpgIsRefusedAndPhotosMustBeAttachedAgain() {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        filled(form, id).multiPart("photos", "evil.jpg", "not an image at all".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .post(FORM).then().statusCode(400)
                .body(containsString("Only JPEG, PNG or WebP photos"))
                .body(containsString("attach them again"))
                .body(containsString("Votes were sorted silently"));
        assertThat(reports(id)).isZero();
    }

    @Test
    void aDraftIsKeptOnTheServerAndSentLaterUnderItsId() {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        String flash = form.multipart().multiPart("submissionId", id).multiPart("phase", "VOTING")
                .multiPart("description", "half written").multiPart("action", "draft")
                .post(FORM).then().statusCode(303).header("Location", containsString("/observer")).extract()
                .cookie("flash");
        given().cookie("flash", flash).get("/observer").then().body(containsString("?draft=" + id))
                .body(containsString("Draft saved for station 180001: it waits under &quot;Drafts&quot; below."));
        String russian = form.multipart().cookie("lang", "ru").multiPart("submissionId", id)
                .multiPart("description", "half written").multiPart("action", "draft").post(FORM).then()
                .statusCode(303).extract().cookie("flash");
        given().cookie("flash", russian).cookie("lang", "ru").get("/observer").then()
                .body(containsString("Черновик для участка 180001 сохранён"));
        given().queryParam("draft", id).get(FORM).then().statusCode(200)
                .body(containsString(">half written</textarea>")).body(containsString("value=\"" + id + "\""));
        filled(form, id).post(FORM).then().statusCode(303);
        assertThat(sql.number("select count(*) from report_draft where submission_id = cast(?1 as uuid)", id)).isZero();
        given().get("/observer").then().body(not(containsString("?draft=" + id)));
    }

    long drafts(String submissionId) {
        return sql.number("select count(*) from report_draft where submission_id = cast(?1 as uuid)", submissionId);
    }

    @Test
    void aDraftCanBeDeleted() {
        String id = UUID.randomUUID().toString();
        CsrfForm.from(FORM).multipart().multiPart("submissionId", id).multiPart("description", "not needed after all")
                .multiPart("action", "draft").post(FORM).then().statusCode(303);
        assertThat(drafts(id)).isEqualTo(1);
        CsrfForm home = CsrfForm.from("/observer");
        String delete = "/observer/drafts/" + id + "/delete";
        given().get("/observer").then().body(containsString("action=\"" + delete + "\""));
        String flash = home.post().post(delete).then().statusCode(303).header("Location", containsString("/observer"))
                .extract().cookie("flash");
        assertThat(drafts(id)).isZero();
        given().cookie("flash", flash).get("/observer").then().body(containsString("Draft deleted."))
                .body(not(containsString("?draft=" + id)));
        // sent again (the answer was lost): nothing left to delete, the same answer
        home.post().post(delete).then().statusCode(303);
        // without its token nothing is deleted
        CsrfForm.from(FORM).multipart().multiPart("submissionId", id).multiPart("action", "draft").post(FORM);
        given().redirects().follow(false).post(delete).then().statusCode(400);
        assertThat(drafts(id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "observer2", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer2"), @Claim(key = "preferred_username", value = "observer2") })
    void anotherObserversDraftIsNotDeleted() {
        String id = UUID.randomUUID().toString();
        sql.update("""
                insert into report_draft (accreditation_id, submission_id, station_id, fields)
                select a.id, cast(?1 as uuid), s.id, 'description=Anna%27s+draft' from accreditation a, polling_station s
                where a.login = 'observer' and s.number = '180001'""", id);
        CsrfForm.from("/observer/stations/190001/report").post().post("/observer/drafts/" + id + "/delete").then()
                .statusCode(303);
        assertThat(drafts(id)).isEqualTo(1);
    }

    @Test
    void aQueuedFormOfAnotherUserIsRefusedAndStoresNothing() {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        filled(form, id).header("X-Queue-Owner", "someone-else").post(FORM).then().statusCode(409);
        assertThat(reports(id)).isZero();
        String own = given().get("/observer").then().extract().asString()
                .replaceAll("(?s).*data-owner=\"([0-9a-f]+)\".*", "$1");
        filled(form, id).header("X-Queue-Owner", own).post(FORM).then().statusCode(303);
        assertThat(reports(id)).isEqualTo(1);
    }

    @Test
    void aDraftSavedUnderAnIdAlreadySentIsKeptUnderAFreshOne() {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        filled(form, id).post(FORM).then().statusCode(303);
        form.multipart().multiPart("submissionId", id).multiPart("description", "changed after sending")
                .multiPart("action", "draft").post(FORM).then().statusCode(303);
        assertThat(reports(id)).isEqualTo(1);
        assertThat(sql.number("select count(*) from report_draft where fields like '%changed+after+sending%' "
                + "and submission_id <> cast(?1 as uuid)", id)).isEqualTo(1);
    }

    @Test
    void anAmendmentIsANewVersionAndTheOriginalStays() throws IOException {
        CsrfForm form = CsrfForm.from(FORM);
        String location = filled(form, UUID.randomUUID().toString()).post(FORM).then().statusCode(303)
                .extract().header("Location");
        String receipt = location.substring(location.indexOf("/reports/"));
        String amendment = UUID.randomUUID().toString();
        CsrfForm amend = CsrfForm.from(receipt + "/amend");
        filled(amend, amendment, "CRITICAL").multiPart("photos", "later.jpg", jpeg(), "image/jpeg")
                .post(receipt + "/amend").then().statusCode(303);
        long first = sql.number("select id from report where receipt_code = ?1", receipt.substring(9));
        assertThat(sql.number("select count(*) from report where id = ?1 and severity = 'SERIOUS' and version = 1", first))
                .isEqualTo(1);
        assertThat(sql.number("select count(*) from report where original_id = ?1 and version = 2 and severity = 'CRITICAL'",
                first)).isEqualTo(1);
        given().get(receipt).then().body(containsString("Version 2")).body(containsString("Critical"))
                .body(containsString("?thumbnail=true"))
                .body(containsString("History")).body(containsString("Anna Schneider · filed · v1"))
                .body(containsString("Anna Schneider · amended · v1 → v2"));
        assertThat(sql.number("select count(*) from audit_event where subject_type = 'REPORT' and subject_id = ?1", first))
                .isEqualTo(2);
        // the trail is append-only, whatever asks: the database refuses
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sql.update(
                "update audit_event set actor_name = 'someone' where subject_id = ?1", first))
                .hasStackTraceContaining("audit events are never changed or deleted");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sql.update(
                "delete from audit_event where subject_id = ?1", first))
                .hasStackTraceContaining("audit events are never changed or deleted");
    }

    String fileOne() {
        String location = filled(CsrfForm.from(FORM), UUID.randomUUID().toString()).post(FORM).then().statusCode(303)
                .extract().header("Location");
        return location.substring(location.indexOf("/reports/"));
    }

    long versions(String receipt) {
        return sql.number("select count(*) from report r join report f on f.id = coalesce(r.original_id, r.id) "
                + "where f.receipt_code = ?1", receipt.substring("/reports/".length()));
    }

    @Test
    void anAmendmentAfterItsTimeIsRefusedWithAClearMessageAndTheChangesKept() {
        String receipt = fileOne();
        CsrfForm amend = CsrfForm.from(receipt + "/amend");
        // the observer kept the amendment form open past the window (2 hours in application.properties)
        sql.update("update report set received_at = now() - interval '2 hours 1 minute' where receipt_code = ?1",
                receipt.substring("/reports/".length()));
        given().get(receipt).then().statusCode(200).body(not(containsString(receipt + "/amend")));
        given().redirects().follow(false).get(receipt + "/amend").then().statusCode(403)
                .body(containsString("The time to amend this report is over."))
                .body(containsString("Votes were sorted silently"));

        String late = UUID.randomUUID().toString();
        String page = filled(amend, late, "CRITICAL").post(receipt + "/amend").then().statusCode(403).extract().asString();
        assertThat(page).contains("The time to amend this report is over: your changes were not saved.",
                ">Votes were sorted silently; «Аманат» pile never shown", "value=\"CRITICAL\" checked",
                "action=\"/observer/stations/180001/report\"");
        assertThat(versions(receipt)).isEqualTo(1);
        assertThat(reports(late)).isZero();
        // what was kept goes out as a new report of the station
        filled(amend, late).post(FORM).then().statusCode(303);
        assertThat(sql.number("select count(*) from report where submission_id = cast(?1 as uuid) "
                + "and original_id is null and version = 1", late)).isEqualTo(1);
    }

    @Test
    void theSameAmendmentSentTwiceOrFourTimesAtOnceMakesOneVersion() throws Exception {
        String receipt = fileOne();
        CsrfForm amend = CsrfForm.from(receipt + "/amend");
        String twice = UUID.randomUUID().toString();
        String first = filled(amend, twice, "CRITICAL").post(receipt + "/amend").then().statusCode(303)
                .extract().header("Location");
        String second = filled(amend, twice, "CRITICAL").post(receipt + "/amend").then().statusCode(303)
                .extract().header("Location");
        assertThat(second).isEqualTo(first);
        assertThat(versions(receipt)).isEqualTo(2);

        String together = UUID.randomUUID().toString();
        byte[] photo = jpeg();
        List<String> locations = AtOnce.send(4, () -> filled(amend, together, "MINOR")
                .multiPart("photos", "again.jpg", photo, "image/jpeg").post(receipt + "/amend").then().statusCode(303)
                .extract().header("Location"));
        assertThat(locations).hasSize(4).containsOnly(locations.get(0));
        assertThat(versions(receipt)).isEqualTo(3);
        assertThat(sql.number("select count(*) from report where submission_id = cast(?1 as uuid) and version = 3",
                together)).isEqualTo(1);
        assertThat(sql.number("select count(*) from report_photo p join report r on r.id = p.report_id "
                + "where r.submission_id = cast(?1 as uuid)", together)).isEqualTo(1);
        assertThat(sql.number("select count(*) from audit_event e join report r on r.id = e.subject_id "
                + "where r.receipt_code = ?1 and e.action = 'REPORT_AMENDED'", receipt.substring("/reports/".length())))
                .isEqualTo(2);

        // the answer to the first amendment was lost and the phone sends it again after the window: the same receipt
        sql.update("update report set received_at = now() - interval '3 hours' where receipt_code = ?1",
                receipt.substring("/reports/".length()));
        filled(amend, twice, "CRITICAL").post(receipt + "/amend").then().statusCode(303).header("Location", first);
        assertThat(versions(receipt)).isEqualTo(3);
    }

    @Test
    void anObserverMayReportOnAStationNotAssignedToThem() {
        CsrfForm form = CsrfForm.from("/observer/stations/190001/report");
        String id = UUID.randomUUID().toString();
        filled(form, id).post("/observer/stations/190001/report").then().statusCode(303);
        assertThat(sql.number("select count(*) from report where submission_id = cast(?1 as uuid) and not station_assigned", id))
                .isEqualTo(1);
    }

    @Test
    void aStationThatIsNotThereIsNotFound() {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        filled(form, id).post("/observer/stations/NO-SUCH-STATION/report").then().statusCode(404);
        assertThat(reports(id)).isZero();
    }

    @Test
    void theFormNeedsItsCsrfToken() {
        CsrfForm form = CsrfForm.from(FORM);
        String id = UUID.randomUUID().toString();
        // a form that passes every check, posted by another site with the browser's cookie but no token
        filled(form.multipartWithoutToken(), id, Map.of()).post(FORM).then().statusCode(400);
        filled(given().redirects().follow(false), id, Map.of()).post(FORM).then().statusCode(400);
        assertThat(reports(id)).isZero();
        filled(form, id).post(FORM).then().statusCode(303);
        assertThat(reports(id)).isEqualTo(1);
    }
}
