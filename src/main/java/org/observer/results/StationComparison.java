package org.observer.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.observer.election.LocalizedName;

/**
 * A station's official protocols beside every observer copy of them, line by line, and the latest
 * version of each report from the station.
 */
@ApplicationScoped
public class StationComparison {
    /** The protocol figures in the order of the queries' first columns, named as the tally bundle names them. */
    static final List<String> FIGURES = List.of("registeredVoters", "ballotsReceived", "ballotsIssued",
            "ballotsUnused", "ballotsFound", "ballotsInvalid");

    @Inject
    EntityManager entityManager;

    /** An observer copy's heading: its receipt, observer and when it came. */
    public record Copy(String receiptCode, String observer, OffsetDateTime receivedAt, boolean flagged) {
    }

    /** One line of the protocol: the official figure and each copy's, null where a copy has none. */
    public record Line(String figure, LocalizedName name, Long official, List<Long> copies) {
        public boolean differs(int copy) {
            return official != null && copies.get(copy) != null && !Objects.equals(official, copies.get(copy));
        }

        public List<Cell> cells() {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < copies.size(); i++) {
                cells.add(new Cell(copies.get(i), differs(i)));
            }
            return cells;
        }
    }

    public record Cell(Long value, boolean differs) {
    }

    public record BallotProtocols(String ballot, boolean official, List<Copy> copies, List<Line> lines) {
        public long differingLines() {
            return lines.stream().filter(l -> l.cells().stream().anyMatch(Cell::differs)).count();
        }
    }

    public record StationReport(String receiptCode, String severity, String status, LocalizedName category,
            OffsetDateTime observedAt, int version) {
    }

    public List<BallotProtocols> protocols(long stationId) {
        List<BallotProtocols> ballots = new ArrayList<>();
        for (String ballot : List.of("PARTY_LIST", "SINGLE_MEMBER")) {
            List<Object[]> official = rows("""
                    select registered_voters, ballots_received, ballots_issued, ballots_unused, ballots_found,
                           ballots_invalid, id
                    from official_protocol where station_id = ?1 and ballot = ?2""", stationId, ballot);
            List<Object[]> copies = rows("""
                    select t.registered_voters, t.ballots_received, t.ballots_issued, t.ballots_unused, t.ballots_found,
                           t.ballots_invalid, t.id, t.receipt_code, a.full_name, t.received_at, t.flagged
                    from tally t join accreditation a on a.id = t.accreditation_id
                    where t.station_id = ?1 and t.ballot = ?2 order by t.received_at, t.id""", stationId, ballot);
            if (official.isEmpty() && copies.isEmpty()) {
                continue;
            }
            Object[] protocol = official.isEmpty() ? null : official.get(0);
            List<Line> lines = new ArrayList<>();
            for (int f = 0; f < FIGURES.size(); f++) {
                int column = f;
                lines.add(new Line(FIGURES.get(f), null, protocol == null ? null : ResultsQueries.number(protocol[f]),
                        copies.stream().map(c -> (Long) ResultsQueries.number(c[column])).toList()));
            }
            // the lines of the ballot, each with the official votes and each copy's
            List<Object[]> votes = rows("""
                    with choices as (
                      select b.id, b.position, b.name_en, b.name_ru, b.name_kk from ballot_line b
                      join polling_station s on s.election_id = b.election_id
                      where s.id = ?1 and ?2 = 'PARTY_LIST'
                      union all
                      select -c.id, c.position, c.full_name, c.full_name, c.full_name from candidate c
                      join polling_station s on s.district_id = c.district_id
                      where s.id = ?1 and ?2 = 'SINGLE_MEMBER'
                    )
                    select ch.id, ch.name_en, ch.name_ru, ch.name_kk, ol.votes, tl.tally_id, tl.votes
                    from choices ch
                    left join official_protocol p on p.station_id = ?1 and p.ballot = ?2
                    left join official_line ol on ol.protocol_id = p.id
                         and coalesce(ol.ballot_line_id, -ol.candidate_id) = ch.id
                    left join (tally_line tl join tally t on t.id = tl.tally_id and t.station_id = ?1 and t.ballot = ?2)
                         on coalesce(tl.ballot_line_id, -tl.candidate_id) = ch.id
                    order by ch.position""", stationId, ballot);
            Map<Long, Integer> copyIndex = new LinkedHashMap<>();
            for (int i = 0; i < copies.size(); i++) {
                copyIndex.put(ResultsQueries.number(copies.get(i)[6]), i);
            }
            Map<Long, Object[]> choiceRows = new LinkedHashMap<>();
            Map<Long, Long[]> copyVotes = new LinkedHashMap<>();
            for (Object[] v : votes) {
                long choice = ResultsQueries.number(v[0]);
                choiceRows.putIfAbsent(choice, v);
                Long[] values = copyVotes.computeIfAbsent(choice, c -> new Long[copies.size()]);
                if (v[5] != null) {
                    values[copyIndex.get(ResultsQueries.number(v[5]))] = ResultsQueries.number(v[6]);
                }
            }
            choiceRows.forEach((choice, v) -> lines.add(new Line(null, ResultsQueries.name(v, 1),
                    v[4] == null ? null : ResultsQueries.number(v[4]), java.util.Arrays.asList(copyVotes.get(choice)))));
            ballots.add(new BallotProtocols(ballot, protocol != null, copies.stream()
                    .map(c -> new Copy((String) c[7], (String) c[8], toOffset(c[9]), (Boolean) c[10])).toList(),
                    lines));
        }
        return ballots;
    }

    public List<StationReport> reports(long stationId) {
        return rows("""
                select r.receipt_code, r.severity, r.status, c.name_en, c.name_ru, c.name_kk, r.observed_at, r.version
                from report r join incident_category c on c.id = r.category_id
                where r.station_id = ?1
                  and r.latest
                order by r.observed_at""", stationId, null).stream()
                .map(r -> new StationReport((String) r[0], (String) r[1], (String) r[2], ResultsQueries.name(r, 3),
                        toOffset(r[6]), ((Number) r[7]).intValue()))
                .toList();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long stationId, String ballot) {
        var query = entityManager.createNativeQuery(sql).setParameter(1, stationId);
        if (ballot != null) {
            query.setParameter(2, ballot);
        }
        return query.getResultList();
    }
}
