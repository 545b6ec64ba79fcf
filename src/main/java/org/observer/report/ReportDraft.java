package org.observer.report;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.observer.accreditation.Accreditation;
import org.observer.data.IdentityEntity;
import org.observer.election.PollingStation;

/** An incident form saved to finish later, under the submission id it will be sent with. */
@Entity
public class ReportDraft extends IdentityEntity {
    @ManyToOne(optional = false)
    public Accreditation accreditation;
    public UUID submissionId;
    @ManyToOne(optional = false)
    public PollingStation station;
    public String fields;
    public OffsetDateTime updatedAt;

    public static List<ReportDraft> of(Accreditation accreditation) {
        return list("""
                select d from ReportDraft d join fetch d.station where d.accreditation = ?1
                order by d.updatedAt desc""", accreditation);
    }

    public static Optional<ReportDraft> find(Accreditation accreditation, UUID submissionId) {
        return find("accreditation = ?1 and submissionId = ?2", accreditation, submissionId).firstResultOptional();
    }
}
