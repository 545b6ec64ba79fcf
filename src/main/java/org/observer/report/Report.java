package org.observer.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.observer.accreditation.Accreditation;
import org.observer.accreditation.ObserverSubmission;

/** An incident an observer saw at a station; one row per version (an amendment adds a row). */
@Entity
public class Report extends ObserverSubmission {
    public String receiptCode;
    @Enumerated(EnumType.STRING)
    public Phase phase;
    @ManyToOne(optional = false)
    public IncidentCategory category;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    public OffsetDateTime observedAt;
    public String description;
    public String peopleInvolved;
    public boolean reportedToCommission;
    public String commissionAnswer;
    @Enumerated(EnumType.STRING)
    public ReportStatus status;
    public String publicComment;
    /** The first version, for amendments; null on the first version itself. */
    @ManyToOne
    public Report original;
    public int version;

    public Report first() {
        return original == null ? this : original;
    }

    public ZonedDateTime observedAtStation() {
        return observedAt.atZoneSameInstant(station.zone());
    }


    private static final String WITH_DETAILS = """
            select r from Report r join fetch r.station s join fetch s.unit join fetch s.district
            join fetch r.category join fetch r.accreditation a join fetch a.organisation left join fetch r.original o
            """;

    public static Optional<Report> findByReceipt(String receiptCode) {
        return find(WITH_DETAILS + " where r.receiptCode = ?1", receiptCode).firstResultOptional();
    }

    public static Optional<Report> findBySubmission(UUID submissionId) {
        return find(WITH_DETAILS + " where r.submissionId = ?1", submissionId).firstResultOptional();
    }

    /** Every version of the report, first to last. */
    public static List<Report> versionsOf(Report report) {
        Report first = report.first();
        return find(WITH_DETAILS + " where r.id = ?1 or o.id = ?1 order by r.version", first.id).list();
    }

    /** The observer's reports, the latest version of each, newest first: rows {@code first} to {@code last}. */
    public static List<Report> latestOf(Accreditation accreditation, int first, int last) {
        return find(WITH_DETAILS + """
                 where r.accreditation = ?1 and not exists (
                   select 1 from Report later left join later.original lo
                   where coalesce(lo.id, later.id) = coalesce(o.id, r.id) and later.version > r.version)
                order by r.receivedAt desc, r.id desc""", accreditation).range(first, last).list();
    }
}
