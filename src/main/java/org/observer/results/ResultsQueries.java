package org.observer.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.observer.election.Election;
import org.observer.election.LocalizedName;

/**
 * The official figures, summed in PostgreSQL: votes per ballot line, turnout, candidates' votes per
 * district, each without the stations of an {@link Exclusion}. Java only shares out seats and formats.
 */
@ApplicationScoped
public class ResultsQueries {
    /** Protocols of the party list, less the excluded stations; ?1 the election, ?2 the exclusion. */
    private static final String PROTOCOLS = """
            select p.* from official_protocol p join polling_station s on s.id = p.station_id
            where s.election_id = ?1 and p.ballot = '%s' and p.station_id <> all (string_to_array(?2, ',')::bigint[])""";

    @Inject
    EntityManager entityManager;

    public record LineVotes(long id, String code, boolean party, LocalizedName name, String colour, long votes) {
    }

    public record Turnout(long stations, long registered, long issued, long found) {
    }

    public record CandidateVotes(int district, LocalizedName districtName, long candidateId, String fullName,
            String partyCode, LocalizedName partyName, long votes) {
    }

    public List<LineVotes> lineVotes(Election election, Exclusion exclusion) {
        return rows("""
                with p as (%s)
                select b.id, b.code, b.kind, b.name_en, b.name_ru, b.name_kk, b.colour,
                       coalesce((select sum(l.votes) from official_line l join p on p.id = l.protocol_id
                                 where l.ballot_line_id = b.id), 0)
                from ballot_line b where b.election_id = ?1 order by b.position""".formatted(
                PROTOCOLS.formatted("PARTY_LIST")), election, exclusion).stream()
                .map(r -> new LineVotes(number(r[0]), (String) r[1], "PARTY".equals(r[2]), name(r, 3), (String) r[6],
                        number(r[7])))
                .toList();
    }

    public Turnout turnout(Election election, Exclusion exclusion) {
        Object[] r = rows("""
                select count(*), coalesce(sum(registered_voters), 0), coalesce(sum(ballots_issued), 0),
                       coalesce(sum(ballots_found), 0)
                from (%s) p""".formatted(PROTOCOLS.formatted("PARTY_LIST")), election, exclusion).get(0);
        return new Turnout(number(r[0]), number(r[1]), number(r[2]), number(r[3]));
    }

    /** Every candidate of every district with the votes of the single-member protocols, by district and position. */
    public List<CandidateVotes> candidateVotes(Election election, Exclusion exclusion) {
        return rows("""
                with p as (%s),
                votes as (select l.candidate_id, sum(l.votes) votes from official_line l join p on p.id = l.protocol_id
                          group by l.candidate_id)
                select d.number, d.name_en, d.name_ru, d.name_kk, c.id, c.full_name, b.code, b.name_en, b.name_ru,
                       b.name_kk, coalesce(v.votes, 0)
                from district d join candidate c on c.district_id = d.id
                left join ballot_line b on b.id = c.ballot_line_id
                left join votes v on v.candidate_id = c.id
                where d.election_id = ?1
                order by d.number, c.position""".formatted(PROTOCOLS.formatted("SINGLE_MEMBER")), election, exclusion)
                .stream()
                .map(r -> new CandidateVotes(((Number) r[0]).intValue(), name(r, 1), number(r[4]), (String) r[5],
                        (String) r[6], r[6] == null ? null : name(r, 7), number(r[10])))
                .toList();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static LocalizedName name(Object[] row, int first) {
        return new LocalizedName((String) row[first], (String) row[first + 1], (String) row[first + 2]);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Election election, Exclusion exclusion) {
        return entityManager.createNativeQuery(sql).setParameter(1, election.id).setParameter(2, exclusion.parameter())
                .getResultList();
    }
}
