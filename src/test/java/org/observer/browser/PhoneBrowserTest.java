package org.observer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.observer.login.RealKeycloakProfile;
import org.observer.support.PhoneBrowser;
import org.observer.support.BrowserSuite;

/**
 * An observer on a phone, in Debian's Chromium at 360 px: signs in through the real Keycloak page,
 * files an incident with a photo, loses the network, sends a report anyway and sees it sent exactly
 * once when the network is back. Screenshots go to target/screenshots/.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class PhoneBrowserTest extends BrowserSuite {
    private BrowserContext phone() {
        return browser.phone();
    }

    private void shoot(Page page, String name) {
        PhoneBrowser.shoot(page, name);
    }

    private Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(app + "home");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("http://localhost:8180/realms/observer/.*"));
        shoot(page, "00-keycloak-login");
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(app + "observer");
        return page;
    }

    /** The landing page Keycloak sends back to after signing out (with its state parameter). */
    private java.util.regex.Pattern signedOut() {
        return java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(app.toString()) + "(\\?.*)?$");
    }

    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x += 8) {
            for (int y = 0; y < image.getHeight(); y += 8) {
                image.setRGB(x, y, (x * 31 + y * 17) & 0xffffff);
            }
        }
        Path file = Files.createTempFile("protocol", ".jpg");
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    private static void fillIncident(Page page, String description) {
        page.getByLabel("Phase of election day").selectOption("COUNTING");
        page.getByLabel("Votes not announced during the count").check();
        page.getByLabel("Serious").check();
        page.getByLabel("Description").fill(description);
        page.locator("input[name=reportedToCommission][value=no]").check();
    }

    @Test
    void observerFilesAnIncidentWithAPhoto() throws IOException {
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "observer");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Anna Schneider"))).isVisible();
            shoot(page, "01-observer-home");

            page.locator("a[href='/observer/stations/180001/report']").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Report an incident"))).isVisible();
            fillIncident(page, "Votes were not read aloud at table 2");
            page.getByLabel("Photos").setInputFiles(photo());
            shoot(page, "02-incident-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")).click();

            page.waitForURL(java.util.regex.Pattern.compile(".*/reports/[3-9A-Y]{4}-[3-9A-Y]{4}"));
            assertThat(page.getByText("Report received")).isVisible();
            assertThat(page.locator(".photos img")).hasCount(1);
            shoot(page, "03-receipt");
            String code = page.url().substring(page.url().lastIndexOf('/') + 1);
            // scaled down on the phone before it was sent
            assertThat(sql.number("select max(greatest(ph.width, ph.height)) from report_photo p join report r "
                    + "on r.id = p.report_id join photo ph on ph.id = p.photo_id where r.receipt_code = ?1", code)).isEqualTo(1600);
        }
    }

    @Test
    void aTallyThatDoesNotAddUpShowsTheCheckBesideTheLines() {
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "observer");
            page.navigate(app + "observer/stations/180003/tally?ballot=PARTY_LIST");
            String[] protocol = { "2546", "2600", "1500", "1100", "1498", "18" };
            String[] fields = { "registeredVoters", "ballotsReceived", "ballotsIssued", "ballotsUnused", "ballotsFound",
                    "ballotsInvalid" };
            for (int i = 0; i < fields.length; i++) {
                page.locator("#f-" + fields[i]).fill(protocol[i]);
            }
            // one vote too many: the votes and the invalid ballots no longer make the ballots found
            String[] votes = { "901", "120", "150", "80", "60", "90", "40", "40" };
            for (int i = 0; i < votes.length; i++) {
                page.locator("#f-votes-" + i).fill(votes[i]);
            }
            shoot(page, "06-tally-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
            assertThat(page.locator("#e-f-ballotsFound"))
                    .containsText("The votes and the invalid ballots together must make the ballots found in the boxes.");
            assertThat(page.locator("#f-votes-0")).hasValue("901");
            shoot(page, "07-tally-check-failed");
            page.locator("#f-comment").fill("The protocol as posted says 901 for the first party.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/tallies/[3-9A-Y]{4}-[3-9A-Y]{4}"));
            shoot(page, "08-tally-flagged-receipt");
            String code = page.url().substring(page.url().lastIndexOf('/') + 1);
            assertThat(sql.number("select count(*) from tally where receipt_code = ?1 and flagged", code)).isEqualTo(1);
        }
    }

    @Test
    void aReportSentOfflineIsQueuedAndSentOnceWhenTheNetworkIsBack() {
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "observer");
            page.navigate(app + "observer/stations/180002/report");
            page.evaluate("() => navigator.serviceWorker.ready");
            String submission = page.locator("input[name=submissionId]").inputValue();
            fillIncident(page, "Sent from a basement without network");

            context.setOffline(true);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")).click();
            assertThat(page.locator("#queue-banner")).containsText("1 form(s) waiting on this phone");
            shoot(page, "04-offline-queued");
            assertThat(sql.number("select count(*) from report where submission_id = cast(?1 as uuid)", submission)).isZero();

            context.setOffline(false);
            page.evaluate("() => window.dispatchEvent(new Event('online'))");
            assertThat(page.locator("#queue-banner")).containsText("1 queued form(s) sent.");
            shoot(page, "05-back-online-sent");

            // another page load finds nothing left to send: still one report
            page.navigate(app + "observer");
            page.waitForTimeout(1000);
            assertThat(sql.number("select count(*) from report where submission_id = cast(?1 as uuid)", submission))
                    .isEqualTo(1);
            assertThat(page.locator("#queue-banner")).isHidden();
        }
    }

    @Test
    void aReportQueuedByOneObserverIsNeverSentUnderTheNextOnTheSamePhone() {
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "observer");
            page.navigate(app + "observer/stations/180003/report");
            page.evaluate("() => navigator.serviceWorker.ready");
            String submission = page.locator("input[name=submissionId]").inputValue();
            fillIncident(page, "Queued by Anna on a shared phone");
            // the network fails exactly when the report goes out
            context.route(url -> url.contains("/report"), route -> {
                if ("POST".equals(route.request().method())) {
                    route.abort();
                } else {
                    route.resume();
                }
            });
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")).click();
            assertThat(page.locator("#queue-banner")).containsText("1 form(s) waiting on this phone");

            // still without network for reports, Anna signs out; the phone passes to the next observer
            page.navigate(app + "signout");
            page.waitForURL(signedOut());
            context.unrouteAll();
            assertThat(page.evaluate("""
                    () => caches.keys().then(names => Promise.all(names.map(n => caches.open(n).then(c => c.keys()))))
                        .then(lists => lists.flat().filter(r => !new URL(r.url).pathname.startsWith('/static/')).length)
                    """)).as("the observer's pages kept for offline use are gone").isEqualTo(0);
            Page other = signIn(context, "observer2");
            assertThat(other.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Aigerim Nurlanovna Seitkali"))).isVisible();
            other.waitForTimeout(1500);
            assertThat(other.locator("#queue-banner")).isHidden();
            shoot(other, "09-shared-phone-next-observer");
            assertThat(sql.number("select count(*) from report where submission_id = cast(?1 as uuid)", submission)).isZero();

            other.navigate(app + "signout");
            other.waitForURL(signedOut());
            Page back = signIn(context, "observer");
            assertThat(back.locator("#queue-banner")).containsText("1 queued form(s) sent.");
            assertThat(sql.number("select count(*) from report r join accreditation a on a.id = r.accreditation_id "
                    + "where r.submission_id = cast(?1 as uuid) and a.login = 'observer'", submission)).isEqualTo(1);
        }
    }
}
