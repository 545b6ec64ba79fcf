package org.observer.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.observer.review.ReviewFixture;
import org.observer.support.DemoData;
import org.observer.support.Sql;

/**
 * The findings report's figures against the tests' own SQL, its PDF read back with PDFBox in Russian
 * and Kazakh, its audit line, and who may see it.
 */
@QuarkusTest
class FindingsReportTest {
    @Inject
    ReviewFixture fixture;
    @Inject
    Sql sql;

    /** Reports of a marker of their own: three verified (two critical), one critical not yet verified. */
    private String reportsWithMarker() {
        String marker = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        List<String> severities = List.of("CRITICAL", "CRITICAL", "SERIOUS", "CRITICAL", "MINOR");
        for (int i = 0; i < severities.size(); i++) {
            String code = fixture.report("observer", "180002", "BALLOT_STUFFING", i < 2 ? "VOTING" : "COUNTING",
                    severities.get(i), ReviewFixture.NOON.plusMinutes(5L * i), "Урна вскрыта до подсчёта " + i + " " + marker);
            if (i != 3) {
                sql.update("update report set status = 'VERIFIED' where receipt_code = ?1", code);
            }
        }
        return marker;
    }

    private long electionId() {
        return sql.number("select id from election where code = ?1", DemoData.CODE);
    }

    private static String number(String html, String pattern) {
        Matcher m = Pattern.compile(pattern, Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(pattern).isTrue();
        return m.group(1);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void pageFiguresAreTheSqlAggregatesOfTheFilter() {
        String marker = reportsWithMarker();
        String html = given().get("/review/findings?q=" + marker).then().statusCode(200)
                .contentType("text/html").extract().asString();
        for (String code : sql.texts("select code from ballot_line where election_id = ?1", electionId())) {
            assertThat(Long.parseLong(number(html, "<tr data-code=\"" + code + "\">.*?data-votes=\"(\\d+)\"")))
                    .as(code).isEqualTo(sql.number("""
                            select coalesce(sum(l.votes), 0) from official_line l join ballot_line b on b.id = l.ballot_line_id
                            where b.election_id = ?1 and b.code = ?2""", electionId(), code));
        }
        String verified = """
                select count(*) from report where latest and status = 'VERIFIED' and severity = ?1
                and strpos(description, ?2) > 0""";
        assertThat(Long.parseLong(number(html, "data-critical=\"(\\d+)\""))).isEqualTo(2)
                .isEqualTo(sql.number(verified, "CRITICAL", marker));
        assertThat(Long.parseLong(number(html, "data-serious=\"(\\d+)\""))).isEqualTo(1)
                .isEqualTo(sql.number(verified, "SERIOUS", marker));
        assertThat(html).contains("Урна вскрыта до подсчёта 0 " + marker).doesNotContain("Урна вскрыта до подсчёта 3 " + marker);
        // by phase: two in voting, three in counting, in the order of election day
        assertThat(number(html, "<table id=\"by-phase\">.*?Voting.*?data-reports=\"(\\d+)\"")).isEqualTo("2");
        assertThat(number(html, "<table id=\"by-phase\">.*?Counting.*?data-reports=\"(\\d+)\"")).isEqualTo("3");
        assertThat(Long.parseLong(number(html, "<table id=\"by-category\">.*?data-reports=\"(\\d+)\"")))
                .isEqualTo(sql.number("select count(*) from report where latest and strpos(description, ?1) > 0", marker));
        // styles only from the app's stylesheet: the CSP refuses inline ones (FindingsPrintTest applies it in a browser)
        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/static/findings.css\"")
                .doesNotContain("<style").doesNotContain(" style=\"")
                .contains("href=\"/review/findings.pdf?q=" + marker + "\"");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void theChartsOfThePageArePrintedInThePdf() throws Exception {
        String marker = reportsWithMarker();
        String html = given().get("/review/findings?q=" + marker).then().statusCode(200).extract().asString();
        assertThat(html).contains("aria-label=\"Results\"").contains("aria-label=\"Stations by turnout (%)\"");
        // by phase: 2 reports in voting (2 verified), 3 in counting (2 verified): bars of 120 px for the most
        String voting = number(html, "<table id=\"by-phase\">.*?Voting(.*?)</tr>");
        assertThat(voting).contains("<rect width=\"80\" height=\"12\" fill=\"#5e81ac\">")
                .contains("<rect width=\"80\" height=\"12\" fill=\"#1a3a6b\">");
        String counting = number(html, "<table id=\"by-phase\">.*?Counting(.*?)</tr>");
        assertThat(counting).contains("<rect width=\"120\" height=\"12\" fill=\"#5e81ac\">")
                .contains("<rect width=\"80\" height=\"12\" fill=\"#1a3a6b\">");
        for (String table : List.of("by-category", "by-region")) {
            assertThat(number(html, "<table id=\"" + table + "\">(.*?)</table>")).contains("<svg").contains("#1a3a6b");
        }

        byte[] pdf = given().get("/review/findings.pdf?q=" + marker).then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> filled = filledColours(document);
            // the national bars in each ballot line's colour, the turnout columns, the bars of the counts
            assertThat(filled).containsAll(sql.texts("select lower(colour) from ballot_line where election_id = ?1",
                    electionId()));
            assertThat(filled).contains("#0b5cad", "#5e81ac", "#1a3a6b");
        }
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void stationListsFollowTheFiltersPlace() {
        String station = sql.text("""
                select s.number from polling_station s where s.election_id = ?1
                and not exists (select 1 from station_assignment a where a.station_id = s.id)
                and not exists (select 1 from report r where r.station_id = s.id)
                and not exists (select 1 from tally t where t.station_id = s.id) order by s.number limit 1""", electionId());
        String html = given().get("/review/findings?station=" + station).then().statusCode(200).extract().asString();
        assertThat(number(html, "<p id=\"unobserved\" data-count=\"(\\d+)\"")).isEqualTo("1");
        String observed = given().get("/review/findings?station=180002").then().statusCode(200).extract().asString();
        assertThat(number(observed, "<p id=\"unobserved\" data-count=\"(\\d+)\"")).isEqualTo("0");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-admin"), @Claim(key = "name", value = "Ada Admin") })
    void pdfInRussianHasThePartyNamesInCyrillicWithTheFontEmbeddedAndIsAudited() throws Exception {
        String marker = reportsWithMarker();
        byte[] pdf = given().header("Accept-Language", "ru").get("/review/findings.pdf?q=" + marker).then()
                .statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("findings-q-" + marker + ".pdf"))
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("Отчёт о выводах наблюдения").contains("Урна вскрыта до подсчёта 0 " + marker);
            for (String name : sql.texts("select name_ru from ballot_line where election_id = ?1", electionId())) {
                assertThat(text).contains(name.replaceAll("\\s+", " "));
            }
            assertThat(fonts(document)).isNotEmpty().allMatch(f -> f.isEmbedded() && f.getName().contains("DejaVu"));
            // A4, as the stylesheet's @page asks (openhtmltopdf's default too, so the margin below is the proof)
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
            }
            // the stylesheet reached the printer with its print rules: the body loses the screen's padding, so
            // text starts at the @page side margin of 15 mm (42.5 pt), not 12 pt further in
            assertThat(leftmostText(document)).isCloseTo(15 / 25.4f * 72, Offset.offset(2f));
        }
        assertThat(sql.number("""
                select count(*) from audit_event where action = 'EXPORTED' and subject_type = 'EXPORT'
                and actor_subject = 'sub-admin' and from_value = ?1 and to_value like ?2""",
                "findings-q-" + marker + ".pdf q=" + marker, "bytes=" + pdf.length + " sha256=%")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void pdfInKazakhPrintsKazakhLetters() throws Exception {
        byte[] pdf = given().cookie("lang", "kk").get("/review/findings.pdf").then().statusCode(200).extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("Байқау қорытындылары туралы есеп").contains("Өңірлер бойынша");
            for (String name : sql.texts("select name_kk from ballot_line where election_id = ?1", electionId())) {
                assertThat(text).contains(name.replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    @TestSecurity(user = "observer", roles = "observer")
    void observersMayNotSeeIt() {
        given().get("/review/findings").then().statusCode(403);
        given().get("/review/findings.pdf").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void coordinatorsMayNotSeeIt() {
        given().get("/review/findings").then().statusCode(403);
        given().get("/review/findings.pdf").then().statusCode(403);
    }

    /** The text of every page, runs of white space as one space: a table cell may wrap a long name. */
    private static String text(PDDocument document) throws Exception {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    /**
     * The colours of every filled shape drawn on the document's pages, as #rrggbb: the charts are vector
     * shapes (their labels too), so their colours are what shows they were printed.
     */
    private static Set<String> filledColours(PDDocument document) throws Exception {
        Set<String> colours = new HashSet<>();
        for (PDPage page : document.getPages()) {
            new PDFGraphicsStreamEngine(page) {
                @Override
                public void fillPath(int windingRule) throws IOException {
                    colours.add("#%06x".formatted(getGraphicsState().getNonStrokingColor().toRGB() & 0xffffff));
                }

                @Override
                public void fillAndStrokePath(int windingRule) throws IOException {
                    fillPath(windingRule);
                }

                @Override
                public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                }

                @Override
                public void drawImage(PDImage pdImage) {
                }

                @Override
                public void clip(int windingRule) {
                }

                @Override
                public void moveTo(float x, float y) {
                }

                @Override
                public void lineTo(float x, float y) {
                }

                @Override
                public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                }

                @Override
                public Point2D getCurrentPoint() {
                    return new Point2D.Float();
                }

                @Override
                public void closePath() {
                }

                @Override
                public void endPath() {
                }

                @Override
                public void strokePath() {
                }

                @Override
                public void shadingFill(COSName shadingName) {
                }
            }.processPage(page);
        }
        return colours;
    }

    /** Where the leftmost letter of the document starts, in points from the page's left edge. */
    private static float leftmostText(PDDocument document) throws Exception {
        float[] least = { Float.MAX_VALUE };
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    least[0] = Math.min(least[0], p.getXDirAdj());
                }
            }
        };
        stripper.getText(document);
        return least[0];
    }

    private static List<PDFont> fonts(PDDocument document) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
