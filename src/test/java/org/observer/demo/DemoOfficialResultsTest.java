package org.observer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.observer.election.Election;
import org.observer.support.DemoData;
import org.observer.support.Sql;

/** The generated official results add up to the published final results of 19 March 2023. */
@QuarkusTest
class DemoOfficialResultsTest {
    @Inject
    Sql sql;
    @Inject
    DemoOfficialResults results;

    long electionId() {
        return sql.number("select id from election where code = ?1", DemoData.CODE);
    }

    @Test
    void nationalSumsAreTheFinalResults() {
        Map<String, Long> reference = Map.of("AMANAT", 3_431_510L, "AUYL", 693_938L, "RESPUBLICA", 547_154L,
                "AQJOL", 535_139L, "QHP", 432_920L, "JSDP", 331_058L, "BAYTAQ", 146_431L, "AGAINST_ALL", 248_291L);
        reference.forEach((code, votes) -> assertThat(sql.number("""
                select sum(l.votes) from official_line l join ballot_line b on b.id = l.ballot_line_id
                where b.election_id = ?1 and b.code = ?2""", electionId(), code)).as(code).isEqualTo(votes));
        assertThat(sql.number("""
                select sum(p.ballots_issued) from official_protocol p join polling_station s on s.id = p.station_id
                where s.election_id = ?1 and p.ballot = 'PARTY_LIST'""", electionId())).isEqualTo(6_521_860L);
        assertThat(sql.number("""
                select count(*) from official_protocol p join polling_station s on s.id = p.station_id
                where s.election_id = ?1 and p.ballot = 'PARTY_LIST'""", electionId())).isEqualTo(10_233);
    }

    @Test
    void everyOfficialProtocolAddsUp() {
        assertThat(sql.number("""
                select count(*) from official_protocol p join polling_station s on s.id = p.station_id
                where s.election_id = ?1 and (
                  p.ballots_found <> p.ballots_invalid
                      + (select coalesce(sum(l.votes), 0) from official_line l where l.protocol_id = p.id)
                  or p.ballots_found > p.ballots_issued or p.ballots_issued > p.registered_voters
                  or p.ballots_issued + p.ballots_unused <> p.ballots_received
                  or p.registered_voters <> s.registered_voters)""", electionId())).isZero();
    }

    @Test
    void eachUnitsTurnoutIsNearItsPublishedOne() {
        Map<String, Double> published = DemoOfficialResults.TURNOUT;
        published.forEach((unit, percent) -> {
            if (unit.equals("ABROAD")) {
                return;
            }
            long issued = sql.number("""
                    select sum(p.ballots_issued) from official_protocol p join polling_station s on s.id = p.station_id
                    join administrative_unit u on u.id = s.unit_id
                    where s.election_id = ?1 and u.code = ?2 and p.ballot = 'PARTY_LIST'""", electionId(), unit);
            long registered = sql.number("""
                    select sum(s.registered_voters) from polling_station s join administrative_unit u on u.id = s.unit_id
                    where s.election_id = ?1 and u.code = ?2""", electionId(), unit);
            // the preliminary unit turnouts make 1.5% fewer ballots than the final national total,
            // so every unit is scaled by the same factor: within 2.5% of the published figure
            assertThat(100.0 * issued / registered / percent).as(unit).isCloseTo(1.0, Offset.offset(0.025));
        });
    }

    @Test
    void observersCopiedAMinorityOfStationsAndAFewCopiesDiffer() {
        long observed = sql.number("select count(distinct station_id) from tally where election_id = ?1 "
                + "and comment like 'Generated demo tally%'", electionId());
        assertThat(observed).isBetween(1_000L, 3_000L);
        long differing = sql.number("""
                select count(distinct t.id) from tally t
                join official_protocol p on p.station_id = t.station_id and p.ballot = t.ballot
                join tally_line tl on tl.tally_id = t.id
                join official_line ol on ol.protocol_id = p.id and ol.ballot_line_id = tl.ballot_line_id
                where t.election_id = ?1 and tl.votes <> ol.votes and t.comment like 'Generated demo tally%'""",
                electionId());
        assertThat(differing).isBetween(observed / DemoOfficialResults.DIFFERING_EVERY - 2,
                observed / DemoOfficialResults.DIFFERING_EVERY + 2);
        assertThat(sql.number("select count(*) from tally where election_id = ?1 and flagged "
                + "and comment like 'Generated demo tally%'", electionId())).isPositive();
        // the demo accounts start without copies
        assertThat(sql.number("""
                select count(*) from tally t join accreditation a on a.id = t.accreditation_id
                where a.login in ('observer', 'observer2', 'observer3') and t.comment like 'Generated demo tally%'"""))
                .isZero();
    }

    @Test
    void generatingAgainWritesNothing() {
        long before = sql.number("select count(*) from official_line");
        assertThat(results.generate(election(), 20230319L)).isZero();
        assertThat(sql.number("select count(*) from official_line")).isEqualTo(before);
    }

    @Transactional
    Election election() {
        return Election.findByCode(DemoData.CODE).orElseThrow();
    }
}
