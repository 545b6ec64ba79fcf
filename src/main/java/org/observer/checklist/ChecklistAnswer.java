package org.observer.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.observer.accreditation.Accreditation;
import org.observer.data.IdentityEntity;
import org.observer.election.PollingStation;
import org.observer.report.Phase;

/**
 * The answer to one question of a sent checklist. Who, where and which phase are repeated on each
 * row so that counts by station or question need no join through the submission.
 */
@Entity
public class ChecklistAnswer extends IdentityEntity {
    public UUID submissionId;
    @ManyToOne(optional = false)
    public Accreditation accreditation;
    @ManyToOne(optional = false)
    public PollingStation station;
    public boolean stationAssigned;
    @Enumerated(EnumType.STRING)
    public Phase phase;
    @ManyToOne(optional = false)
    public ChecklistQuestion question;
    public Boolean answerYes;
    public Integer answerNumber;
    /** Set by the database, the same moment as the submission's. */
    @Column(insertable = false, updatable = false)
    public OffsetDateTime answeredAt;

    /** The answers of one sent checklist, in the order of the questions. */
    public static List<ChecklistAnswer> of(ChecklistSubmission submission) {
        return list("""
                select a from ChecklistAnswer a join fetch a.question q
                where a.submissionId = ?1 order by q.position, q.code""", submission.submissionId);
    }
}
