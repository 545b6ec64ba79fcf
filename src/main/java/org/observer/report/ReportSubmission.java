package org.observer.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import org.observer.accreditation.Accreditation;
import org.observer.audit.AuditTrail;
import org.observer.data.ReceiptCode;
import org.observer.election.PollingStation;
import org.observer.photo.CheckedPhoto;
import org.observer.photo.PhotoStore;

/**
 * Files a report in one transaction: the report, its photos, and the draft it came from gone.
 * The submission id is unique in the table, so a repeated send, also two at the same moment,
 * finds the report the first one made instead of making a second.
 */
@ApplicationScoped
public class ReportSubmission {
    @Inject
    EntityManager entityManager;
    @Inject
    PhotoStore photoStore;
    @Inject
    AuditTrail audit;

    static final int RECEIPT_CODE_ATTEMPTS = 5;

    /** Files the report and returns its receipt code (the one the first send got, for a repeated send). */
    @Transactional
    public String submit(Accreditation author, PollingStation station, boolean assigned, ReportInput input,
            List<CheckedPhoto> photos, Report amends) {
        long originalId = 0;
        int version = 1;
        if (amends != null) {
            // one amendment at a time per report: the next version number is then certain
            Report first = entityManager.find(Report.class, amends.first().id, LockModeType.PESSIMISTIC_WRITE);
            originalId = first.id;
            version = 1 + ((Number) entityManager.createQuery(
                    "select max(r.version) from Report r where r.id = ?1 or r.original.id = ?1")
                    .setParameter(1, first.id).getSingleResult()).intValue();
        }
        for (int attempt = 0; attempt < RECEIPT_CODE_ATTEMPTS; attempt++) {
            List<Object[]> inserted = insert(author, station, assigned, input, originalId, version);
            if (!inserted.isEmpty()) {
                long id = ((Number) inserted.get(0)[0]).longValue();
                // the trail follows the report's first version: all its versions are one report to a reader
                audit.record(new AuditTrail.Actor(author.subject == null ? author.login : author.subject,
                        author.fullName), amends == null ? "REPORT_FILED" : "REPORT_AMENDED", "REPORT",
                        originalId == 0 ? id : originalId, station.id,
                        amends == null ? null : "v" + (version - 1), "v" + version);
                for (int i = 0; i < photos.size(); i++) {
                    entityManager.createNativeQuery(
                            "insert into report_photo (report_id, position, photo_id) values (?1, ?2, ?3)")
                            .setParameter(1, id).setParameter(2, i + 1).setParameter(3, photoStore.save(photos.get(i)))
                            .executeUpdate();
                }
                return (String) inserted.get(0)[1];
            }
            @SuppressWarnings("unchecked")
            List<Object[]> existing = entityManager.createNativeQuery(
                    "select accreditation_id, receipt_code from report where submission_id = ?1")
                    .setParameter(1, input.submissionId()).getResultList();
            if (!existing.isEmpty()) {
                if (((Number) existing.get(0)[0]).longValue() != author.id) {
                    // someone else's id: say nothing about their report
                    throw new NotFoundException();
                }
                return (String) existing.get(0)[1];
            }
            // not the submission id: the receipt code was taken, draw another
        }
        throw new IllegalStateException("no free receipt code after " + RECEIPT_CODE_ATTEMPTS + " attempts");
    }

    /**
     * "Do nothing" on any unique key: a second copy of the submission waits for the first one's
     * transaction and then inserts nothing, and so does a receipt code that is already taken.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> insert(Accreditation author, PollingStation station, boolean assigned, ReportInput input,
            long originalId, int version) {
        // the draft the form came from, if any, goes in the same statement
        return entityManager.createNativeQuery("""
                with filed as (
                    insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id,
                        station_assigned, phase, category_id, severity, observed_at, description, people_involved,
                        reported_to_commission, commission_answer, original_id, version)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, nullif(?15, 0), ?16)
                    on conflict do nothing
                    returning id, receipt_code),
                draft as (delete from report_draft where submission_id = ?2 and accreditation_id = ?5)
                select id, receipt_code from filed""")
                .setParameter(1, station.election.id).setParameter(2, input.submissionId())
                .setParameter(3, ReceiptCode.next()).setParameter(4, station.id).setParameter(5, author.id)
                .setParameter(6, assigned).setParameter(7, input.phase().name())
                .setParameter(8, input.category().id).setParameter(9, input.severity().name())
                .setParameter(10, input.observedAt()).setParameter(11, input.description())
                .setParameter(12, input.peopleInvolved()).setParameter(13, input.reportedToCommission())
                .setParameter(14, input.commissionAnswer()).setParameter(15, originalId).setParameter(16, version)
                .getResultList();
    }

    /**
     * Keeps the form to finish later; saving again under the same submission id updates the draft.
     * A form whose id was already sent (the page came back with "Back") gets a fresh id, so its
     * changes are not lost behind the first report. Returns the id the draft is kept under.
     */
    @Transactional
    public java.util.UUID saveDraft(Accreditation author, PollingStation station, java.util.UUID submissionId,
            String fields) {
        if (Report.count("submissionId", submissionId) > 0) {
            submissionId = java.util.UUID.randomUUID();
        }
        entityManager.createNativeQuery("""
                insert into report_draft (accreditation_id, submission_id, station_id, fields)
                values (?1, ?2, ?3, ?4)
                on conflict (submission_id) do update set fields = excluded.fields, updated_at = now()
                where report_draft.accreditation_id = excluded.accreditation_id""")
                .setParameter(1, author.id).setParameter(2, submissionId).setParameter(3, station.id)
                .setParameter(4, fields).executeUpdate();
        return submissionId;
    }
}
