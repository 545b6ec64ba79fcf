package org.observer.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.observer.election.Election;
import org.observer.election.LocalizedName;
import org.observer.forensics.ObserverReports;
import org.observer.forensics.StationCounts;

/**
 * Every station's figures for the forensics, one SQL statement each, votes summed per ballot line in
 * PostgreSQL and handed over in ballot order. Official protocols and observers' copies are read apart
 * and never mixed: the tests compare them, they do not average them.
 */
@ApplicationScoped
public class ForensicsData {
    /** ?1 the election; %s the protocols (official_protocol or the latest copy per station) and their lines. */
    private static final String STATIONS = """
            with p as (%s)
            select s.id, s.number, s.name, s.address, u.id, u.code, u.name_en, u.name_ru, u.name_kk, d.id, d.number,
                   p.registered_voters, p.ballots_found,
                   string_agg(coalesce(l.votes, 0)::text, ',' order by b.position)
            from p join polling_station s on s.id = p.station_id
            join administrative_unit u on u.id = s.unit_id
            join district d on d.id = s.district_id
            join ballot_line b on b.election_id = s.election_id
            left join %s l on l.%s = p.id and l.ballot_line_id = b.id
            where s.election_id = ?1
            group by s.id, u.id, d.id, p.registered_voters, p.ballots_found
            order by s.number""";
    private static final String OFFICIAL = STATIONS.formatted("""
            select o.* from official_protocol o join polling_station s on s.id = o.station_id
            where s.election_id = ?1 and o.ballot = 'PARTY_LIST'""", "official_line", "protocol_id");
    /** A corrected copy is another tally: the latest one per station stands for the observers. */
    private static final String COPIES = STATIONS.formatted("""
            select distinct on (t.station_id) t.* from tally t
            where t.election_id = ?1 and t.ballot = 'PARTY_LIST' order by t.station_id, t.id desc""", "tally_line",
            "tally_id");

    @Inject
    EntityManager entityManager;

    public List<StationFigures> official(Election election) {
        return stations(OFFICIAL, election);
    }

    public List<StationFigures> copies(Election election) {
        return stations(COPIES, election);
    }

    /** The latest version of each report, dismissed ones left out (a groundless report is no reason to look). */
    @SuppressWarnings("unchecked")
    public Map<Long, ObserverReports> reports(Election election) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select r.station_id, count(*) filter (where r.severity = 'INFO'), count(*) filter (where r.severity = 'MINOR'),
                       count(*) filter (where r.severity = 'SERIOUS'), count(*) filter (where r.severity = 'CRITICAL'),
                       count(*) filter (where r.status = 'VERIFIED')
                from report r where r.election_id = ?1 and r.latest and r.status <> 'DISMISSED'
                group by r.station_id""").setParameter(1, election.id).getResultList();
        Map<Long, ObserverReports> reports = new HashMap<>();
        for (Object[] r : rows) {
            reports.put(n(r[0]), new ObserverReports((int) n(r[1]), (int) n(r[2]), (int) n(r[3]), (int) n(r[4]),
                    (int) n(r[5])));
        }
        return reports;
    }

    /** The party-list lines in ballot order, as the votes arrays hold them. */
    @SuppressWarnings("unchecked")
    public List<LocalizedName> lines(Election election) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select name_en, name_ru, name_kk from ballot_line where election_id = ?1 order by position""")
                .setParameter(1, election.id).getResultList();
        return rows.stream().map(r -> new LocalizedName((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<StationFigures> stations(String sql, Election election) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter(1, election.id).getResultList();
        return rows.stream().map(r -> new StationFigures(n(r[0]), (String) r[1], (String) r[2], (String) r[3], n(r[4]),
                (String) r[5], new LocalizedName((String) r[6], (String) r[7], (String) r[8]), (int) n(r[10]),
                new StationCounts(n(r[9]), neighbourNumber((String) r[1]), n(r[11]), n(r[12]),
                        Arrays.stream(((String) r[13]).split(",")).mapToLong(Long::parseLong).toArray())))
                .toList();
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
