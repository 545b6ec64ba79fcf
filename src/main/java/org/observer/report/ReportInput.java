package org.observer.report;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What a checked incident form says. */
public record ReportInput(UUID submissionId, Phase phase, long categoryId, Severity severity,
        OffsetDateTime observedAt, String description, String peopleInvolved, boolean reportedToCommission,
        String commissionAnswer) {
}
