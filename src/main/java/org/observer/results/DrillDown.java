package org.observer.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.observer.election.Election;
import org.observer.election.LocalizedName;

/**
 * One row per unit, district or station with its votes and turnout beside what observers saw there:
 * reports by severity (the latest version of each, whatever its review status), verified irregularities
 * (verified reports above INFO), observer copies that differ from the official protocol and by how many
 * votes, copies failing the protocol's arithmetic, stations without an observer assigned. All in one SQL
 * statement grouped by the level's key, from the figures the database keeps per copy and protocol (V21).
 */
@ApplicationScoped
public class DrillDown {

    /** The levels below the nation: what a row is, and which stations a page of that level covers. */
    public enum Level {
        /** The nation's rows: its units. */
        UNITS("s.unit_id", "true", """
                select u.id, u.code, u.name_en, u.name_ru, u.name_kk,
                       case u.kind when 'REGION' then '1' when 'CITY' then '2' else '3' end sort
                from administrative_unit u where u.election_id = ?1"""),
        /** A unit's rows: the districts of its stations. */
        DISTRICTS("s.district_id", "s.unit_id = ?2", """
                select d.id, d.number::text code, d.name_en, d.name_ru, d.name_kk, lpad(d.number::text, 6, '0') sort
                from district d where d.election_id = ?1"""),
        /** A district's rows: its stations (abroad ones too). */
        STATIONS("s.id", "s.district_id = ?2", """
                select s.id, s.number code, s.name name_en, s.name name_ru, s.name name_kk, s.number sort
                from polling_station s where s.election_id = ?1""");

        final String key;
        final String filter;
        final String names;

        Level(String key, String filter, String names) {
            this.key = key;
            this.filter = filter;
            this.names = names;
        }
    }

    public record Row(long id, String code, LocalizedName name, long stations, long registered, long issued,
            long votes, long info, long minor, long serious, long critical, long verified, long tallies,
            long differingTallies, long differingVotes, long flaggedTallies, long unobserved) {
        public BigDecimal turnoutPercent() {
            return NationalResult.percent(issued, registered);
        }

        public long reports() {
            return info + minor + serious + critical;
        }
    }

    private static final String SQL = """
            with st as (
              select s.id, %1$s as k from polling_station s where s.election_id = ?1 and %2$s
            ),
            stations as (
              select st.k, count(*) stations,
                     count(*) filter (where not exists (select 1 from station_assignment a where a.station_id = st.id)) unobserved
              from st group by st.k
            ),
            protocols as (
              select st.k, sum(p.registered_voters) registered, sum(p.ballots_issued) issued, sum(p.votes) votes
              from st join official_protocol p on p.station_id = st.id and p.ballot = 'PARTY_LIST'
              group by st.k
            ),
            reports as (
              select st.k,
                     count(*) filter (where r.severity = 'INFO') info, count(*) filter (where r.severity = 'MINOR') minor,
                     count(*) filter (where r.severity = 'SERIOUS') serious,
                     count(*) filter (where r.severity = 'CRITICAL') critical,
                     count(*) filter (where r.status = 'VERIFIED' and r.severity <> 'INFO') verified
              from st join report r on r.station_id = st.id
              where r.latest
              group by st.k
            ),
            tallies as (
              select st.k, count(*) tallies, count(*) filter (where t.differs) differing,
                     coalesce(sum(t.votes_apart), 0) differing_votes, count(*) filter (where t.flagged) flagged
              from st join tally t on t.station_id = st.id
              group by st.k
            ),
            names as (%3$s)
            select n.id, n.code, n.name_en, n.name_ru, n.name_kk, s.stations, coalesce(p.registered, 0),
                   coalesce(p.issued, 0), coalesce(p.votes, 0), coalesce(r.info, 0), coalesce(r.minor, 0),
                   coalesce(r.serious, 0), coalesce(r.critical, 0), coalesce(r.verified, 0), coalesce(t.tallies, 0),
                   coalesce(t.differing, 0), coalesce(t.differing_votes, 0), coalesce(t.flagged, 0), s.unobserved
            from stations s join names n on n.id = s.k
            left join protocols p on p.k = s.k
            left join reports r on r.k = s.k
            left join tallies t on t.k = s.k
            order by n.sort, n.name_en""";

    @Inject
    EntityManager entityManager;

    /** The rows of a level; {@code parent} is the unit or district whose page it is (ignored for units). */
    @SuppressWarnings("unchecked")
    public List<Row> rows(Election election, Level level, long parent) {
        var query = entityManager.createNativeQuery(SQL.formatted(level.key, level.filter, level.names))
                .setParameter(1, election.id);
        if (level != Level.UNITS) {
            query.setParameter(2, parent);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(DrillDown::row).toList();
    }

    private static Row row(Object[] r) {
        return new Row(ResultsQueries.number(r[0]), (String) r[1], ResultsQueries.name(r, 2),
                n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13]), n(r[14]),
                n(r[15]), n(r[16]), n(r[17]), n(r[18]));
    }

    /**
     * The same rows as plain JDBC takes them, for the exports that stream through a connection of their
     * own: the statement with "?" for each "?1" (the election) and "?2" (the parent), their order, and how a
     * row is read.
     */
    public record Jdbc(String sql, List<Integer> parameters) {
        public static Row read(java.sql.ResultSet result) throws java.sql.SQLException {
            Object[] values = new Object[result.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = result.getObject(i + 1);
            }
            return row(values);
        }
    }

    public static Jdbc jdbc(Level level) {
        java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("\\?([12])")
                .matcher(SQL.formatted(level.key, level.filter, level.names));
        List<Integer> order = new java.util.ArrayList<>();
        StringBuilder sql = new StringBuilder();
        while (placeholder.find()) {
            order.add(Integer.parseInt(placeholder.group(1)));
            placeholder.appendReplacement(sql, "?");
        }
        placeholder.appendTail(sql);
        return new Jdbc(sql.toString(), List.copyOf(order));
    }

    /** The sums of the rows, for the table's last line. */
    public static Row total(List<Row> rows) {
        long[] sums = new long[14];
        for (Row r : rows) {
            long[] values = { r.stations(), r.registered(), r.issued(), r.votes(), r.info(), r.minor(), r.serious(),
                    r.critical(), r.verified(), r.tallies(), r.differingTallies(), r.differingVotes(),
                    r.flaggedTallies(), r.unobserved() };
            for (int i = 0; i < sums.length; i++) {
                sums[i] += values[i];
            }
        }
        return new Row(0, "", null, sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8],
                sums[9], sums[10], sums[11], sums[12], sums[13]);
    }

    private static long n(Object value) {
        return ResultsQueries.number(value);
    }
}
