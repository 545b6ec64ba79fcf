package org.observer.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.observer.support.CsrfForm;
import org.observer.support.Sql;

/**
 * Each form of the review desk, sent from another site (the reviewer's cookies go along, the page's token
 * cannot), is refused and changes nothing; the same form with its token does what it says.
 */
@QuarkusTest
@TestSecurity(user = "reviewer", roles = "reviewer")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-csrf-reviewer"), @Claim(key = "name", value = "Cora Csrf") })
class ReviewCsrfTest {
    @Inject
    ReviewFixture fixture;
    @Inject
    Sql sql;

    private String newReport(String description) {
        return fixture.report("observer", "180008", "BALLOT_STUFFING", "VOTING", "SERIOUS", ReviewFixture.NOON,
                description);
    }

    @Test
    void decision() {
        String code = newReport("csrf: decision");
        refusedWithoutTokenDoneWithIt("/review/reports/" + code, "/review/reports/" + code + "/decision",
                Map.of("decision", "TAKE", "version", String.valueOf(fixture.version(code))),
                () -> fixture.status(code));
        assertThat(fixture.status(code)).isEqualTo("IN_REVIEW");
    }

    @Test
    void publicComment() {
        String code = newReport("csrf: public comment");
        refusedWithoutTokenDoneWithIt("/review/reports/" + code, "/review/reports/" + code + "/public-comment",
                Map.of("version", String.valueOf(fixture.version(code)), "text", "Seen and passed on"),
                () -> sql.text("select coalesce(public_comment, '-') from report where receipt_code = ?1", code));
        assertThat(sql.text("select public_comment from report where receipt_code = ?1", code))
                .isEqualTo("Seen and passed on");
    }

    @Test
    void internalComment() {
        String code = newReport("csrf: comment");
        refusedWithoutTokenDoneWithIt("/review/reports/" + code, "/review/reports/" + code + "/comments",
                Map.of("submissionId", UUID.randomUUID().toString(), "text", "Call the observer"),
                () -> String.valueOf(sql.number("select count(*) from report_comment where report_id = ?1",
                        fixture.id(code))));
    }

    @Test
    void mergeAndSplit() {
        // two hours apart: two incidents
        String first = newReport("csrf: merge first");
        String second = fixture.report("observer2", "180008", "BALLOT_STUFFING", "VOTING", "SERIOUS",
                ReviewFixture.NOON.plusHours(2), "csrf: merge second");
        Supplier<String> together = () -> String.valueOf(fixture.incident(first) == fixture.incident(second));
        refusedWithoutTokenDoneWithIt("/review/reports/" + second, "/review/reports/" + second + "/merge",
                Map.of("other", first), together);
        assertThat(together.get()).isEqualTo("true");
        refusedWithoutTokenDoneWithIt("/review/reports/" + second, "/review/reports/" + second + "/split", Map.of(),
                together);
        assertThat(together.get()).isEqualTo("false");
    }

    @Test
    void bulkDecision() {
        String code = newReport("csrf: bulk");
        refusedWithoutTokenDoneWithIt("/review/reports", "/review/bulk",
                Map.of("action", "VERIFY", "report", fixture.id(code) + ":" + fixture.version(code)),
                () -> fixture.status(code));
        assertThat(fixture.status(code)).isEqualTo("VERIFIED");
    }

    @Test
    void notice() {
        // to a region none of the demo observer accounts is in, so no other test sees it on a home page
        String text = "csrf: recount at 22:00 " + UUID.randomUUID();
        refusedWithoutTokenDoneWithIt("/review/notices", "/review/notices",
                Map.of("submissionId", UUID.randomUUID().toString(), "text", text, "audience", "UNIT", "unit", "ABAI"),
                () -> String.valueOf(sql.number("select count(*) from notice where text = ?1", text)));
        assertThat(sql.number("select count(*) from notice where text = ?1", text)).isEqualTo(1);
    }

    /**
     * Posts the form of {@code page} to {@code action} without its token, with a token of its own making,
     * and then as the page has it: the first two are refused (400) and leave {@code state} as it was,
     * the last one is done (303) and changes it.
     */
    private static void refusedWithoutTokenDoneWithIt(String page, String action, Map<String, String> fields,
            Supplier<String> state) {
        CsrfForm form = CsrfForm.from(page);
        String before = state.get();
        Map<String, RequestSpecification> forged = new LinkedHashMap<>();
        forged.put("without a token", given().redirects().follow(false).cookie("csrf", form.cookie()));
        forged.put("with a made-up token", given().redirects().follow(false).cookie("csrf", form.cookie())
                .formParam("csrf-token", "made-up-token"));
        forged.forEach((how, request) -> {
            assertThat(request.formParams(fields).post(action).statusCode()).as(action + " " + how).isEqualTo(400);
            assertThat(state.get()).as(action + " " + how).isEqualTo(before);
        });
        assertThat(form.post().formParams(fields).post(action).statusCode()).as(action + " with its token")
                .isEqualTo(303);
        assertThat(state.get()).as(action + " with its token").isNotEqualTo(before);
    }
}
