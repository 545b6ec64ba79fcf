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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
    @Inject
    ProtocolCopies protocolCopies;

    /** Reports of a marker of their own: three verified (two critical), one critical not yet verified. */
    private String reportsWithMarker() {
        String marker = marker();
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

    /** Reports of a marker at 180002 (Astana) and at a station of another region; returns that station. */
    private String reportsAtTwoStations(String marker) {
        String other = sql.text("""
                select number from polling_station where election_id = ?1 and unit_id <>
                (select unit_id from polling_station where election_id = ?1 and number = '180002') order by number limit 1""",
                electionId());
        Object[][] reports = {
                { "180002", "VOTING", "CRITICAL", 5, true, "a1" }, { other, "VOTING", "CRITICAL", 0, true, "b1" },
                { "180002", "COUNTING", "SERIOUS", 10, true, "a2" }, { other, "COUNTING", "MINOR", 20, true, "b2" },
                { "180002", "COUNTING", "CRITICAL", 30, false, "a3" } };
        for (Object[] r : reports) {
            String code = fixture.report("observer", (String) r[0], "BALLOT_STUFFING", (String) r[1], (String) r[2],
                    ReviewFixture.NOON.plusMinutes((Integer) r[3]), "Карусель " + r[5] + " " + marker);
            if ((Boolean) r[4]) {
                sql.update("update report set status = 'VERIFIED' where receipt_code = ?1", code);
            }
        }
        return other;
    }

    private static String marker() {
        return "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static List<String> all(String html, String pattern) {
        Matcher m = Pattern.compile(pattern, Pattern.DOTALL).matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            List<String> groups = new ArrayList<>();
            for (int g = 1; g <= m.groupCount(); g++) {
                groups.add(m.group(g));
            }
            found.add(String.join("|", groups));
        }
        return found;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void irregularitiesByRegionAreTheSqlCountsInTheRegionsOrder() {
        String marker = marker();
        reportsAtTwoStations(marker);
        String html = given().get("/review/findings?q=" + marker).then().statusCode(200).extract().asString();
        String table = number(html, "<table id=\"by-region\">(.*?)</table>");
        List<String> expected = sql.rows("""
                select u.name_en, count(*), count(*) filter (where r.status = 'VERIFIED')
                from report r join polling_station s on s.id = r.station_id join administrative_unit u on u.id = s.unit_id
                where r.latest and strpos(r.description, ?1) > 0 group by u.code, u.name_en order by u.code""", marker)
                .stream().map(r -> r[0] + "|" + r[1] + "|" + r[2]).toList();
        // by hand: 3 reports (2 verified) in Astana's region, 2 (both verified) in the other
        assertThat(expected).hasSize(2).anyMatch(r -> r.endsWith("|3|2")).anyMatch(r -> r.endsWith("|2|2"));
        assertThat(all(table, "<tr><td>([^<]*)</td><td class=\"num\" data-reports=\"(\\d+)\">[^<]*</td><td class=\"num\">(\\d+)</td>")
                .stream().map(FindingsReportTest::unescape).toList()).isEqualTo(expected);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void verifiedIncidentsShowTheirStationAndTimeInTheElectionsZone() {
        String marker = marker();
        String other = reportsAtTwoStations(marker);
        String html = given().get("/review/findings?q=" + marker).then().statusCode(200).extract().asString();
        // the election's zone is where most stations are (in 2023 Astana was UTC+6, as is ReviewFixture.NOON)
        ZoneId zone = ZoneId.of(sql.text("""
                select coalesce(s.time_zone, u.time_zone) from polling_station s join administrative_unit u on u.id = s.unit_id
                where s.election_id = ?1 group by 1 order by count(*) desc limit 1""", electionId()));
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        // critical before serious, the latest first; the minor one and the one not verified are left out
        assertThat(all(number(html, "<table id=\"incidents\">(.*?)</table>"),
                "<tr data-severity=\"(\\w+)\"><td>(\\d+)</td><td>([^<]*)</td><td>[^<]*</td><td>[^<]*</td><td>Карусель (\\w+) ")).containsExactly(
                        "CRITICAL|180002|" + local.format(ReviewFixture.NOON.plusMinutes(5).atZoneSameInstant(zone)) + "|a1",
                        "CRITICAL|" + other + "|" + local.format(ReviewFixture.NOON.atZoneSameInstant(zone)) + "|b1",
                        "SERIOUS|180002|" + local.format(ReviewFixture.NOON.plusMinutes(10).atZoneSameInstant(zone)) + "|a2");
        assertThat(local.format(ReviewFixture.NOON.atZoneSameInstant(zone))).isEqualTo("2023-03-19 12:00");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void turnoutThresholdAndSeatsAreThoseOfTheProtocolsByTheElectionsRule() {
        String html = given().get("/review/findings").then().statusCode(200).extract().asString();
        long election = electionId();
        Object[] turnout = sql.rows("""
                select sum(p.registered_voters), sum(p.ballots_issued) from official_protocol p
                join polling_station s on s.id = p.station_id where s.election_id = ?1 and p.ballot = 'PARTY_LIST'""",
                election).get(0);
        long registered = ((Number) turnout[0]).longValue();
        long issued = ((Number) turnout[1]).longValue();
        assertThat(number(html, "<p id=\"turnout\">.*?([\\d,]+) ballots issued to ([\\d,]+) registered.*?</p>")
                .replace(",", "")).isEqualTo(String.valueOf(issued));
        assertThat(number(html, "<p id=\"turnout\">.*? to ([\\d,]+) registered").replace(",", ""))
                .isEqualTo(String.valueOf(registered));
        assertThat(number(html, "<p id=\"turnout\">.*?: ([\\d.]+)%</p>")).isEqualTo(BigDecimal.valueOf(issued * 100)
                .divide(BigDecimal.valueOf(registered), 2, RoundingMode.HALF_UP).toPlainString());

        // the demo's rule: 5% of the votes for parties and against all, seats by largest remainder (Hare)
        assertThat(sql.text("select threshold_base || ' ' || seat_method || ' ' || threshold_percent from election where id = ?1",
                election)).isEqualTo("PARTIES_AND_AGAINST_ALL LARGEST_REMAINDER_HARE 5.00");
        Map<String, Long> votes = new LinkedHashMap<>();
        List<String> parties = new ArrayList<>();
        for (Object[] r : sql.rows("""
                select b.code, b.kind, coalesce(sum(l.votes), 0) from ballot_line b left join official_line l on l.ballot_line_id = b.id
                where b.election_id = ?1 group by b.code, b.kind, b.position order by b.position""", election)) {
            votes.put((String) r[0], ((Number) r[2]).longValue());
            if ("PARTY".equals(r[1])) {
                parties.add((String) r[0]);
            }
        }
        long base = votes.values().stream().mapToLong(Long::longValue).sum();
        long thresholdVotes = (5 * base + 99) / 100;
        assertThat(number(html, "<p id=\"threshold\">.*?that is ([\\d,]+) votes").replace(",", ""))
                .isEqualTo(String.valueOf(thresholdVotes));
        assertThat(number(html, "<p id=\"threshold\">Threshold: ([\\d.]+)%")).isEqualTo("5.00");

        int seats = (int) sql.number("select list_seats from election where id = ?1", election);
        List<String> passing = parties.stream().filter(p -> votes.get(p) * 100 >= 5 * base).toList();
        long qualifying = passing.stream().mapToLong(votes::get).sum();
        Map<String, Long> expected = new LinkedHashMap<>();
        parties.forEach(p -> expected.put(p, passing.contains(p) ? votes.get(p) * seats / qualifying : 0));
        long free = seats - expected.values().stream().mapToLong(Long::longValue).sum();
        passing.stream().sorted(java.util.Comparator.comparingDouble(
                (String p) -> -((double) votes.get(p) * seats / qualifying - votes.get(p) * seats / qualifying)))
                .limit(free).forEach(p -> expected.merge(p, 1L, Long::sum));
        assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(seats);
        assertThat(parties).hasSizeGreaterThan(passing.size()); // one party below the threshold, with no seat
        for (String party : parties) {
            assertThat(Long.parseLong(number(html, "<tr data-code=\"" + party + "\">.*?data-seats=\"(\\d+)\"")))
                    .as(party).isEqualTo(expected.get(party));
        }
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void theMethodNotesSayHowEachFigureWasMade() throws Exception {
        String html = given().get("/review/findings").then().statusCode(200).extract().asString();
        String method = unescape(number(html, "<h2>Method</h2>\\s*<ul>(.*?)</ul>"));
        Properties english = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/findings_en.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : List.of("method_results", "method_reports", "method_stations", "method_times")) {
            assertThat(method).as(key).contains("<li>" + english.getProperty(key) + "</li>");
        }
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void stationsWhoseProtocolDiffersAreThoseOfTheTestsOwnComparison() {
        long election = electionId();
        List<String> free = protocolCopies.stationsWithoutCopies(2);
        // a copy unlike the protocol only in its unused ballots, and a copy exactly like it
        List<ProtocolCopies.Copy> copies = List.of(protocolCopies.copy(free.get(0), "observer", 1, 0, false),
                protocolCopies.copy(free.get(1), "observer", 0, 0, false));
        try {
            String differs = given().get("/review/findings?station=" + free.get(0)).then().statusCode(200).extract()
                    .asString();
            assertThat(all(differs, "<tr data-station=\"(\\d+)\">.*?<td class=\"num\">(\\d+)</td>"))
                    .containsExactly(free.get(0) + "|1");
            String same = given().get("/review/findings?station=" + free.get(1)).then().statusCode(200).extract()
                    .asString();
            assertThat(same).doesNotContain("<table id=\"differs\">");

            // the whole election: every station where a copy's figures or lines are not the protocol's
            List<String> expected = sql.rows("""
                    select s.number, count(*) from tally t
                    join official_protocol p on p.station_id = t.station_id and p.ballot = t.ballot
                    join polling_station s on s.id = t.station_id
                    where s.election_id = ?1 and (
                      array[t.registered_voters, t.ballots_received, t.ballots_issued, t.ballots_unused, t.ballots_found, t.ballots_invalid]
                      <> array[p.registered_voters, p.ballots_received, p.ballots_issued, p.ballots_unused, p.ballots_found, p.ballots_invalid]
                      or exists (select tl.ballot_line_id, tl.candidate_id, tl.votes from tally_line tl where tl.tally_id = t.id
                                 except select l.ballot_line_id, l.candidate_id, l.votes from official_line l where l.protocol_id = p.id))
                    group by s.number order by s.number""", election).stream().map(r -> r[0] + "|" + r[1]).toList();
            assertThat(expected).contains(free.get(0) + "|1").noneMatch(r -> r.startsWith(free.get(1) + "|"))
                    .hasSizeGreaterThan(10);
            String html = given().get("/review/findings").then().statusCode(200).extract().asString();
            assertThat(all(number(html, "<table id=\"differs\">(.*?)</table>"),
                    "<tr data-station=\"(\\d+)\">.*?<td class=\"num\">(\\d+)</td>")).isEqualTo(expected);
        } finally {
            protocolCopies.delete(copies);
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
        var response = given().header("Accept-Language", "ru").get("/review/findings.pdf?q=" + marker).then()
                .statusCode(200).contentType("application/pdf").extract();
        byte[] pdf = response.asByteArray();
        // named as the other exports are: what, the filter in short, when (UTC, to the minute)
        String file = number(response.header("Content-Disposition"), "filename=\"([^\"]+)\"");
        assertThat(file).matches("findings-q-" + marker + "-\\d{8}T\\d{4}Z\\.pdf");
        OffsetDateTime stamp = LocalDateTime.parse(file.substring(file.length() - 18, file.length() - 5),
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm")).atOffset(ZoneOffset.UTC);
        assertThat(Duration.between(stamp, OffsetDateTime.now(ZoneOffset.UTC)).abs()).isLessThan(Duration.ofMinutes(10));
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
                file + " q=" + marker, "bytes=" + pdf.length + " sha256=%")).isEqualTo(1);
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
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void aDescriptionWithCharactersXmlForbidsStillPrints() throws Exception {
        String marker = marker();
        // pasted from Word: a vertical tab for a line break, a bell, a form feed (PostgreSQL refuses U+0000 itself)
        String code = fixture.report("observer", "180002", "BALLOT_STUFFING", "COUNTING", "CRITICAL",
                ReviewFixture.NOON, "Протокол\u000Bподписан\u0007заранее\u000C " + marker);
        sql.update("update report set status = 'VERIFIED' where receipt_code = ?1", code);
        byte[] pdf = given().get("/review/findings.pdf?q=" + marker).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(text(document)).contains("Протокол подписан заранее " + marker);
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
