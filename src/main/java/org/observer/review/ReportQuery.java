package org.observer.review;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The SQL a {@link ReportFilter} stands for: one query over the latest version of each report, so the
 * queue, the JSON API and every export select exactly the same rows. Aliases: r report, s polling_station,
 * u administrative_unit, d district, c incident_category, a accreditation, o organisation.
 */
public record ReportQuery(String from, List<Object> params) {

    public static ReportQuery of(ReportFilter filter, long electionId, ZoneId zone) {
        StringBuilder sql = new StringBuilder("""
                report r
                join polling_station s on s.id = r.station_id
                join administrative_unit u on u.id = s.unit_id
                join district d on d.id = s.district_id
                join incident_category c on c.id = r.category_id
                join accreditation a on a.id = r.accreditation_id
                join organisation o on o.id = a.organisation_id
                where r.election_id = ? and r.latest""");
        List<Object> params = new ArrayList<>();
        params.add(electionId);
        in(sql, params, "r.phase", filter.phases());
        in(sql, params, "r.severity", filter.severities());
        in(sql, params, "r.status", filter.statuses());
        equal(sql, params, "c.code", filter.category());
        equal(sql, params, "u.code", filter.unit());
        equal(sql, params, "d.number", filter.district());
        equal(sql, params, "s.number", filter.station());
        equal(sql, params, "a.organisation_id", filter.organisation());
        equal(sql, params, "a.kind", filter.kind() == null ? null : filter.kind().name());
        if (filter.from() != null) {
            sql.append(" and r.observed_at >= ?");
            params.add(at(filter.from(), zone));
        }
        if (filter.to() != null) {
            // "to 14:00" takes in what was observed during that minute
            sql.append(" and r.observed_at < ?");
            params.add(at(filter.to().plusMinutes(1), zone));
        }
        if (filter.hasPhotos() != null) {
            sql.append(filter.hasPhotos() ? " and r.has_photos" : " and not r.has_photos");
        }
        if (filter.tallyFlagged() != null) {
            sql.append(filter.tallyFlagged() ? " and " : " and not ")
                    .append("exists (select 1 from tally t where t.station_id = r.station_id and t.flagged)");
        }
        if (filter.text() != null) {
            sql.append(" and r.search @@ websearch_to_tsquery('simple', ?)");
            params.add(filter.text());
        }
        return new ReportQuery(sql.toString(), List.copyOf(params));
    }

    public String orderBy(ReportFilter.Sort sort) {
        return switch (sort) {
            case TIME -> "r.observed_at desc, r.id desc";
            case SEVERITY -> """
                    case r.severity when 'CRITICAL' then 0 when 'SERIOUS' then 1 when 'MINOR' then 2 else 3 end,
                    r.observed_at desc, r.id desc""";
            case STATION -> "s.number, r.observed_at desc, r.id desc";
        };
    }

    /** Binds the filter's values, from the first parameter on; returns the index of the next one. */
    public int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object param : params) {
            statement.setObject(index++, param);
        }
        return index;
    }

    private static java.time.OffsetDateTime at(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toOffsetDateTime();
    }

    private static void equal(StringBuilder sql, List<Object> params, String column, Object value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static void in(StringBuilder sql, List<Object> params, String column, Collection<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            sql.append(" and ").append(column).append(" in (")
                    .append(String.join(", ", java.util.Collections.nCopies(values.size(), "?"))).append(')');
            values.forEach(v -> params.add(v.name()));
        }
    }
}
