package org.observer.review;

import java.util.Set;
import org.observer.report.ReportStatus;

/**
 * What a reviewer can do to a report's status, from which statuses, and who may. Reviewers take reports
 * and decide on them; only an admin reopens a decision or decides on a report another reviewer holds.
 */
public enum Decision {
    TAKE(ReportStatus.IN_REVIEW, Set.of(ReportStatus.NEW), false),
    RELEASE(ReportStatus.NEW, Set.of(ReportStatus.IN_REVIEW), false),
    VERIFY(ReportStatus.VERIFIED, Set.of(ReportStatus.NEW, ReportStatus.IN_REVIEW), false),
    DISMISS(ReportStatus.DISMISSED, Set.of(ReportStatus.NEW, ReportStatus.IN_REVIEW), false),
    REFER(ReportStatus.REFERRED, Set.of(ReportStatus.NEW, ReportStatus.IN_REVIEW), false),
    REOPEN(ReportStatus.IN_REVIEW, Set.of(ReportStatus.VERIFIED, ReportStatus.DISMISSED, ReportStatus.REFERRED), true);

    public final ReportStatus to;
    public final Set<ReportStatus> from;
    public final boolean adminOnly;

    Decision(ReportStatus to, Set<ReportStatus> from, boolean adminOnly) {
        this.to = to;
        this.from = from;
        this.adminOnly = adminOnly;
    }

    public boolean needsReason() {
        return this == DISMISS;
    }

    /** A decision that keeps the report with whoever made it. */
    public boolean holds() {
        return to == ReportStatus.IN_REVIEW;
    }

    public String messageKey() {
        return "decision_" + name();
    }

    /**
     * What the reviewer may decide on a report in this status: nothing, for a reviewer who is not an admin,
     * on a report someone else holds (the report page offers only what would be accepted).
     */
    public static java.util.List<Decision> from(ReportStatus status, boolean admin, boolean heldByAnother) {
        if (status == ReportStatus.IN_REVIEW && heldByAnother && !admin) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(values()).filter(d -> d.from.contains(status) && (admin || !d.adminOnly))
                .toList();
    }
}
