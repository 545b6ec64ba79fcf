package org.observer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.observer.support.PhoneBrowser;
import org.observer.support.BrowserSuite;

/**
 * The phone's offline queue with every kind of form it takes, in Chromium at 360 px. The observer
 * is signed in by the test's identity (no Keycloak page: PhoneBrowserTest covers the real sign-in),
 * so this runs with the fast suites.
 */
@QuarkusTest
@TestSecurity(user = "observer", roles = "observer")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
class OfflineQueueBrowserTest extends BrowserSuite {
    static final String[] FIGURE_FIELDS = { "registeredVoters", "ballotsReceived", "ballotsIssued", "ballotsUnused",
            "ballotsFound", "ballotsInvalid" };

    private Page open(BrowserContext phone, String path) {
        Page page = phone.newPage();
        page.navigate(app + path.substring(1));
        page.evaluate("() => navigator.serviceWorker.ready");
        return page;
    }

    /** The network comes back: the page's "online" event sends what waits. */
    private static void backOnline(BrowserContext phone, Page page) {
        phone.setOffline(false);
        page.evaluate("() => window.dispatchEvent(new Event('online'))");
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aChecklistSentOfflineIsDeliveredWhenTheNetworkIsBack() {
        try (BrowserContext phone = browser.phone()) {
            Page page = open(phone, "/observer/stations/180002/checklist?phase=VOTING");
            String submission = page.locator("input[name=submissionId]").inputValue();
            page.getByLabel("Turnout announced at 10:00 (voters)").fill("412");
            phone.setOffline(true);
            page.getByRole(AriaRole.BUTTON, named("Send checklist")).click();
            assertThat(page.locator("#queue-banner")).containsText("1 form(s) waiting on this phone");
            assertThat(sql.number("select count(*) from checklist_submission where submission_id = cast(?1 as uuid)",
                    submission)).isZero();

            backOnline(phone, page);
            assertThat(page.locator("#queue-banner")).containsText("1 queued form(s) sent.");
            assertThat(sql.number("""
                    select count(*) from checklist_answer a join checklist_question q on q.id = a.question_id
                    where a.submission_id = cast(?1 as uuid) and q.code = 'TURNOUT_1000' and a.answer_number = 412""",
                    submission)).isEqualTo(1);
        }
    }

    /**
     * A protocol copied offline that does not add up is refused once the network is back (a comment is
     * needed): the banner names it, it opens again filled in, and with a comment it goes out flagged.
     */
    @Test
    void aTallyRefusedFromTheQueueOpensAgainFilledInAndIsSentWithAComment() {
        try (BrowserContext phone = browser.phone()) {
            Page page = open(phone, "/observer/stations/180003/tally?ballot=PARTY_LIST");
            String submission = page.locator("input[name=submissionId]").inputValue();
            String[] figures = { "2546", "2600", "1500", "1100", "1498", "18" };
            for (int i = 0; i < FIGURE_FIELDS.length; i++) {
                page.locator("#f-" + FIGURE_FIELDS[i]).fill(figures[i]);
            }
            String[] votes = { "901", "120", "150", "80", "60", "90", "40", "40" };
            for (int i = 0; i < votes.length; i++) {
                page.locator("#f-votes-" + i).fill(votes[i]);
            }
            phone.setOffline(true);
            page.getByRole(AriaRole.BUTTON, named("Send the copy")).click();
            assertThat(page.locator("#queue-banner")).containsText("1 form(s) waiting on this phone");

            backOnline(phone, page);
            assertThat(page.locator("#queue-banner")).containsText("1 queued form(s) were refused by the server");
            assertThat(page.locator("#queue-banner li")).containsText("Results protocol · Polling station 180003");
            PhoneBrowser.shoot(page, "10-queued-tally-refused");
            assertThat(sql.number("select count(*) from tally where submission_id = cast(?1 as uuid)", submission))
                    .isZero();

            page.getByRole(AriaRole.LINK, named("Open it again")).click();
            assertThat(page.locator("#queue-banner")).containsText("This is the form the server refused");
            assertThat(page.locator("#f-votes-0")).hasValue("901");
            assertThat(page.locator("#f-ballotsFound")).hasValue("1498");
            assertThat(page.locator("input[name=submissionId]")).hasValue(submission);
            PhoneBrowser.shoot(page, "11-refused-tally-opened-again");

            // sent as it is, the server says why beside the lines, everything kept
            page.getByRole(AriaRole.BUTTON, named("Send the copy")).click();
            assertThat(page.locator("#e-f-ballotsFound"))
                    .containsText("The votes and the invalid ballots together must make the ballots found in the boxes.");
            assertThat(page.locator("#f-votes-0")).hasValue("901");
            page.locator("#f-comment").fill("The protocol as posted says 901 for the first party.");
            page.getByRole(AriaRole.BUTTON, named("Send the copy")).click();
            page.waitForURL(Pattern.compile(".*/tallies/[3-9A-Y]{4}-[3-9A-Y]{4}"));
            assertThat(sql.number("""
                    select count(*) from tally t join tally_line l on l.tally_id = t.id
                    where t.submission_id = cast(?1 as uuid) and t.flagged and l.votes = 901""", submission))
                    .isEqualTo(1);
            page.navigate(app + "observer");
            page.waitForTimeout(500);
            assertThat(page.locator("#queue-banner")).isHidden();
        }
    }

    @Test
    void aRefusedReportCanBeReadAndDiscarded() {
        try (BrowserContext phone = browser.phone()) {
            Page page = open(phone, "/observer/stations/180002/report");
            String submission = page.locator("input[name=submissionId]").inputValue();
            page.getByLabel("Phase of election day").selectOption("VOTING");
            page.getByLabel("Votes not announced during the count").check();
            page.locator("input[name=severity][value=MINOR]").check();
            // a time the phone's picker lets through and the server refuses
            page.getByLabel("Time observed").fill("2099-01-01T10:00");
            page.getByLabel("Description").fill("Written in the lift, the clock was wrong");
            page.locator("input[name=reportedToCommission][value=no]").check();
            phone.setOffline(true);
            page.getByRole(AriaRole.BUTTON, named("Send report")).click();
            assertThat(page.locator("#queue-banner")).containsText("1 form(s) waiting on this phone");

            backOnline(phone, page);
            assertThat(page.locator("#queue-banner")).containsText("1 queued form(s) were refused by the server");
            // kept on the phone: every page lists it until it is dealt with
            page.navigate(app + "observer");
            assertThat(page.locator("#queue-banner li")).containsText("Incident report · Polling station 180002");
            page.locator("#queue-banner summary").click();
            assertThat(page.locator("#queue-banner details")).containsText("Written in the lift, the clock was wrong");
            page.onceDialog(dialog -> dialog.accept());
            page.getByRole(AriaRole.BUTTON, named("Discard")).click();
            assertThat(page.locator("#queue-banner")).isHidden();
            assertThat(page.evaluate("() => ObserverQueue.of(null).then(entries => entries.length)")).isEqualTo(0);
            assertThat(sql.number("select count(*) from report where submission_id = cast(?1 as uuid)", submission))
                    .isZero();
        }
    }
}
