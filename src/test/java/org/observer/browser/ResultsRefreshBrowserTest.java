package org.observer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.observer.data.ReceiptCode;
import org.observer.login.RealKeycloakProfile;
import org.observer.support.PhoneBrowser;
import org.observer.support.BrowserSuite;

/**
 * A reviewer watching the national results in Chromium, signed in through the real Keycloak page: a
 * report arrives, and the page's figures change by themselves, without a reload (results-refresh.js,
 * which asks every few seconds in the tests).
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class ResultsRefreshBrowserTest extends BrowserSuite {

    /** The critical reports of Astana's row, as the page shows them (its data-figures, index 7). */
    static long astanaCritical(Page page) {
        String figures = page.locator("tr[data-code=ASTANA]").first().getAttribute("data-figures");
        return Long.parseLong(figures.split(" ")[7]);
    }

    @Test
    void theNationalPageShowsANewReportWithoutAReload() {
        try (BrowserContext context = browser.desk()) {
            Page page = context.newPage();
            page.navigate(app + "home");
            assertThat(page).hasURL(Pattern.compile("http://localhost:8180/realms/observer/.*"));
            page.locator("#username").fill("reviewer");
            page.locator("#password").fill("demo");
            page.locator("#kc-login").click();
            page.waitForURL(app + "review");
            page.navigate(app + "results");
            long before = astanaCritical(page);
            // the page is not loaded again: a mark on it must survive the refresh of its figures
            page.evaluate("window.loadedOnce = true");

            sql.update("""
                    insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id,
                        station_assigned, phase, category_id, severity, observed_at, description, reported_to_commission)
                    select e.id, ?1, ?2, s.id, a.id, true, 'VOTING', c.id, 'CRITICAL', now(), 'refresh test', false
                    from election e join polling_station s on s.election_id = e.id and s.number = '180001'
                    join accreditation a on a.election_id = e.id and a.login = 'observer'
                    join incident_category c on c.election_id = e.id and c.code = 'BALLOT_STUFFING'
                    where e.active""", UUID.randomUUID(), ReceiptCode.next());

            page.locator("#live-status").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Updated")).waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(WaitForSelectorState.VISIBLE).setTimeout(20_000));
            assertThat(astanaCritical(page)).isEqualTo(before + 1);
            assertThat(page.evaluate("window.loadedOnce === true")).isEqualTo(true);
            PhoneBrowser.shoot(page, "results-refreshed");
        }
    }
}
