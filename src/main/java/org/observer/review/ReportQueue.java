package org.observer.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.observer.election.Election;

/** Pages of the review queue. No count of the whole table: a page asks for one row more to know there is a next. */
@ApplicationScoped
public class ReportQueue {
    public static final int PAGE_SIZE = 50;
    /** Counting stops here: beyond it the page says "more than". */
    public static final int COUNT_LIMIT = 10_000;

    public record Page(List<QueueRow> rows, boolean hasNext, long count, boolean countCapped) {
    }

    @Inject
    EntityManager entityManager;

    public Page page(ReportFilter filter, Election election) {
        ReportQuery query = ReportQuery.of(filter, election.id, zoneOf(election));
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            List<QueueRow> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("select " + QueueRow.COLUMNS + " from "
                    + query.from() + " order by " + query.orderBy(filter.sort()) + " limit ? offset ?")) {
                int next = query.bind(statement);
                statement.setInt(next, PAGE_SIZE + 1);
                statement.setLong(next + 1, (long) (filter.page() - 1) * PAGE_SIZE);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(QueueRow.read(result));
                    }
                }
            }
            long count;
            try (PreparedStatement statement = connection.prepareStatement(
                    "select count(*) from (select 1 from " + query.from() + " limit " + (COUNT_LIMIT + 1) + ") x")) {
                query.bind(statement);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    count = result.getLong(1);
                }
            }
            boolean hasNext = rows.size() > PAGE_SIZE;
            return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, hasNext, Math.min(count, COUNT_LIMIT),
                    count > COUNT_LIMIT);
        });
    }

    @Inject
    ElectionZone zones;

    /** The zone the filter's times are read in (see {@link ElectionZone}). */
    public ZoneId zoneOf(Election election) {
        return ZoneId.of(zones.of(election.id));
    }
}
