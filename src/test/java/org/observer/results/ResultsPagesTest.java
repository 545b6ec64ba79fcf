package org.observer.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.observer.support.DemoData;
import org.observer.support.Sql;

/** The results pages show the figures PostgreSQL computes from the protocols, copies and reports. */
@QuarkusTest
@TestSecurity(user = "reviewer", roles = "reviewer")
class ResultsPagesTest {
    @Inject
    Sql sql;

    long electionId() {
        return sql.number("select id from election where code = ?1", DemoData.CODE);
    }

    static String page(String path) {
        return given().redirects().follow(false).get(path).then().statusCode(200).extract().asString();
    }

    static String attribute(String html, String element, String key, String attribute) {
        Matcher m = Pattern.compile("<" + element + " data-[a-z]+=\"" + Pattern.quote(key) + "\"[^>]*?" + attribute
                + "=\"([^\"]*)\"", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(key + " " + attribute).isTrue();
        return m.group(1);
    }

    /** The votes cell of a line of the national table. */
    static long lineVotes(String html, String code) {
        Matcher m = Pattern.compile("<tr data-code=\"" + code + "\">.*?data-votes=\"(\\d+)\".*?data-seats=\"(\\d+)\"",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(code).isTrue();
        return Long.parseLong(m.group(1));
    }

    static int lineSeats(String html, String code) {
        Matcher m = Pattern.compile("<tr data-code=\"" + code + "\">.*?data-seats=\"(\\d+)\"", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as(code).isTrue();
        return Integer.parseInt(m.group(1));
    }

    static List<Long> figures(String html, String code) {
        return Arrays.stream(attribute(html, "tr", code, "data-figures").split(" ")).map(Long::valueOf).toList();
    }

    @Test
    void nationalVotesAndTurnoutAreTheSumsOfTheProtocols() {
        String html = page("/results");
        for (String code : List.of("AMANAT", "AUYL", "RESPUBLICA", "QHP", "BAYTAQ", "AQJOL", "JSDP", "AGAINST_ALL")) {
            assertThat(lineVotes(html, code)).as(code).isEqualTo(sql.number("""
                    select sum(l.votes) from official_line l join ballot_line b on b.id = l.ballot_line_id
                    where b.election_id = ?1 and b.code = ?2""", electionId(), code));
        }
        long issued = sql.number("""
                select sum(p.ballots_issued) from official_protocol p join polling_station s on s.id = p.station_id
                where s.election_id = ?1 and p.ballot = 'PARTY_LIST'""", electionId());
        assertThat(html).contains(String.format(java.util.Locale.ENGLISH, "%,d ballots issued", issued));
        // the seats the commission announced on 27 March 2023 for these votes
        assertThat(List.of("AMANAT", "AUYL", "RESPUBLICA", "QHP", "BAYTAQ", "AQJOL", "JSDP"))
                .map(code -> lineSeats(html, code)).containsExactly(40, 8, 6, 5, 0, 6, 4);
        assertThat(html).contains("quota of 86,546.65 votes");
    }

    @Test
    void unitRowsAreTheSqlAggregates() {
        String html = page("/results");
        for (Object[] unit : sql.rows("select id, code from administrative_unit where election_id = ?1 order by code",
                electionId())) {
            long id = ((Number) unit[0]).longValue();
            List<Long> shown = figures(html, (String) unit[1]);
            assertThat(shown.get(0)).isEqualTo(sql.number("select count(*) from polling_station where unit_id = ?1", id));
            assertThat(shown.get(2)).isEqualTo(sql.number("""
                    select coalesce(sum(p.ballots_issued), 0) from official_protocol p
                    join polling_station s on s.id = p.station_id where s.unit_id = ?1 and p.ballot = 'PARTY_LIST'""", id));
            assertThat(shown.get(3)).isEqualTo(sql.number("""
                    select coalesce(sum(l.votes), 0) from official_line l join official_protocol p on p.id = l.protocol_id
                    join polling_station s on s.id = p.station_id where s.unit_id = ?1 and p.ballot = 'PARTY_LIST'""", id));
            assertThat(shown.get(12)).isEqualTo(sql.number("""
                    select count(*) from polling_station s where s.unit_id = ?1
                    and s.id not in (select station_id from station_assignment)""", id));
            // copies that differ from the official protocol in any line, each counted once
            assertThat(shown.get(9)).isEqualTo(sql.number("""
                    select count(*) from tally t join polling_station s on s.id = t.station_id
                    join official_protocol p on p.station_id = t.station_id and p.ballot = t.ballot
                    where s.unit_id = ?1 and (
                      (t.registered_voters, t.ballots_received, t.ballots_issued, t.ballots_unused, t.ballots_found,
                       t.ballots_invalid) <> (p.registered_voters, p.ballots_received, p.ballots_issued,
                       p.ballots_unused, p.ballots_found, p.ballots_invalid)
                      or exists (select 1 from tally_line tl join official_line ol on ol.protocol_id = p.id
                                 and (ol.ballot_line_id = tl.ballot_line_id or ol.candidate_id = tl.candidate_id)
                                 where tl.tally_id = t.id and tl.votes <> ol.votes))""", id));
            assertThat(shown.get(11)).isEqualTo(sql.number("""
                    select count(*) from tally t join polling_station s on s.id = t.station_id
                    where s.unit_id = ?1 and t.flagged""", id));
        }
        List<Long> total = figures(html, "total");
        assertThat(total.get(3)).isEqualTo(6_366_441L);
    }

    @Test
    void aStationPageMarksTheLinesWhereACopyDiffers() {
        Object[] station = sql.rows("""
                select s.number, t.id from tally t join polling_station s on s.id = t.station_id
                join official_protocol p on p.station_id = t.station_id and p.ballot = t.ballot
                join tally_line tl on tl.tally_id = t.id
                join official_line ol on ol.protocol_id = p.id and ol.ballot_line_id = tl.ballot_line_id
                where s.election_id = ?1 and tl.votes <> ol.votes order by s.number limit 1""", electionId()).get(0);
        String number = (String) station[0];
        long tally = ((Number) station[1]).longValue();
        long differingLines = sql.number("""
                select (select count(*) from tally_line tl join official_line ol on ol.protocol_id = p.id
                        and ol.ballot_line_id = tl.ballot_line_id where tl.tally_id = t.id and tl.votes <> ol.votes)
                     + (t.registered_voters <> p.registered_voters)::int + (t.ballots_received <> p.ballots_received)::int
                     + (t.ballots_issued <> p.ballots_issued)::int + (t.ballots_unused <> p.ballots_unused)::int
                     + (t.ballots_found <> p.ballots_found)::int + (t.ballots_invalid <> p.ballots_invalid)::int
                from tally t join official_protocol p on p.station_id = t.station_id and p.ballot = t.ballot
                where t.id = ?1""", tally);
        String html = page("/results/stations/" + number);
        assertThat(html).contains(sql.text("select receipt_code from tally where id = ?1", tally));
        assertThat(Pattern.compile("class=\"num differs\"").matcher(html).results().count()).isEqualTo(differingLines);
        assertThat(differingLines).isPositive();
    }

    @Test
    void aDistrictPageShowsItsCandidatesVotes() {
        String html = page("/results/districts/8");
        for (Object[] c : sql.rows("""
                select c.id, coalesce(sum(l.votes), 0) from candidate c join district d on d.id = c.district_id
                left join official_line l on l.candidate_id = c.id
                where d.election_id = ?1 and d.number = 8 group by c.id""", electionId())) {
            Matcher m = Pattern.compile("data-candidate=\"" + c[0] + "\".*?data-votes=\"(\\d+)\"", Pattern.DOTALL)
                    .matcher(html);
            assertThat(m.find()).isTrue();
            assertThat(Long.parseLong(m.group(1))).isEqualTo(((Number) c[1]).longValue());
        }
    }

    @Test
    void theWhatIfPageComparesWithTheOfficialResult() {
        String html = given().queryParam("stations", "010001 010002").get("/results/what-if").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("2 stations left out");
        long without = sql.number("""
                select sum(l.votes) from official_line l join official_protocol p on p.id = l.protocol_id
                join polling_station s on s.id = p.station_id join ballot_line b on b.id = l.ballot_line_id
                where s.election_id = ?1 and b.code = 'AMANAT' and s.number not in ('010001', '010002')""", electionId());
        Matcher m = Pattern.compile("<tr data-code=\"AMANAT\">.*?data-votes=\"(\\d+)\"", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(without);
    }

    @Test
    @TestSecurity(user = "observer", roles = "observer")
    void observersDoNotSeeResults() {
        for (String path : List.of("/results", "/results/units/ASTANA", "/results/districts/1", "/results/stations/010001",
                "/results/what-if")) {
            given().redirects().follow(false).get(path).then().statusCode(403);
        }
    }

    @Test
    void theTurnoutChartCountsEveryStationOnce() {
        String html = page("/results");
        Matcher svg = Pattern.compile("aria-label=\"Stations by turnout \\(%\\)\".*?</svg>", Pattern.DOTALL).matcher(html);
        assertThat(svg.find()).isTrue();
        long drawn = Pattern.compile("data-value=\"(\\d+)\"").matcher(svg.group()).results()
                .mapToLong(m -> Long.parseLong(m.group(1))).sum();
        assertThat(drawn).isEqualTo(sql.number("""
                select count(*) from official_protocol p join polling_station s on s.id = p.station_id
                where s.election_id = ?1 and p.ballot = 'PARTY_LIST' and p.registered_voters > 0""", electionId()));
        assertThat(html).contains("Reports per hour of election day").contains("/static/results-refresh.js");
    }

    @Test
    void theVersionMovesWhenACopyArrives() {
        String before = given().get("/results/version").then().statusCode(200).extract().asString();
        sql.update("""
                insert into tally (election_id, submission_id, receipt_code, station_id, accreditation_id,
                    station_assigned, ballot, registered_voters, ballots_received, ballots_issued, ballots_unused,
                    ballots_found, ballots_invalid, failed_checks, comment, flagged)
                select election_id, gen_random_uuid(), 'VRSN-TEST', station_id, accreditation_id, station_assigned,
                    ballot, registered_voters, ballots_received, ballots_issued, ballots_unused, ballots_found,
                    ballots_invalid, failed_checks, comment, flagged
                from tally where election_id = ?1 order by id limit 1""", electionId());
        try {
            String after = given().get("/results/version").then().statusCode(200).extract().asString();
            assertThat(after).isNotEqualTo(before);
        } finally {
            sql.update("delete from tally where receipt_code = 'VRSN-TEST'");
        }
    }
}
