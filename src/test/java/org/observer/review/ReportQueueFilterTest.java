package org.observer.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observer.demo.DemoReports;
import org.observer.election.Election;
import org.observer.support.Sql;

/**
 * Each filter, and filters together, give exactly the reports that a query written here, independently
 * of the app's SQL, finds: through the JSON API, page after page, in the queue's order.
 */
@QuarkusTest
@TestSecurity(user = "reviewer", roles = "reviewer")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer") })
class ReportQueueFilterTest {
    /** The latest version of each report, written without the app's "latest" column. */
    static final String LATEST = """
            from report r
            join polling_station s on s.id = r.station_id
            join administrative_unit u on u.id = s.unit_id
            join district d on d.id = s.district_id
            join incident_category c on c.id = r.category_id
            join accreditation a on a.id = r.accreditation_id
            where r.election_id = (select id from election where active)
              and r.version = (select max(v.version) from report v where coalesce(v.original_id, v.id) = coalesce(r.original_id, r.id))
            """;

    @Inject
    Sql sql;
    @Inject
    DemoReports demoReports;
    @Inject
    ReviewFixture fixture;

    static boolean prepared;

    @BeforeEach
    void reports() {
        if (prepared) {
            return;
        }
        prepared = true;
        demoReports.generate(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(Election::requireActive), 600, 7);
        fixture.report("observer", "180003", "BALLOT_STUFFING", "COUNTING", "CRITICAL", ReviewFixture.NOON,
                "Вброс бюллетеней: пачка в урне №2, \"box 2\"");
        fixture.report("observer2", "190001", "BOX_NOT_SEALED", "OPENING", "SERIOUS",
                ReviewFixture.NOON.minusHours(4), "Жәшік мөрленбеген, урна не опечатана");
        // a protocol copy that failed a check, so the "flagged" filter has a station to find
        sql.update("""
                insert into tally (election_id, submission_id, receipt_code, station_id, accreditation_id, station_assigned,
                    ballot, registered_voters, ballots_received, ballots_issued, ballots_unused, ballots_found,
                    ballots_invalid, failed_checks, comment, flagged)
                select e.id, gen_random_uuid(), 'FLAGTEST1', s.id, a.id, true, 'PARTY_LIST', 1000, 900, 600, 300, 650, 5,
                    '{FOUND_EXCEEDS_ISSUED}', 'the count was off', true
                from election e join polling_station s on s.election_id = e.id and s.number = '180003'
                join accreditation a on a.election_id = e.id and a.login = 'observer'
                where e.active on conflict do nothing""");
    }

    /** Every receipt code the API lists for the query (values as typed), following "next" to the last page. */
    static List<String> api(String query) {
        List<String> codes = new ArrayList<>();
        String url = "/api/reports" + (query.isEmpty() ? "" : "?" + encoded(query));
        while (url != null) {
            JsonPath page = given().urlEncodingEnabled(false).accept("application/json").get(url).then().statusCode(200)
                    .extract().jsonPath();
            codes.addAll(page.getList("reports.receiptCode", String.class));
            url = page.getString("next");
        }
        return codes;
    }

    static String encoded(String query) {
        return java.util.Arrays.stream(query.split("&")).map(pair -> pair.substring(0, pair.indexOf('=') + 1)
                + java.net.URLEncoder.encode(pair.substring(pair.indexOf('=') + 1), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    List<String> expected(String where, Object... params) {
        return sql.texts("select r.receipt_code " + LATEST + where + " order by r.observed_at desc, r.id desc", params);
    }

    @Test
    void withoutAFilterEveryReportOnceInItsLatestVersion() {
        List<String> all = expected("");
        assertThat(all.size()).isGreaterThan(ReportQueue.PAGE_SIZE * 3);
        assertThat(api("")).containsExactlyElementsOf(all);
    }

    @Test
    void eachFilterAlone() {
        long osce = sql.number("select id from organisation where name = 'OSCE/ODIHR'");
        // a region, not a city: the one with the most reports, whose stations are in several districts
        String region = sql.text("select u.code " + LATEST + " and u.kind = 'REGION' group by u.code order by count(*) desc, u.code limit 1");
        int all = expected("").size();
        for (String[] filter : new String[][] {
                { "status=NEW", "and r.status = 'NEW'" },
                { "severity=CRITICAL&severity=SERIOUS", "and r.severity in ('CRITICAL', 'SERIOUS')" },
                { "phase=COUNTING", "and r.phase = 'COUNTING'" },
                { "category=BALLOT_STUFFING", "and c.code = 'BALLOT_STUFFING'" },
                { "unit=ASTANA", "and u.code = 'ASTANA'" },
                { "unit=" + region, "and u.code = '" + region + "'" },
                { "district=3", "and d.number = 3" },
                { "station=180003", "and s.number = '180003'" },
                { "organisation=" + osce, "and a.organisation_id = " + osce },
                { "kind=DOMESTIC", "and a.kind = 'DOMESTIC'" },
                { "photos=yes", """
                        and exists (select 1 from report_photo p join report v on v.id = p.report_id
                                    where v.id = r.id or v.id = r.original_id or v.original_id = r.original_id)""" },
                { "flagged=yes", "and s.id in (select station_id from tally where cardinality(failed_checks) > 0)" },
                { "flagged=no", "and s.id not in (select station_id from tally where cardinality(failed_checks) > 0)" } }) {
            List<String> expected = expected(filter[1]);
            // each filter finds some reports and leaves some out, so an ignored filter cannot pass
            assertThat(expected).as(filter[0]).isNotEmpty().hasSizeLessThan(all);
            assertThat(api(filter[0])).as(filter[0]).containsExactlyElementsOf(expected);
        }
        assertThat(api("q=вброс")).hasSize(1).containsExactlyElementsOf(expected("and r.description ilike '%вброс%'"));
        assertThat(api("q=мөрленбеген")).hasSize(1);
        assertThat(api("q=\"box 2\"")).hasSize(1).containsExactlyElementsOf(expected("and r.description like '%box 2%'"));
    }

    @Test
    void aTimeRangeIsReadInTheZoneOfMostStations() {
        String zone = sql.text("""
                select coalesce(s.time_zone, u.time_zone) from polling_station s join administrative_unit u on u.id = s.unit_id
                where s.election_id = (select id from election where active) group by 1 order by count(*) desc limit 1""");
        int all = expected("").size();
        List<String> range = expected("""
                and r.observed_at >= (timestamp '2023-03-19 10:00' at time zone ?1)
                and r.observed_at < (timestamp '2023-03-19 14:00' at time zone ?1)""", zone);
        List<String> fromOnly = expected("and r.observed_at >= (timestamp '2023-03-19 20:15' at time zone ?1)", zone);
        List<String> toOnly = expected("and r.observed_at < (timestamp '2023-03-19 08:01' at time zone ?1)", zone);
        for (List<String> expected : List.of(range, fromOnly, toOnly)) {
            assertThat(expected).isNotEmpty().hasSizeLessThan(all);
        }
        assertThat(api("from=2023-03-19T10:00&to=2023-03-19T13:59")).containsExactlyElementsOf(range);
        assertThat(api("from=2023-03-19T20:15")).containsExactlyElementsOf(fromOnly);
        assertThat(api("to=2023-03-19T08:00")).containsExactlyElementsOf(toOnly);
    }

    @Test
    void filtersCombine() {
        assertThat(api("status=NEW&status=IN_REVIEW&severity=CRITICAL&phase=COUNTING&phase=TABULATION&photos=no"))
                .containsExactlyElementsOf(expected("""
                        and r.status in ('NEW', 'IN_REVIEW') and r.severity = 'CRITICAL'
                        and r.phase in ('COUNTING', 'TABULATION')
                        and not exists (select 1 from report_photo p join report v on v.id = p.report_id
                                        where v.id = r.id or v.id = r.original_id or v.original_id = r.original_id)"""));
        assertThat(api("unit=ASTANA&kind=INTERNATIONAL&category=BALLOT_STUFFING&flagged=yes"))
                .containsExactlyElementsOf(expected("""
                        and u.code = 'ASTANA' and a.kind = 'INTERNATIONAL' and c.code = 'BALLOT_STUFFING'
                        and s.id in (select station_id from tally where cardinality(failed_checks) > 0)"""));
    }

    @Test
    void sortsBySeverityAndByStation() {
        assertThat(api("sort=SEVERITY&unit=ASTANA")).containsExactlyElementsOf(sql.texts("select r.receipt_code " + LATEST
                + " and u.code = 'ASTANA' order by array_position(array['CRITICAL','SERIOUS','MINOR','INFO'], r.severity::text),"
                + " r.observed_at desc, r.id desc"));
        assertThat(api("sort=STATION&severity=CRITICAL")).containsExactlyElementsOf(sql.texts("select r.receipt_code " + LATEST
                + " and r.severity = 'CRITICAL' order by s.number, r.observed_at desc, r.id desc"));
    }

    @Test
    void theQueuePageShowsTheSameReportsAndKeepsTheFilterInItsLinks() {
        List<String> all = api("status=NEW&severity=CRITICAL");
        String page = given().get("/review/reports?severity=CRITICAL&status=NEW&page=1").then().statusCode(200)
                .extract().asString();
        all.subList(0, 5).forEach(code -> assertThat(page).contains(code));

        // "this view as JSON" opens in the browser the reviewer is signed in with: never under the paths that
        // take bearer tokens only, and it holds every page of the view
        String json = page.replaceAll("(?s).*<a href=\"([^\"]+)\">This view as JSON.*", "$1").replace("&amp;", "&");
        assertThat(json).isEqualTo("/exports/reports.json?severity=CRITICAL&status=NEW");
        String bearerOnly = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.oidc.api.tenant-paths", String.class);
        assertThat(json).doesNotStartWith(bearerOnly.replace("*", ""));
        assertThat(given().get(json).then().statusCode(200).contentType(containsString("json")).extract().jsonPath()
                .getList("receipt_code", String.class)).containsExactlyElementsOf(all);
        // a parameter that cannot be read is said next to its field, the rest of the filter still applies
        given().get("/review/reports?status=NEW&district=two").then().statusCode(400)
                .body(containsString("Give a whole number.")).body(containsString("value=\"two\""));
        given().accept("application/json").get("/api/reports?district=two").then().statusCode(400)
                .body("errors.district", org.hamcrest.Matchers.equalTo("error_number"));
    }

    @Test
    void theQueueFormShowsTheChosenFilterAndItsPagesKeepIt() {
        long osce = sql.number("select id from organisation where name = 'OSCE/ODIHR'");
        String chosen = "phase=VOTING&phase=COUNTING&severity=SERIOUS&status=NEW&status=IN_REVIEW"
                + "&category=BALLOT_STUFFING&unit=ASTANA&district=1&station=180003&organisation=" + osce
                + "&kind=INTERNATIONAL&from=2023-03-19T08:00&to=2023-03-19T22:30&photos=no&flagged=yes&q=вброс&sort=SEVERITY";
        String page = given().urlEncodingEnabled(false).get("/review/reports?" + encoded(chosen)).then().statusCode(200)
                .extract().asString();
        String form = page.substring(page.indexOf("<form method=\"get\" action=\"/review/reports\""));
        form = form.substring(0, form.indexOf("</form>"));
        // what a browser would send if the reviewer pressed "Apply" again without changing anything
        Map<String, List<String>> shown = new LinkedHashMap<>();
        Matcher checked = Pattern.compile("<input type=\"checkbox\" name=\"(\\w+)\" value=\"(\\w+)\" checked>").matcher(form);
        while (checked.find()) {
            shown.computeIfAbsent(checked.group(1), k -> new ArrayList<>()).add(checked.group(2));
        }
        Matcher select = Pattern.compile("(?s)<select id=\"f-\\w+\" name=\"(\\w+)\">(.*?)</select>").matcher(form);
        while (select.find()) {
            Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected>").matcher(select.group(2));
            shown.put(select.group(1), selected.find() ? List.of(selected.group(1)) : List.of(""));
        }
        Matcher input = Pattern.compile("<input id=\"f-(\\w+)\" name=\"\\1\" type=\"[\\w-]+\" value=\"([^\"]*)\"").matcher(form);
        while (input.find()) {
            shown.put(input.group(1), List.of(input.group(2).replace("&amp;", "&")));
        }
        assertThat(shown.keySet()).containsExactlyInAnyOrder("phase", "severity", "status", "category", "unit",
                "district", "station", "organisation", "kind", "from", "to", "q", "photos", "flagged", "sort");
        ReportFilter expected = ReportFilter.parse(ReportFilterTest.params(encoded(chosen))).filter();
        assertThat(ReportFilter.parse(shown).filter()).isEqualTo(expected);
        assertThat(ReportFilter.parse(shown).filter().toQuery()).isEqualTo(expected.toQuery());

        // the next page and the one before it keep the whole filter
        String wide = "severity=SERIOUS&severity=CRITICAL&status=NEW&sort=STATION";
        List<String> all = api(wide);
        assertThat(all.size()).isGreaterThan(ReportQueue.PAGE_SIZE);
        String first = given().get("/review/reports?" + wide).then().statusCode(200).extract().asString();
        assertThat(first).contains("href=\"/review/reports?" + wide.replace("&", "&amp;") + "&amp;page=2\" rel=\"next\"");
        String second = given().get("/review/reports?" + wide + "&page=2").then().statusCode(200).extract().asString();
        assertThat(second).contains("href=\"/review/reports?" + wide.replace("&", "&amp;") + "\" rel=\"prev\"")
                .contains(all.get(ReportQueue.PAGE_SIZE)).doesNotContain(all.get(0) + "</strong>");
    }
}
