package org.observer.tally;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.observer.support.FieldErrors.describing;
import static org.observer.tally.TallyFixture.errorBeside;
import static org.observer.tally.TallyFixture.partyList;
import static org.observer.tally.TallyFixture.submissionIdOf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.observer.support.CsrfForm;
import org.observer.support.Sql;

/** The photo of the protocol as posted, sent with the observer's copy. */
@QuarkusTest
@TestSecurity(user = "observer", roles = "observer")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
class TallyPhotoTest {
    static final String PAGE = "/observer/stations/180003/tally?ballot=PARTY_LIST";

    @Inject
    Sql sql;

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1000, 1400, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void protocolPhotoIsKeptWithTheTallyAndShownOnTheReceipt() throws IOException {
        String submissionId = submissionIdOf(PAGE);
        String location = partyList().withParts(CsrfForm.from(PAGE), submissionId)
                .multiPart("photo", "protocol.png", png(), "image/png")
                .post(PAGE).then().statusCode(303).extract().header("Location");
        String receipt = location.substring(location.indexOf("/tallies/"));
        given().get(receipt).then().statusCode(200).body(containsString(receipt + "/photo?thumbnail=true"));
        byte[] thumbnail = given().queryParam("thumbnail", true).get(receipt + "/photo").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail)).getHeight()).isEqualTo(320);
        assertThat(sql.number("select count(*) from tally t join photo p on p.id = t.protocol_photo_id "
                + "where t.submission_id = cast(?1 as uuid) and p.content_type = 'image/png' and p.width = 1000", submissionId))
                .isEqualTo(1);
    }

    @Test
    void aTextFileIsNotAPhoto() {
        String submissionId = submissionIdOf(PAGE);
        partyList().withParts(CsrfForm.from(PAGE), submissionId)
                .multiPart("photo", "protocol.jpg", "just text".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .post(PAGE).then().statusCode(400)
                .body(containsString("Only JPEG, PNG or WebP photos"))
                .body(containsString("value=\"2546\""));
        assertThat(sql.number("select count(*) from tally where submission_id = cast(?1 as uuid)", submissionId)).isZero();
    }

    static final String REATTACH = "The photo is not kept when the form comes back: attach it again before sending.";

    /** Figures a browser lets through (no arithmetic failing): the page comes back, the photo cannot. */
    @Test
    void aPhotoSentWithFieldErrorsOnlyMustBeAttachedAgainAndThePageSaysSo() throws IOException {
        String submissionId = submissionIdOf(PAGE);
        String page = partyList().set("ballotsReceived", "2000000").withParts(CsrfForm.from(PAGE), submissionId)
                .multiPart("photo", "protocol.png", png(), "image/png")
                .post(PAGE).then().statusCode(400).extract().asString();
        assertThat(errorBeside(page, "f-ballotsReceived")).isEqualTo("This number is too large for a polling station.");
        assertThat(describing(page, "photo-again")).isEqualTo(REATTACH);
        assertThat(page).contains("Some lines need attention", "value=\"2000000\"");

        String comment = "c".repeat(4001);
        page = partyList().comment(comment).withParts(CsrfForm.from(PAGE), submissionId)
                .multiPart("photo", "protocol.png", png(), "image/png")
                .post(PAGE).then().statusCode(400).extract().asString();
        assertThat(errorBeside(page, "f-comment")).isEqualTo("The comment is too long: at most 4000 characters.");
        assertThat(describing(page, "photo-again")).isEqualTo(REATTACH);
        assertThat(page).contains(">" + comment + "</textarea>");
        // only the comment is wrong: no line of the protocol is said to need attention
        assertThat(page).doesNotContain("Some lines need attention");
        assertThat(sql.number("select count(*) from tally where submission_id = cast(?1 as uuid)", submissionId)).isZero();

        // without a photo there is nothing to attach again
        page = partyList().set("ballotsReceived", "2000000").send(CsrfForm.from(PAGE), PAGE, submissionId).then()
                .statusCode(400).extract().asString();
        assertThat(page).doesNotContain(REATTACH);
    }
}
