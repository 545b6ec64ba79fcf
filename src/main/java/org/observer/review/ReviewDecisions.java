package org.observer.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.observer.audit.AuditTrail;
import org.observer.report.ReportStatus;

/**
 * Changes a report's review state. Each change names the review version the reviewer saw: when the
 * report moved on since (another reviewer's decision, an amendment), nothing is written and the
 * reviewer is told, never a silent overwrite. Writers of a report's state lock its first version
 * first, so they queue up instead of deadlocking with an amendment.
 */
@ApplicationScoped
public class ReviewDecisions {
    public enum Outcome { DONE, CONFLICT, REFUSED, HELD, REASON_REQUIRED, NOT_FOUND }

    /** The reviewer acting, and whether they are an admin. */
    public record Reviewer(AuditTrail.Actor actor, boolean admin) {
    }

    /** One report's answer to a decision; its state as it is now, for the conflict message. */
    public record Result(long reportId, Outcome outcome, ReportStatus status, String heldBy, String receiptCode) {
    }

    @Inject
    EntityManager entityManager;
    @Inject
    AuditTrail audit;

    record State(long latestId, long stationId, ReportStatus status, String holderSubject, String holderName,
            int version, String receiptCode, String publicComment) {
    }

    @Transactional
    public Result decide(Reviewer reviewer, long reportId, int seenVersion, Decision decision, String reason) {
        return apply(reviewer, reportId, seenVersion, decision, reason);
    }

    /** The same decision on several reports at once: the ones that changed since are left as they are and named. */
    @Transactional
    public List<Result> decideAll(Reviewer reviewer, List<long[]> reportsAndVersions, Decision decision, String reason) {
        List<Result> results = new ArrayList<>();
        // in one order, so two bulk decisions over the same reports never wait on each other in a circle
        reportsAndVersions.stream().sorted(Comparator.comparingLong(r -> r[0]))
                .forEach(r -> results.add(apply(reviewer, r[0], (int) r[1], decision, reason)));
        return results;
    }

    private Result apply(Reviewer reviewer, long reportId, int seenVersion, Decision decision, String reason) {
        State state = lock(reportId);
        if (state == null) {
            return new Result(reportId, Outcome.NOT_FOUND, null, null, null);
        }
        Outcome refusal = refusal(reviewer, state, seenVersion, decision, reason);
        if (refusal != null) {
            return new Result(reportId, refusal, state.status, state.holderName, state.receiptCode);
        }
        boolean holds = decision.holds();
        update(reportId, """
                status = ?, holder_subject = ?, holder_name = ?, dismiss_reason = ?""",
                decision.to.name(), holds ? reviewer.actor().subject() : null, holds ? reviewer.actor().name() : null,
                decision.needsReason() ? reason.strip() : null);
        audit.record(reviewer.actor(), "STATUS_CHANGED", "REPORT", reportId, state.stationId, state.status.name(),
                decision.needsReason() ? decision.to.name() + ": " + reason.strip() : decision.to.name());
        return new Result(reportId, Outcome.DONE, decision.to, holds ? reviewer.actor().name() : null,
                state.receiptCode);
    }

    private static Outcome refusal(Reviewer reviewer, State state, int seenVersion, Decision decision, String reason) {
        if (state.version != seenVersion) {
            return Outcome.CONFLICT;
        }
        if (!decision.from.contains(state.status) || decision.adminOnly && !reviewer.admin()) {
            return Outcome.REFUSED;
        }
        if (state.status == ReportStatus.IN_REVIEW && !reviewer.admin()
                && !Objects.equals(state.holderSubject, reviewer.actor().subject())) {
            return Outcome.HELD;
        }
        if (decision.needsReason() && (reason == null || reason.isBlank())) {
            return Outcome.REASON_REQUIRED;
        }
        return null;
    }

    /** The one comment the observer sees; empty text takes it away. */
    @Transactional
    public Result publicComment(Reviewer reviewer, long reportId, int seenVersion, String text) {
        State state = lock(reportId);
        if (state == null) {
            return new Result(reportId, Outcome.NOT_FOUND, null, null, null);
        }
        if (state.version != seenVersion) {
            return new Result(reportId, Outcome.CONFLICT, state.status, state.holderName, state.receiptCode);
        }
        String comment = text == null || text.isBlank() ? null : text.strip();
        if (!Objects.equals(comment, state.publicComment)) {
            update(reportId, "public_comment = ?", comment);
            audit.record(reviewer.actor(), "PUBLIC_COMMENT", "REPORT", reportId, state.stationId, state.publicComment,
                    comment);
        }
        return new Result(reportId, Outcome.DONE, state.status, state.holderName, state.receiptCode);
    }

    /** Locks the report (its first version) and reads its review state from its latest version. */
    State lock(long reportId) {
        List<?> locked = entityManager.createNativeQuery(
                "select id from report where id = ?1 and original_id is null for update")
                .setParameter(1, reportId).getResultList();
        if (locked.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select id, station_id, status, holder_subject, holder_name, review_version, receipt_code, public_comment
                from report where coalesce(original_id, id) = ?1 and latest""")
                .setParameter(1, reportId).getSingleResult();
        return new State(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ReportStatus.valueOf((String) row[2]), (String) row[3], (String) row[4], ((Number) row[5]).intValue(),
                (String) row[6], (String) row[7]);
    }

    /** Sets columns on every version of the report (the first ? is the report) and moves its review version on. */
    void update(long reportId, String assignments, Object... values) {
        // JDBC, because it sends a null as a value of no type that PostgreSQL types from the column
        entityManager.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var statement = connection.prepareStatement("update report set " + assignments
                    + ", review_version = review_version + 1 where coalesce(original_id, id) = ?")) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.setLong(values.length + 1, reportId);
                statement.executeUpdate();
            }
        });
    }
}
