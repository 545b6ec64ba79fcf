package org.observer.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.observer.election.Election;
import org.observer.election.ElectionImport;
import org.observer.results.DrillDown.Level;
import org.observer.results.DrillDown.Row;
import org.observer.results.WhatIf.Change;
import org.observer.support.SmallElection;
import org.observer.support.Sql;
import org.observer.tally.OfficialResultImport;

/**
 * The what-if on a small election worked out by hand: four stations, two parties, two districts,
 * and a verified critical report at station 101.
 */
@QuarkusTest
class WhatIfTest {
    /** votes per station: RED, BLUE, against all; district 1 candidates (Aliya RED, Bolat self-nominated); district 2 */
    static final String PROTOCOLS = protocol("100", 500, 350, 40, 600, 280) + protocol("101", 100, 400, 10, 50, 450)
            + protocol("200", 90, 100, 10, 180, -1) + protocol("900", 30, 10, 0, 20, 15);

    static String protocol(String station, int red, int blue, int against, int first, int second) {
        int votes = red + blue + against;
        StringBuilder rows = new StringBuilder();
        for (String ballot : List.of("party_list", "single_member")) {
            int candidates = first + Math.max(second, 0);
            int invalid = ballot.equals("party_list") ? 5 : votes + 5 - candidates;
            rows.append(figures(station, ballot, 2000, votes + 5, invalid));
        }
        rows.append(station).append(",party_list,RED,").append(red).append('\n')
                .append(station).append(",party_list,BLUE,").append(blue).append('\n')
                .append(station).append(",party_list,AGAINST_ALL,").append(against).append('\n')
                .append(station).append(",single_member,1,").append(first).append('\n');
        if (second >= 0) {
            rows.append(station).append(",single_member,2,").append(second).append('\n');
        }
        return rows.toString();
    }

    static String figures(String station, String ballot, int registered, int found, int invalid) {
        return String.join("\n", station + "," + ballot + ",registered_voters," + registered,
                station + "," + ballot + ",ballots_received," + registered,
                station + "," + ballot + ",ballots_issued," + found,
                station + "," + ballot + ",ballots_unused," + (registered - found),
                station + "," + ballot + ",ballots_found," + found,
                station + "," + ballot + ",ballots_invalid," + invalid) + "\n";
    }

    @Inject
    ElectionImport electionImport;
    @Inject
    OfficialResultImport officialResultImport;
    @Inject
    WhatIf whatIf;
    @Inject
    DrillDown drillDown;
    @Inject
    Sql sql;

    Election election(String code, String threshold, String method) {
        SmallElection small = new SmallElection(code);
        electionImport.run(small.with("election.csv", small.content("election.csv")
                .replace(",10,5,DHONDT", ",10," + threshold + "," + method)).streams());
        Election election = find(code);
        officialResultImport.run(election, new ByteArrayInputStream(
                ("station,ballot,line,votes\n" + PROTOCOLS).getBytes(StandardCharsets.UTF_8)));
        if (sql.number("select count(*) from report r join election e on e.id = r.election_id where e.code = ?1",
                code) == 0) {
            reports(code);
        }
        return election;
    }

    @Transactional
    Election find(String code) {
        return Election.findByCode(code).orElseThrow();
    }

    /**
     * At 101 a verified critical report; at 200 one that was verified critical in its first version
     * and amended to minor (the latest version counts); at 100 a critical one in review. None is NEW:
     * the review desk's tests count the new reports of every election.
     */
    void reports(String code) {
        sql.update("insert into organisation (name) values ('What-if test') on conflict do nothing");
        sql.update("""
                insert into accreditation (election_id, organisation_id, full_name, kind, country, login)
                select e.id, o.id, 'What-if observer', 'DOMESTIC', 'KZ', lower(e.code) || '@example.org'
                from election e, organisation o where e.code = ?1 and o.name = 'What-if test'""", code);
        sql.update("""
                insert into incident_category (election_id, code, position, name_en, name_ru, name_kk)
                select id, 'STUFFING', 1, 'Ballot stuffing', 'Вброс', 'Вброс' from election where code = ?1""", code);
        report(code, "101", "CRITICAL", "VERIFIED", null);
        long first = report(code, "200", "CRITICAL", "VERIFIED", null);
        report(code, "200", "MINOR", "IN_REVIEW", first);
        report(code, "100", "CRITICAL", "IN_REVIEW", null);
    }

    long report(String code, String station, String severity, String status, Long original) {
        return sql.number("""
                insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id,
                    station_assigned, phase, category_id, severity, observed_at, description, reported_to_commission,
                    status, original_id, version)
                select e.id, gen_random_uuid(), substr(md5(random()::text), 1, 9), s.id, a.id, false, 'COUNTING', c.id,
                       cast(?3 as varchar), now(), 'what-if test', false, cast(?4 as varchar),
                       nullif(cast(?5 as bigint), 0), case when cast(?5 as bigint) = 0 then 1 else 2 end
                from election e join polling_station s on s.election_id = e.id and s.number = ?2
                join accreditation a on a.election_id = e.id join incident_category c on c.election_id = e.id
                where e.code = ?1 returning id""", code, station, severity, status, original == null ? 0L : original);
    }

    static Map<String, Integer> seats(NationalResult result) {
        return result.lines().stream().filter(NationalResult.LineResult::party)
                .collect(Collectors.toMap(NationalResult.LineResult::code, NationalResult.LineResult::seatCount));
    }

    @Test
    void leavingOutTheStationWithAVerifiedCriticalReportMovesASeatAndADistrict() {
        Election election = election("WHAT-IF-DHONDT", "5", "DHONDT");
        WhatIf.Comparison comparison = whatIf.compare(election, new WhatIf.Choice(true, List.of()));
        // official: RED 720, BLUE 860; D'Hondt's 10 highest quotients: BLUE 860 430 286.7 215 172,
        // RED 720 360 240 180 144 -> 5 and 5. District 1: Aliya 670, Bolat 745 -> Bolat.
        assertThat(seats(comparison.official())).containsEntry("RED", 5).containsEntry("BLUE", 5);
        assertThat(comparison.official().districts().get(0).winner().fullName()).isEqualTo("Bolat Testov");
        // only station 101 is left out (200's latest version is minor): RED 620, BLUE 460;
        // RED 620 310 206.7 155 124 103.3, BLUE 460 230 153.3 115 -> 6 and 4. District 1: Aliya 620, Bolat 295.
        assertThat(comparison.excludedStations()).isEqualTo(1);
        assertThat(comparison.recomputed().lines()).extracting(NationalResult.LineResult::votes)
                .containsExactly(620L, 460L, 50L);
        assertThat(seats(comparison.recomputed())).containsEntry("RED", 6).containsEntry("BLUE", 4);
        assertThat(comparison.changes()).extracting(Change::kind)
                .containsExactly(Change.Kind.SEATS, Change.Kind.SEATS, Change.Kind.WINNER);
        assertThat(comparison.changes().get(2).fromWinner()).isEqualTo("Bolat Testov");
        assertThat(comparison.changes().get(2).toWinner()).isEqualTo("Aliya Testova");
    }

    @Test
    void aPartyCrossesTheThresholdWhenStationsAreLeftOut() {
        Election election = election("WHAT-IF-THRESHOLD", "45", "LARGEST_REMAINDER_HARE");
        // official base 720 + 860 + 60 = 1,640: RED 43.90% is out, BLUE 52.44% takes all 10 seats.
        // Without 101 and 900: base 590 + 450 + 50 = 1,090: RED 54.13% in, BLUE 41.28% out.
        WhatIf.Comparison comparison = whatIf.compare(election, new WhatIf.Choice(false, List.of("101", "900", "nope")));
        assertThat(comparison.unknownNumbers()).containsExactly("nope");
        assertThat(seats(comparison.official())).containsEntry("RED", 0).containsEntry("BLUE", 10);
        assertThat(seats(comparison.recomputed())).containsEntry("RED", 10).containsEntry("BLUE", 0);
        assertThat(comparison.changes()).extracting(Change::kind).contains(Change.Kind.THRESHOLD_UP,
                Change.Kind.THRESHOLD_DOWN);
        assertThat(comparison.recomputed().base()).isEqualTo(1_090);
    }

    @Test
    void drillDownRowsCountTheLatestVersionOfEachReport() {
        Election election = election("WHAT-IF-DHONDT", "5", "DHONDT");
        long electionId = election.id;
        for (Row row : drillDown.rows(election, Level.UNITS, 0)) {
            assertThat(row.critical()).as(row.code()).isEqualTo(sql.number("""
                    select count(*) from report r join polling_station s on s.id = r.station_id
                    where s.unit_id = ?1 and r.severity = 'CRITICAL'
                      and r.version = (select max(v.version) from report v
                                       where coalesce(v.original_id, v.id) = coalesce(r.original_id, r.id))""", row.id()));
            assertThat(row.verified()).as(row.code()).isEqualTo(sql.number("""
                    select count(*) from report r join polling_station s on s.id = r.station_id
                    where s.unit_id = ?1 and r.status = 'VERIFIED'
                      and r.version = (select max(v.version) from report v
                                       where coalesce(v.original_id, v.id) = coalesce(r.original_id, r.id))""", row.id()));
            assertThat(row.votes()).isEqualTo(sql.number("""
                    select coalesce(sum(l.votes), 0) from official_line l join official_protocol p on p.id = l.protocol_id
                    join polling_station s on s.id = p.station_id where s.unit_id = ?1 and p.ballot = 'PARTY_LIST'""",
                    row.id()));
        }
        Map<String, Row> units = drillDown.rows(election, Level.UNITS, 0).stream()
                .collect(Collectors.toMap(Row::code, r -> r));
        // the capital's 100 (critical, new) and 101 (critical, verified); the north's 200 minor after amendment
        assertThat(units.get("CAPITAL").critical()).isEqualTo(2);
        assertThat(units.get("NORTH").minor()).isEqualTo(1);
        assertThat(units.get("NORTH").critical()).isZero();
        assertThat(sql.number("select count(*) from election where id = ?1", electionId)).isEqualTo(1);
    }
}
