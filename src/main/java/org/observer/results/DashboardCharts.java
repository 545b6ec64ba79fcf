package org.observer.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.observer.election.Election;

/** The dashboard's distributions, counted in SQL: station turnout in 5% bins, reports per hour by severity. */
@ApplicationScoped
public class DashboardCharts {
    static final List<String> SEVERITIES = List.of("INFO", "MINOR", "SERIOUS", "CRITICAL");
    static final List<String> SEVERITY_COLOURS = List.of("#6b7785", "#b38600", "#d35400", "#b00020");

    @Inject
    EntityManager entityManager;

    /** Stations by the turnout of their party-list protocol: 20 bins of 5 points. */
    @SuppressWarnings("unchecked")
    public ColumnChart turnout(Election election) {
        long[] bins = new long[20];
        List<Object[]> rows = entityManager.createNativeQuery("""
                select least(floor(20.0 * p.ballots_issued / p.registered_voters)::int, 19) bin, count(*)
                from official_protocol p join polling_station s on s.id = p.station_id
                where s.election_id = ?1 and p.ballot = 'PARTY_LIST' and p.registered_voters > 0
                group by bin""").setParameter(1, election.id).getResultList();
        rows.forEach(r -> bins[((Number) r[0]).intValue()] = ((Number) r[1]).longValue());
        List<String> labels = new ArrayList<>();
        List<long[]> stacks = new ArrayList<>();
        for (int i = 0; i < bins.length; i++) {
            labels.add(String.valueOf(i * 5));
            stacks.add(new long[] { bins[i] });
        }
        return ColumnChart.of(labels, stacks, List.of("stations"), List.of("#0b5cad"), 2);
    }

    /**
     * The latest version of each report observed on election day by the hour on its station's clock
     * (report.observed_local, kept by the database, read through an index).
     */
    @SuppressWarnings("unchecked")
    public ColumnChart reportsPerHour(Election election) {
        long[][] hours = new long[24][SEVERITIES.size()];
        List<Object[]> rows = entityManager.createNativeQuery("""
                select date_part('hour', r.observed_local)::int, r.severity, count(*)
                from report r
                where r.election_id = ?1 and r.latest
                  and r.observed_local >= cast(?2 as date) and r.observed_local < cast(?2 as date) + 1
                group by 1, 2""").setParameter(1, election.id).setParameter(2, election.electionDate)
                .getResultList();
        rows.forEach(r -> hours[((Number) r[0]).intValue()][SEVERITIES.indexOf((String) r[1])] = ((Number) r[2])
                .longValue());
        List<String> labels = new ArrayList<>();
        List<long[]> stacks = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            labels.add(String.valueOf(h));
            stacks.add(hours[h]);
        }
        return ColumnChart.of(labels, stacks, SEVERITIES, SEVERITY_COLOURS, 3);
    }

    /**
     * Changes whenever a report, copy or protocol arrives, a reviewer decides (every decision is an audit
     * event; exports, which change no figure, are left out) or a station's observers change: the pages
     * ask for it now and then and fetch themselves again when it moves. Index look-ups and a sum over the
     * assignments, so that asking often costs little; from the database, so every instance of the app
     * gives the same answer. Not per election: a change elsewhere costs one needless refresh.
     */
    public String version() {
        return String.valueOf(entityManager.createNativeQuery("""
                select concat_ws('-', (select coalesce(max(id), 0) from report), (select coalesce(max(id), 0) from tally),
                                      (select coalesce(max(id), 0) from audit_event where subject_type <> 'EXPORT'),
                                      (select coalesce(max(id), 0) from official_protocol),
                                      (select count(*) || ':'
                                              || coalesce(sum(hashtextextended(station_id || ':' || accreditation_id, 0)), 0)
                                       from station_assignment))""").getSingleResult());
    }
}
