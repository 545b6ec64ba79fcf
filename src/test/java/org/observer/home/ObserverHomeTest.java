package org.observer.home;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.observer.review.ReviewFixture;
import org.observer.support.Sql;

/**
 * The observer's home stays small however much was sent: it lists the newest 20 reports, and the older
 * ones are a page away, in the same order.
 */
@QuarkusTest
class ObserverHomeTest {
    @Inject
    Sql sql;
    @Inject
    ReviewFixture fixture;

    /** The receipt codes of the reports a page lists, in its order. */
    static List<String> listed(String html) {
        return Pattern.compile("<a href=\"/reports/([A-Z0-9-]+)\"><strong class=\"code\">").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    @TestSecurity(user = "observer3", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer3"), @Claim(key = "preferred_username", value = "observer3") })
    void theHomeListsTheNewestTwentyReportsAndTheOthersArePagesAway() {
        // the first sign-in links the accreditation to this account
        given().get("/observer").then().statusCode(200);
        long had = sql.number("""
                select count(*) from report r join accreditation a on a.id = r.accreditation_id
                where a.login = 'observer3' and r.latest""");
        for (long i = had; i < 45; i++) {
            fixture.report("observer3", "200001", "BALLOT_STUFFING", "VOTING", "MINOR",
                    ReviewFixture.NOON.plusMinutes(i), "Home page test " + i);
        }
        List<String> all = sql.texts("""
                select coalesce(o.receipt_code, r.receipt_code) from report r join accreditation a on a.id = r.accreditation_id
                left join report o on o.id = r.original_id
                where a.login = 'observer3' and r.latest order by r.received_at desc, r.id desc""");
        assertThat(all.size()).isGreaterThanOrEqualTo(45);

        String home = given().get("/observer").then().statusCode(200).extract().asString();
        assertThat(listed(home)).containsExactlyElementsOf(all.subList(0, 20));
        assertThat(home).contains("href=\"/observer/reports?page=2\"");

        String second = given().get("/observer/reports?page=2").then().statusCode(200).extract().asString();
        assertThat(listed(second)).containsExactlyElementsOf(all.subList(20, 40));
        assertThat(second).contains("href=\"/observer/reports?page=1\"", "href=\"/observer/reports?page=3\"");

        int pages = (all.size() + 19) / 20;
        String last = given().get("/observer/reports?page=" + pages).then().statusCode(200).extract().asString();
        assertThat(listed(last)).containsExactlyElementsOf(all.subList((pages - 1) * 20, all.size()));
        assertThat(last).doesNotContain("?page=" + (pages + 1));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void onlyObserversHaveTheseLists() {
        given().redirects().follow(false).get("/observer/reports").then().statusCode(403);
        given().redirects().follow(false).get("/observer/tallies").then().statusCode(403);
    }
}
