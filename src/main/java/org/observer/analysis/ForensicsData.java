package org.observer.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.observer.election.Election;
import org.observer.election.LocalizedName;
import org.observer.forensics.ObserverReports;
import org.observer.forensics.StationCounts;

/**
 * The election's station list and every station's figures for the forensics, one SQL statement each,
 * votes summed per ballot line in PostgreSQL and handed over in ballot order. Official protocols and
 * observers' copies are read apart and never mixed: the tests compare them, they do not average them.
 *
 * <p>The statements ({@code ?1} is the election) and the functions that turn their rows into records
 * are public and static: the benchmark (src/bench/ForensicsBench.java) runs the same ones over JDBC.
 */
@ApplicationScoped
public class ForensicsData {
    /** Every station of the election in number order, the order the sample is drawn in. */
    public static final String LIST = """
            select s.id, s.number, s.name, s.address, u.id, u.code, u.name_en, u.name_ru, u.name_kk, d.id, d.number
            from polling_station s join administrative_unit u on u.id = s.unit_id
            join district d on d.id = s.district_id
            where s.election_id = ?1
            order by s.number""";
    /** %s the protocols (official_protocol or the latest copy per station) and their lines. */
    private static final String FIGURES = """
            with p as (%s)
            select p.station_id, p.registered_voters, p.ballots_issued,
                   string_agg(coalesce(l.votes, 0)::text, ',' order by b.position), p.differs
            from p join polling_station s on s.id = p.station_id
            join ballot_line b on b.election_id = s.election_id
            left join %s l on l.%s = p.id and l.ballot_line_id = b.id
            where s.election_id = ?1
            group by p.station_id, p.registered_voters, p.ballots_issued, p.differs""";
    public static final String OFFICIAL = FIGURES.formatted("""
            select o.*, false differs from official_protocol o join polling_station s on s.id = o.station_id
            where s.election_id = ?1 and o.ballot = 'PARTY_LIST'""", "official_line", "protocol_id");
    /** A corrected copy is another tally: the latest one per station stands for the observers. */
    public static final String COPIES = FIGURES.formatted("""
            select distinct on (t.station_id) t.* from tally t
            where t.election_id = ?1 and t.ballot = 'PARTY_LIST' order by t.station_id, t.id desc""", "tally_line",
            "tally_id");
    /**
     * The latest version of each report, dismissed ones left out (a groundless report is no reason to look);
     * verified irregularities as the results pages count them (verified, above INFO).
     */
    public static final String REPORTS = """
            select r.station_id, count(*) filter (where r.severity = 'INFO'), count(*) filter (where r.severity = 'MINOR'),
                   count(*) filter (where r.severity = 'SERIOUS'), count(*) filter (where r.severity = 'CRITICAL'),
                   count(*) filter (where r.status = 'VERIFIED' and r.severity <> 'INFO')
            from report r where r.election_id = ?1 and r.latest and r.status <> 'DISMISSED'
            group by r.station_id""";
    /**
     * Index look-ups that move whenever something the forensics read changes, and only then: new rows
     * have higher ids; an official protocol corrected in place writes RESULTS_IMPORTED to the audit trail
     * and a review decision STATUS_CHANGED (both found through the index on audit_event's action). A
     * copy is never changed, a corrected one is a new tally. A station renamed in place by a new
     * import of the election is not seen until the next change: the figures do not depend on names.
     */
    public static final String VERSIONS = """
            select concat_ws('-', (select count(*) || '.' || coalesce(max(id), 0) from polling_station
                                   where election_id = ?1),
                                  (select coalesce(max(id), 0) from official_protocol),
                                  (select coalesce(max(id), 0) from audit_event where action = 'RESULTS_IMPORTED'),
                                  (select coalesce(max(id), 0) from tally)),
                   concat_ws('-', (select coalesce(max(id), 0) from report),
                                  (select coalesce(max(id), 0) from audit_event where action = 'STATUS_CHANGED'))""";

    @Inject
    EntityManager entityManager;

    /**
     * @param statistics moves when the station list, an official protocol or an observer's copy does
     * @param reports moves when a report is filed or amended or a reviewer changes its status
     */
    public record Versions(String statistics, String reports) {
        /** From the row of {@link #VERSIONS}. */
        public static Versions of(long electionId, Object[] row) {
            return new Versions(electionId + ":" + row[0], (String) row[1]);
        }
    }

    public Versions versions(Election election) {
        return Versions.of(election.id, (Object[]) query(VERSIONS, election).getSingleResult());
    }

    public List<ListedStation> stations(Election election) {
        return stationsOf(rows(LIST, election));
    }

    /** The official protocols of the listed stations that have one, in the list's order. */
    public List<StationFigures> official(Election election, List<ListedStation> stations) {
        return figuresOf(rows(OFFICIAL, election), stations);
    }

    /** The latest observer copy of the listed stations that have one, in the list's order. */
    public List<StationFigures> copies(Election election, List<ListedStation> stations) {
        return figuresOf(rows(COPIES, election), stations);
    }

    public Map<Long, ObserverReports> reports(Election election) {
        return reportsOf(rows(REPORTS, election));
    }

    /** The party-list lines in ballot order, as the votes arrays hold them. */
    @SuppressWarnings("unchecked")
    public List<LocalizedName> lines(Election election) {
        List<Object[]> rows = query("""
                select name_en, name_ru, name_kk from ballot_line where election_id = ?1 order by position""", election)
                .getResultList();
        return rows.stream().map(r -> new LocalizedName((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** The rows of {@link #LIST}. */
    public static List<ListedStation> stationsOf(List<Object[]> rows) {
        return rows.stream().map(r -> new ListedStation(n(r[0]), (String) r[1], (String) r[2], (String) r[3], n(r[4]),
                (String) r[5], new LocalizedName((String) r[6], (String) r[7], (String) r[8]), n(r[9]), (int) n(r[10])))
                .toList();
    }

    /** The rows of {@link #OFFICIAL} or {@link #COPIES}, for the listed stations in their order. */
    public static List<StationFigures> figuresOf(List<Object[]> rows, List<ListedStation> stations) {
        Map<Long, Object[]> byStation = new HashMap<>();
        rows.forEach(r -> byStation.put(n(r[0]), r));
        List<StationFigures> figures = new ArrayList<>(rows.size());
        for (ListedStation station : stations) {
            Object[] r = byStation.get(station.id());
            if (r != null) {
                figures.add(new StationFigures(station, new StationCounts(station.districtId(),
                        neighbourNumber(station.number()), n(r[1]), n(r[2]),
                        Arrays.stream(((String) r[3]).split(",")).mapToLong(Long::parseLong).toArray()),
                        Boolean.TRUE.equals(r[4])));
            }
        }
        return figures;
    }

    /** The rows of {@link #REPORTS}, by station id. */
    public static Map<Long, ObserverReports> reportsOf(List<Object[]> rows) {
        Map<Long, ObserverReports> reports = new HashMap<>();
        for (Object[] r : rows) {
            reports.put(n(r[0]), new ObserverReports((int) n(r[1]), (int) n(r[2]), (int) n(r[3]), (int) n(r[4]),
                    (int) n(r[5])));
        }
        return reports;
    }

    private jakarta.persistence.Query query(String sql, Election election) {
        return entityManager.createNativeQuery(sql).setParameter(1, election.id);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Election election) {
        return query(sql, election).getResultList();
    }

    /**
     * Station numbers are text ("010001"); the outlier test compares n with n + 1 in a district. A
     * number that is not all digits gets -1 and so no neighbour, rather than a wrong one.
     */
    static int neighbourNumber(String number) {
        return number.matches("\\d{1,9}") ? Integer.parseInt(number) : -1;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
