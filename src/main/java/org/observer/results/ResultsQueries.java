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
    /** The excluded stations' ids; ?1 is the election, ?2 the exclusion. */
    private static final String EXCLUDED = "string_to_array(?2, ',')::bigint[]";

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
                select b.id, b.code, b.kind, b.name_en, b.name_ru, b.name_kk, b.colour,
                       %s
                from ballot_line b where b.election_id = ?1 order by b.position""".formatted(votes("ballot_line_id = b.id")),
                election, exclusion).stream()
                .map(r -> new LineVotes(number(r[0]), (String) r[1], "PARTY".equals(r[2]), name(r, 3), (String) r[6],
                        number(r[7])))
                .toList();
    }

    public Turnout turnout(Election election, Exclusion exclusion) {
        Object[] r = rows("""
                select count(*), coalesce(sum(p.registered_voters), 0), coalesce(sum(p.ballots_issued), 0),
                       coalesce(sum(p.ballots_found), 0)
                from official_protocol p join polling_station s on s.id = p.station_id
                where s.election_id = ?1 and p.ballot = 'PARTY_LIST' and p.station_id <> all (%s)""".formatted(
                EXCLUDED), election, exclusion).get(0);
        return new Turnout(number(r[0]), number(r[1]), number(r[2]), number(r[3]));
    }

    /** Every candidate of every district with the votes of the single-member protocols, by district and position. */
    public List<CandidateVotes> candidateVotes(Election election, Exclusion exclusion) {
        return candidateVotes(election, exclusion, 0);
    }

    /** The same for one district's candidates ({@code district} 0: every district). */
    public List<CandidateVotes> candidateVotes(Election election, Exclusion exclusion, int district) {
        return rows("""
                select d.number, d.name_en, d.name_ru, d.name_kk, c.id, c.full_name, b.code, b.name_en, b.name_ru,
                       b.name_kk,
                       %s
                from district d join candidate c on c.district_id = d.id
                left join ballot_line b on b.id = c.ballot_line_id
                where d.election_id = ?1 and (?3 = 0 or d.number = ?3)
                order by d.number, c.position""".formatted(votes("candidate_id = c.id")), election, exclusion,
                district)
                .stream()
                .map(r -> new CandidateVotes(((Number) r[0]).intValue(), name(r, 1), number(r[4]), (String) r[5],
                        (String) r[6], r[6] == null ? null : name(r, 7), number(r[10])))
                .toList();
    }

    /**
     * The votes of the official lines that match (a ballot line's or a candidate's): their total, an
     * index-only sum since a ballot line or candidate belongs to one election, less those of the excluded
     * stations, read only when some are; so a what-if costs what it leaves out.
     */
    private static String votes(String match) {
        return """
                coalesce((select sum(l.votes) from official_line l where l.%1$s), 0)
                - case when ?2 = '' then 0 else coalesce((select sum(l.votes) from official_protocol p
                  join official_line l on l.protocol_id = p.id where p.station_id = any (%2$s) and l.%1$s), 0) end"""
                .formatted(match, EXCLUDED);
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static LocalizedName name(Object[] row, int first) {
        return new LocalizedName((String) row[first], (String) row[first + 1], (String) row[first + 2]);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Election election, Exclusion exclusion, Object... more) {
        var query = entityManager.createNativeQuery(sql).setParameter(1, election.id)
                .setParameter(2, exclusion.parameter());
        for (int i = 0; i < more.length; i++) {
            query.setParameter(3 + i, more[i]);
        }
        return query.getResultList();
    }
}
