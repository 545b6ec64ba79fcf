package org.observer.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.observer.election.LocalizedName;
import org.observer.review.ReportFilter;
import org.observer.review.ReportQuery;

/**
 * The findings report's counts and lists, each one SQL statement over the queue's own query
 * ({@link ReportQuery}), so the report says exactly what the queue with the same filter shows.
 */
@ApplicationScoped
public class FindingsQueries {
    @Inject
    EntityManager entityManager;

    /** A group of reports: messageKey for a phase, name for a category or region (the other null). */
    public record Count(String messageKey, LocalizedName name, long reports, long verified) {
        static final int BAR = 120;

        /** The length of this group's bar, in px of a 120 px chart: its reports against the largest group's. */
        public long bar(java.util.List<Count> all) {
            return length(reports, all);
        }

        /** The same for its verified reports. */
        public long verifiedBar(java.util.List<Count> all) {
            return length(verified, all);
        }

        private static long length(long value, java.util.List<Count> all) {
            long most = all.stream().mapToLong(Count::reports).max().orElse(0);
            return most == 0 ? 0 : Math.round((double) BAR * value / most);
        }
    }

    public record Incident(String station, String severity, String messageKey, LocalizedName category,
            String observedAt, String description) {
    }

    /** A station with the figure that puts it in its list (observer copies, or 0). */
    public record Station(String number, LocalizedName unit, long copies) {
    }

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String COUNTS = "select %s, count(*), count(*) filter (where r.status = 'VERIFIED') from %s group by %s order by %s";

    public List<Count> byCategory(ReportQuery query) {
        return run(COUNTS.formatted("c.code, c.name_en, c.name_ru, c.name_kk", query.from(), "c.id", "c.position"), query,
                r -> new Count(null, name(r, 1), number(r[4]), number(r[5])));
    }

    public List<Count> byPhase(ReportQuery query) {
        return run(COUNTS.formatted("r.phase", query.from(), "r.phase", """
                array_position(array['OPENING','VOTING','CLOSING','COUNTING','TABULATION']::varchar[], r.phase)"""),
                query, r -> new Count("phase_" + r[0], null, number(r[1]), number(r[2])));
    }

    public List<Count> byRegion(ReportQuery query) {
        return run(COUNTS.formatted("u.code, u.name_en, u.name_ru, u.name_kk", query.from(), "u.id", "u.code"), query,
                r -> new Count(null, name(r, 1), number(r[4]), number(r[5])));
    }

    /** Verified serious and critical reports of the filter, the most severe and latest first, in local time. */
    public List<Incident> verifiedIncidents(ReportQuery query, ZoneId zone) {
        return run("select s.number, r.severity, c.name_en, c.name_ru, c.name_kk, r.observed_at, r.description from "
                + query.from() + " and r.status = 'VERIFIED' and r.severity in ('SERIOUS', 'CRITICAL')"
                + " order by r.severity = 'CRITICAL' desc, r.observed_at desc, r.id desc", query,
                r -> new Incident((String) r[0], (String) r[1], "severity_" + r[1], name(r, 2),
                        LOCAL_TIME.format(((java.sql.Timestamp) r[5]).toInstant().atZone(zone)),
                        (String) r[6]));
    }

    /**
     * Stations of the filter's region where an observer copy of a ballot has any of the six protocol figures
     * or a line's votes unlike the official protocol: a copy that disagrees is what an observer would dispute.
     * The comparison the database keeps with each copy (tally.differs, V21), which the drill-down counts too.
     */
    public List<Station> protocolDiffers(long electionId, ReportFilter filter) {
        return stations("""
                select s.number, u.name_en, u.name_ru, u.name_kk, count(*)
                from polling_station s join administrative_unit u on u.id = s.unit_id join district d on d.id = s.district_id
                join tally t on t.station_id = s.id
                where s.election_id = ? %s and t.differs
                group by s.id, s.number, u.name_en, u.name_ru, u.name_kk order by s.number""", electionId, filter);
    }

    /** Stations of the filter's region no observer was assigned to and none reported from or copied. */
    public List<Station> withoutObservers(long electionId, ReportFilter filter) {
        return stations("""
                select s.number, u.name_en, u.name_ru, u.name_kk, 0
                from polling_station s join administrative_unit u on u.id = s.unit_id join district d on d.id = s.district_id
                where s.election_id = ? %s
                  and not exists (select 1 from station_assignment a where a.station_id = s.id)
                  and not exists (select 1 from report r where r.station_id = s.id)
                  and not exists (select 1 from tally t where t.station_id = s.id)
                order by s.number""", electionId, filter);
    }

    private List<Station> stations(String sql, long electionId, ReportFilter filter) {
        List<Object> params = new ArrayList<>(List.of(electionId));
        StringBuilder where = new StringBuilder();
        // the station lists follow the filter's place only: the other criteria are about reports
        if (filter.unit() != null) {
            where.append(" and u.code = ?");
            params.add(filter.unit());
        }
        if (filter.district() != null) {
            where.append(" and d.number = ?");
            params.add(filter.district());
        }
        if (filter.station() != null) {
            where.append(" and s.number = ?");
            params.add(filter.station());
        }
        return run(sql.formatted(where), new ReportQuery("", params),
                r -> new Station((String) r[0], name(r, 1), number(r[4])));
    }

    private <T> List<T> run(String sql, ReportQuery query, Function<Object[], T> row) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            List<T> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                query.bind(statement);
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        Object[] values = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            values[i] = result.getObject(i + 1);
                        }
                        rows.add(row.apply(values));
                    }
                }
            }
            return rows;
        });
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalizedName name(Object[] row, int first) {
        return new LocalizedName((String) row[first], (String) row[first + 1], (String) row[first + 2]);
    }
}
