package org.observer.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observer.support.Chromium;

/**
 * The findings page in Debian's Chromium, under the app's own Content-Security-Policy: its stylesheet
 * applies on screen, its print rules apply when printed (the links go, the charts stay, the page is A4). The page is
 * fetched as a signed-in reviewer (the browser has no session of its own here) and handed to the
 * browser with the app's response headers; the stylesheet comes from the app itself.
 */
@QuarkusTest
class FindingsPrintTest {
    static Chromium chromium;

    @TestHTTPResource("/")
    URL app;

    @BeforeAll
    static void launch() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static String style(Page page, String selector, String property) {
        return (String) page.evaluate("([s, p]) => getComputedStyle(document.querySelector(s)).getPropertyValue(p)",
                List.of(selector, property));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void theStylesheetAppliesUnderTheCspAndItsPrintRulesWhenPrinted() throws Exception {
        Response response = given().get("/review/findings").then().statusCode(200).extract().response();
        Map<String, String> headers = new LinkedHashMap<>();
        response.getHeaders().forEach(h -> headers.put(h.getName(), h.getValue()));
        assertThat(headers.get("Content-Security-Policy")).contains("style-src 'self'");
        String html = response.asString();

        List<String> refused = new ArrayList<>();
        try (Page page = chromium.browser().newPage()) {
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    refused.add(m.text());
                }
            });
            page.route(app + "review/findings", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                    .setHeaders(headers).setBody(html)));
            page.navigate(app + "review/findings");
            page.waitForLoadState();

            assertThat(style(page, "body", "font-family")).contains("DejaVu Sans");
            assertThat(style(page, "body", "max-width")).isEqualTo("960px");
            assertThat(style(page, "nav", "display")).isEqualTo("block");
            assertThat(style(page, "h2", "border-bottom-style")).isEqualTo("solid");

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(style(page, "nav", "display")).isEqualTo("none");
            assertThat(style(page, "body", "max-width")).isEqualTo("none");
            assertThat(style(page, "svg.chart", "display")).as("charts are printed").isEqualTo("block");

            // @page { size: A4 } when the browser prints it: Chromium's own default is US Letter
            byte[] printed = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
            try (PDDocument pdf = Loader.loadPDF(printed)) {
                PDRectangle size = pdf.getPage(0).getMediaBox();
                assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            }
        }
        assertThat(refused).as("nothing refused by the Content-Security-Policy").isEmpty();
    }
}
