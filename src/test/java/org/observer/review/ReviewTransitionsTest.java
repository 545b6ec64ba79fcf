package org.observer.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.observer.support.CsrfForm;
import org.observer.support.Sql;

/**
 * Every decision on a report in every state, by a reviewer and by an admin: made or refused as the
 * rules below say (written here by hand, not read from the app), and the report page offers exactly
 * the buttons of the decisions it would accept.
 */
@QuarkusTest
class ReviewTransitionsTest {
    static final List<String> DECISIONS = List.of("TAKE", "RELEASE", "VERIFY", "DISMISS", "REFER", "REOPEN");
    /** A report's state before the decision: its status, and for one in review who holds it. */
    static final List<String> STATES = List.of("NEW", "IN_REVIEW mine", "IN_REVIEW another's", "VERIFIED",
            "DISMISSED", "REFERRED");
    static final Map<String, String> STATUS_AFTER = Map.of("TAKE", "IN_REVIEW", "RELEASE", "NEW", "VERIFY",
            "VERIFIED", "DISMISS", "DISMISSED", "REFER", "REFERRED", "REOPEN", "IN_REVIEW");

    /**
     * The rules: anyone takes a new report or decides on it; whoever holds a report puts it back or decides
     * on it, and nobody else but an admin; only an admin reopens a decision. Nobody takes a report in review.
     */
    static final Map<String, String> REVIEWER_MAY = Map.of(
            "NEW", "TAKE VERIFY DISMISS REFER",
            "IN_REVIEW mine", "RELEASE VERIFY DISMISS REFER",
            "IN_REVIEW another's", "",
            "VERIFIED", "", "DISMISSED", "", "REFERRED", "");
    static final Map<String, String> ADMIN_MAY = Map.of(
            "NEW", "TAKE VERIFY DISMISS REFER",
            "IN_REVIEW mine", "RELEASE VERIFY DISMISS REFER",
            "IN_REVIEW another's", "RELEASE VERIFY DISMISS REFER",
            "VERIFIED", "REOPEN", "DISMISSED", "REOPEN", "REFERRED", "REOPEN");

    private static final Pattern BUTTON = Pattern.compile("name=\"decision\" value=\"(\\w+)\"");

    @Inject
    ReviewFixture fixture;
    @Inject
    Sql sql;

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-matrix-reviewer"), @Claim(key = "name", value = "Mira Matrix") })
    void aReviewerDecidesWhatTheRulesAllowAndSeesOnlyThoseButtons() {
        checkMatrix("sub-matrix-reviewer", "Mira Matrix", REVIEWER_MAY);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-matrix-admin"), @Claim(key = "name", value = "Adil Matrix") })
    void anAdminDecidesWhatTheRulesAllowAndSeesOnlyThoseButtons() {
        checkMatrix("sub-matrix-admin", "Adil Matrix", ADMIN_MAY);
    }

    private void checkMatrix(String subject, String name, Map<String, String> allowed) {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        Map<String, String> expectedButtons = new LinkedHashMap<>();
        Map<String, String> actualButtons = new LinkedHashMap<>();
        for (String state : STATES) {
            expectedButtons.put(state, allowed.get(state));
            actualButtons.put(state, buttons(reportIn(state, subject)));
            for (String decision : DECISIONS) {
                String before = state.split(" ")[0];
                boolean may = List.of(allowed.get(state).split(" ")).contains(decision);
                String after = may ? STATUS_AFTER.get(decision) : before;
                String holder = "IN_REVIEW".equals(after) ? may || state.endsWith("mine") ? subject : "sub-other" : "-";
                String auditLine = may ? before + ">" + after + ("DISMISS".equals(decision) ? ": not an irregularity" : "")
                        + "@" + name : "-";
                expected.put(state + " " + decision, (may ? 303 : 409) + " " + after + " " + holder + " " + auditLine);

                String code = reportIn(state, subject);
                var post = CsrfForm.from("/review/reports/" + code).post().formParam("decision", decision)
                        .formParam("version", fixture.version(code));
                if ("DISMISS".equals(decision)) {
                    post.formParam("reason", "not an irregularity");
                }
                int answer = post.post("/review/reports/" + code + "/decision").statusCode();
                List<String> lines = sql.texts("""
                        select from_value || '>' || to_value || '@' || actor_name from audit_event
                        where subject_type = 'REPORT' and subject_id = ?1 and action = 'STATUS_CHANGED'""",
                        fixture.id(code));
                actual.put(state + " " + decision, answer + " " + fixture.status(code) + " "
                        + sql.text("select coalesce(holder_subject, '-') from report where receipt_code = ?1", code)
                        + " " + (lines.isEmpty() ? "-" : String.join(", ", lines)));
            }
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(actualButtons).containsExactlyEntriesOf(expectedButtons);
    }

    /** A new report put in the state, as the database would have it after earlier decisions. */
    private String reportIn(String state, String me) {
        String code = fixture.report("observer", "180005", "BALLOT_STUFFING", "VOTING", "SERIOUS", ReviewFixture.NOON,
                "Decision matrix: " + state);
        String status = state.split(" ")[0];
        String holder = state.endsWith("mine") ? me : state.endsWith("another's") ? "sub-other" : null;
        sql.update("""
                update report set status = ?2, dismiss_reason = case when ?2 = 'DISMISSED' then 'earlier reason' end
                where receipt_code = ?1""", code, status);
        if (holder != null) {
            sql.update("update report set holder_subject = ?2, holder_name = ?3 where receipt_code = ?1", code, holder,
                    "Holder " + holder);
        }
        return code;
    }

    /** The decisions the report page offers, in its order. */
    private static String buttons(String code) {
        Matcher matcher = BUTTON.matcher(given().get("/review/reports/" + code).then().statusCode(200).extract().asString());
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return String.join(" ", found);
    }
}
