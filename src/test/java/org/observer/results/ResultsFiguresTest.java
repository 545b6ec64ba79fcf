package org.observer.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.observer.results.ResultsPagesTest.figures;
import static org.observer.results.ResultsPagesTest.page;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observer.election.Election;
import org.observer.review.ReviewFixture;
import org.observer.support.DemoData;
import org.observer.support.Sql;
import org.observer.tally.OfficialResultImport;

/**
 * Every figure the results pages show, against SQL written here from the raw rows: the drill-down's
 * columns on the national and a unit's page, the shares, the threshold, the district winners and both
 * charts. The app reads figures the database keeps per copy, protocol and report (V21); this SQL does
 * not, so it also checks that what the database keeps is right.
 */
@QuarkusTest
@TestSecurity(user = "reviewer", roles = "reviewer")
class ResultsFiguresTest {
    /** A station of Almaty (unit ALMATY) and one of Astana with demo observers; reports of every kind go there. */
    static final String ALMATY_STATION = "190001";
    static final String ASTANA_STATION = "180003";

    @Inject
    Sql sql;
    @Inject
    ReviewFixture fixture;
    @Inject
    OfficialResultImport officialResultImport;

    long electionId() {
        return sql.number("select id from election where code = ?1", DemoData.CODE);
    }

    /** Reports in every severity and status, an amendment, and one observed the day before election day. */
    @BeforeEach
    void reports() {
        if (sql.number("select count(*) from report where description like 'figures test %'") > 0) {
            return;
        }
        String[] severities = { "INFO", "MINOR", "SERIOUS", "CRITICAL" };
        String[] statuses = { "NEW", "IN_REVIEW", "VERIFIED", "DISMISSED", "REFERRED" };
        int n = 0;
        for (String station : List.of(ALMATY_STATION, ASTANA_STATION)) {
            for (String severity : severities) {
                for (String status : statuses) {
                    String login = station.equals(ALMATY_STATION) ? "observer2" : "observer";
                    String code = fixture.report(login, station, "BALLOT_STUFFING", "VOTING", severity,
                            ReviewFixture.NOON.plusMinutes(47L * n), "figures test " + n);
                    sql.update("update report set status = ?1 where receipt_code = ?2", status, code);
                    n++;
                }
            }
        }
        String early = fixture.report("observer", ASTANA_STATION, "BALLOT_STUFFING", "OPENING", "CRITICAL",
                ReviewFixture.NOON.minusDays(1), "figures test before election day");
        sql.update("update report set status = 'VERIFIED' where receipt_code = ?1", early);
        // an amendment: the first version leaves the counts, the second (now serious) is counted
        sql.update("""
                insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id,
                    station_assigned, phase, category_id, severity, observed_at, description, reported_to_commission,
                    original_id, version)
                select election_id, gen_random_uuid(), 'FIGR-AMND', station_id, accreditation_id, station_assigned,
                    phase, category_id, 'SERIOUS', observed_at + interval '3 hours', 'figures test amended',
                    reported_to_commission, id, 2
                from report where description = 'figures test 0'""");
    }

    /** The thirteen figures of a drill-down row, from the raw rows of the stations {@code scope} selects. */
    List<Long> expected(String scope, Object... parameters) {
        String latest = """
                r.station_id = s.id and not exists (select 1 from report later
                    where coalesce(later.original_id, later.id) = coalesce(r.original_id, r.id) and later.version > r.version)""";
        String reports = "select count(*) from report r join polling_station s on " + latest + " where " + scope;
        String protocols = "from official_protocol p join polling_station s on s.id = p.station_id where p.ballot = 'PARTY_LIST' and "
                + scope;
        String copies = """
                from tally t join polling_station s on s.id = t.station_id
                join official_protocol p on p.station_id = t.station_id and p.ballot = t.ballot\s""" + "where " + scope;
        List<Long> row = new ArrayList<>();
        row.add(sql.number("select count(*) from polling_station s where " + scope, parameters));
        row.add(sql.number("select coalesce(sum(p.registered_voters), 0) " + protocols, parameters));
        row.add(sql.number("select coalesce(sum(p.ballots_issued), 0) " + protocols, parameters));
        row.add(sql.number("select coalesce(sum(l.votes), 0) from official_line l join official_protocol p on p.id = l.protocol_id"
                + " join polling_station s on s.id = p.station_id where p.ballot = 'PARTY_LIST' and " + scope, parameters));
        for (String severity : List.of("INFO", "MINOR", "SERIOUS", "CRITICAL")) {
            row.add(sql.number(reports + " and r.severity = '" + severity + "'", parameters));
        }
        row.add(sql.number(reports + " and r.status = 'VERIFIED' and r.severity in ('MINOR', 'SERIOUS', 'CRITICAL')",
                parameters));
        row.add(sql.number("""
                select count(*) %s and ((t.registered_voters, t.ballots_received, t.ballots_issued, t.ballots_unused,
                    t.ballots_found, t.ballots_invalid) <> (p.registered_voters, p.ballots_received, p.ballots_issued,
                    p.ballots_unused, p.ballots_found, p.ballots_invalid)
                  or exists (select 1 from tally_line tl join official_line ol on ol.protocol_id = p.id
                             and (ol.ballot_line_id = tl.ballot_line_id or ol.candidate_id = tl.candidate_id)
                             where tl.tally_id = t.id and tl.votes <> ol.votes))""".formatted(copies), parameters));
        row.add(sql.number("""
                select coalesce(sum(abs(tl.votes - ol.votes)), 0) %s
                join tally_line tl on tl.tally_id = t.id join official_line ol on ol.protocol_id = p.id
                 and (ol.ballot_line_id = tl.ballot_line_id or ol.candidate_id = tl.candidate_id)""".formatted(
                copies.replace(" where " + scope, "")) + " where " + scope, parameters));
        row.add(sql.number("select count(*) from tally t join polling_station s on s.id = t.station_id where t.flagged and "
                + scope, parameters));
        row.add(sql.number("""
                select count(*) from polling_station s where %s
                and not exists (select 1 from station_assignment a where a.station_id = s.id)""".formatted(scope),
                parameters));
        return row;
    }

    @Test
    void everyColumnOfTheNationalRowsIsTheSqlOfTheRawRows() {
        String html = page("/results");
        List<Long> sums = new ArrayList<>(java.util.Collections.nCopies(13, 0L));
        for (Object[] unit : sql.rows("select id, code from administrative_unit where election_id = ?1", electionId())) {
            List<Long> expected = expected("s.unit_id = ?1", ((Number) unit[0]).longValue());
            assertThat(figures(html, (String) unit[1])).as((String) unit[1]).isEqualTo(expected);
            for (int i = 0; i < 13; i++) {
                sums.set(i, sums.get(i) + expected.get(i));
            }
        }
        assertThat(figures(html, "total")).isEqualTo(sums);
        // the reports of this test are there: every severity, verified ones, the amended one counted once
        assertThat(sums.subList(4, 9)).allMatch(n -> n > 0);
    }

    @Test
    void everyColumnOfAUnitsDistrictRowsIsTheSqlOfTheRawRows() {
        long almaty = sql.number("select id from administrative_unit where election_id = ?1 and code = 'ALMATY'",
                electionId());
        String html = page("/results/units/ALMATY");
        List<Object[]> districts = sql.rows("""
                select distinct d.id, d.number from district d join polling_station s on s.district_id = d.id
                where s.unit_id = ?1""", almaty);
        assertThat(districts).isNotEmpty();
        for (Object[] d : districts) {
            assertThat(figures(html, String.valueOf(d[1]))).as("district " + d[1])
                    .isEqualTo(expected("s.unit_id = ?1 and s.district_id = ?2", almaty, ((Number) d[0]).longValue()));
        }
    }

    @Test
    void sharesThresholdAndDistrictWinnersAreTheArithmeticOfTheProtocols() {
        String html = page("/results");
        long election = electionId();
        Map<String, Long> votes = new HashMap<>();
        for (Object[] r : sql.rows("""
                select b.code, b.kind, coalesce(sum(l.votes), 0) from ballot_line b
                left join official_line l on l.ballot_line_id = b.id where b.election_id = ?1 group by b.code, b.kind""",
                election)) {
            votes.put((String) r[0], ((Number) r[2]).longValue());
        }
        String thresholdBase = sql.text("select threshold_base from election where id = ?1", election);
        long base = switch (thresholdBase) {
            case "PARTIES" -> sql.number("""
                    select coalesce(sum(l.votes), 0) from official_line l join ballot_line b on b.id = l.ballot_line_id
                    where b.election_id = ?1 and b.kind = 'PARTY'""", election);
            case "BALLOTS_FOUND" -> sql.number("""
                    select sum(p.ballots_found) from official_protocol p join polling_station s on s.id = p.station_id
                    where s.election_id = ?1 and p.ballot = 'PARTY_LIST'""", election);
            default -> votes.values().stream().mapToLong(Long::longValue).sum();
        };
        votes.forEach((code, v) -> {
            Matcher m = Pattern.compile("<tr data-code=\"" + code + "\">.*?data-share=\"([0-9.]+)\"", Pattern.DOTALL)
                    .matcher(html);
            assertThat(m.find()).as(code).isTrue();
            assertThat(new BigDecimal(m.group(1))).as(code).isEqualByComparingTo(
                    BigDecimal.valueOf(v * 100).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP));
        });
        BigDecimal percent = new BigDecimal(sql.text("select threshold_percent::text from election where id = ?1", election));
        long thresholdVotes = percent.multiply(BigDecimal.valueOf(base)).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.CEILING).longValueExact();
        assertThat(html).containsPattern("<p id=\"threshold\">[^<]*" + String.format(java.util.Locale.ENGLISH, "%,d",
                thresholdVotes));
        // each district's winner: the most votes, the first on the ballot among equals
        for (Object[] d : sql.rows("""
                select d.number, (select c.id from candidate c
                                  left join official_line l on l.candidate_id = c.id
                                  where c.district_id = d.id group by c.id, c.position
                                  order by coalesce(sum(l.votes), 0) desc, c.position limit 1)
                from district d where d.election_id = ?1""", election)) {
            assertThat(html).as("district " + d[0]).containsPattern(
                    "<tr data-district=\"" + d[0] + "\">\\s*<th[^>]*>.*?</th>\\s*<td data-candidate=\"" + d[1] + "\"");
        }
    }

    /** The drawn value of each segment of a chart: column label and series to value. */
    static Map<String, Long> chart(String html, String title) {
        Matcher svg = Pattern.compile("aria-label=\"" + Pattern.quote(title) + "\".*?</svg>", Pattern.DOTALL).matcher(html);
        assertThat(svg.find()).as(title).isTrue();
        Map<String, Long> drawn = new HashMap<>();
        Pattern.compile("data-column=\"(\\d+)\" data-series=\"(\\w+)\" data-value=\"(\\d+)\"").matcher(svg.group())
                .results().forEach(m -> drawn.put(m.group(1) + "/" + m.group(2), Long.parseLong(m.group(3))));
        return drawn;
    }

    @Test
    void theChartsCountWhatTheRawRowsCount() {
        String html = page("/results");
        Map<String, Long> turnout = new HashMap<>();
        for (Object[] p : sql.rows("""
                select p.ballots_issued, p.registered_voters from official_protocol p
                join polling_station s on s.id = p.station_id
                where s.election_id = ?1 and p.ballot = 'PARTY_LIST' and p.registered_voters > 0""", electionId())) {
            int bin = Math.min(19, (int) Math.floor(20.0 * ((Number) p[0]).longValue() / ((Number) p[1]).longValue()));
            turnout.merge(bin * 5 + "/stations", 1L, Long::sum);
        }
        assertThat(chart(html, "Stations by turnout (%)")).isEqualTo(turnout);

        Map<String, Long> perHour = new HashMap<>();
        for (Object[] r : sql.rows("""
                select extract(hour from r.observed_at at time zone coalesce(s.time_zone, u.time_zone))::int, r.severity,
                       count(*)
                from report r join polling_station s on s.id = r.station_id join administrative_unit u on u.id = s.unit_id
                join election e on e.id = r.election_id
                where e.id = ?1 and (r.observed_at at time zone coalesce(s.time_zone, u.time_zone))::date = e.election_date
                  and not exists (select 1 from report later where coalesce(later.original_id, later.id)
                                  = coalesce(r.original_id, r.id) and later.version > r.version)
                group by 1, 2""", electionId())) {
            perHour.put(r[0] + "/" + r[1], ((Number) r[2]).longValue());
        }
        assertThat(perHour).isNotEmpty();
        assertThat(chart(html, "Reports per hour of election day, by severity")).isEqualTo(perHour);
    }

    @Transactional
    Election election() {
        return Election.findByCode(DemoData.CODE).orElseThrow();
    }

    /** The party-list protocol of a station as protocols.csv gives it, with one line's votes moved by {@code delta}. */
    String protocolCsv(String station, String line, int delta) {
        StringBuilder csv = new StringBuilder("station,ballot,line,votes\n");
        Object[] p = sql.rows("""
                select p.registered_voters, p.ballots_received, p.ballots_issued, p.ballots_unused, p.ballots_found,
                       p.ballots_invalid from official_protocol p join polling_station s on s.id = p.station_id
                where s.election_id = ?1 and s.number = ?2 and p.ballot = 'PARTY_LIST'""", electionId(), station).get(0);
        for (int i = 0; i < OfficialResultImport.FIGURES.size(); i++) {
            csv.append(station).append(",party_list,").append(OfficialResultImport.FIGURES.get(i)).append(',')
                    .append(p[i]).append('\n');
        }
        for (Object[] l : sql.rows("""
                select b.code, l.votes from official_line l join official_protocol p on p.id = l.protocol_id
                join polling_station s on s.id = p.station_id join ballot_line b on b.id = l.ballot_line_id
                where s.election_id = ?1 and s.number = ?2""", electionId(), station)) {
            int votes = ((Number) l[1]).intValue() + (line.equals(l[0]) ? delta : 0);
            csv.append(station).append(",party_list,").append(l[0]).append(',').append(votes).append('\n');
        }
        return csv.toString();
    }

    @Test
    void aCorrectedOfficialProtocolIsComparedAgainWithTheObserversCopy() {
        // a station whose party-list copy equals the official protocol
        String station = sql.text("""
                select s.number from tally t join polling_station s on s.id = t.station_id
                join official_protocol p on p.station_id = t.station_id and p.ballot = t.ballot
                where s.election_id = ?1 and t.ballot = 'PARTY_LIST' and not t.flagged
                  and (t.registered_voters, t.ballots_received, t.ballots_issued, t.ballots_unused, t.ballots_found,
                       t.ballots_invalid) = (p.registered_voters, p.ballots_received, p.ballots_issued,
                       p.ballots_unused, p.ballots_found, p.ballots_invalid)
                  and not exists (select 1 from tally_line tl join official_line ol on ol.protocol_id = p.id
                                  and ol.ballot_line_id = tl.ballot_line_id where tl.tally_id = t.id and tl.votes <> ol.votes)
                  and (select count(*) from tally x where x.station_id = s.id and x.ballot = 'PARTY_LIST') = 1
                order by s.number limit 1""", electionId());
        String district = sql.text("""
                select d.number::text from polling_station s join district d on d.id = s.district_id
                where s.election_id = ?1 and s.number = ?2""", electionId(), station);
        String original = protocolCsv(station, "AMANAT", 0);
        try {
            officialResultImport.run(election(), csv(protocolCsv(station, "AMANAT", 7)));
            List<Long> row = figures(page("/results/districts/" + district), station);
            assertThat(row.get(9)).as("differing copies").isEqualTo(1);
            assertThat(row.get(10)).as("votes apart").isEqualTo(7);
        } finally {
            officialResultImport.run(election(), csv(original));
        }
        List<Long> row = figures(page("/results/districts/" + district), station);
        assertThat(row.get(9)).isZero();
        assertThat(row.get(10)).isZero();
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pagesInRussianAndKazakhWriteNumbersTheirWay() {
        for (String language : List.of("ru", "kk")) {
            String html = given().cookie("lang", language).get("/results").then().statusCode(200).extract().asString();
            Matcher share = Pattern.compile("<tr data-code=\"AMANAT\">.*?data-share=\"[0-9.]+\">([^<]+)<",
                    Pattern.DOTALL).matcher(html);
            assertThat(share.find()).isTrue();
            assertThat(share.group(1)).as(language).matches("\\d+,\\d\\d");
            Matcher votes = Pattern.compile("<tr data-code=\"AMANAT\">.*?data-votes=\"\\d+\">([^<]+)<", Pattern.DOTALL)
                    .matcher(html);
            assertThat(votes.find()).isTrue();
            assertThat(votes.group(1)).as(language).matches("\\d{1,3}([\\u00a0\\u202f ]\\d{3})+");
            // the chart's labels are the parties' names in the page's language, not their codes
            String name = sql.text("select name_" + language + " from ballot_line where election_id = ?1 and code = 'AMANAT'",
                    electionId());
            assertThat(html).contains(">" + name + "</text>").doesNotContain(">AMANAT</text>");
        }
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void coordinatorsDoNotSeeResults() {
        for (String path : List.of("/results", "/results/units/ASTANA", "/results/districts/1", "/results/what-if")) {
            given().redirects().follow(false).get(path).then().statusCode(403);
        }
    }

    @Test
    void aStationPageListsItsReports() {
        String html = page("/results/stations/" + ASTANA_STATION);
        for (String code : sql.texts("""
                select r.receipt_code from report r join polling_station s on s.id = r.station_id
                where s.number = ?1 and r.latest and r.description like 'figures test%'""", ASTANA_STATION)) {
            assertThat(html).contains(code);
        }
    }
}
