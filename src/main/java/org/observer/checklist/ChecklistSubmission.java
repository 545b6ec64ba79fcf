package org.observer.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.observer.accreditation.Accreditation;
import org.observer.accreditation.ObserverSubmission;
import org.observer.election.PollingStation;
import org.observer.report.Phase;

/** A checklist as an observer sent it for one station and phase; its answers are {@link ChecklistAnswer}s. */
@Entity
public class ChecklistSubmission extends ObserverSubmission {
    @Enumerated(EnumType.STRING)
    public Phase phase;

    private static final String WITH_DETAILS = """
            select c from ChecklistSubmission c join fetch c.station s join fetch s.unit
            join fetch c.accreditation a join fetch a.organisation
            """;

    public static Optional<ChecklistSubmission> findBySubmission(UUID submissionId) {
        return find(WITH_DETAILS + " where c.submissionId = ?1", submissionId).firstResultOptional();
    }

    /** What the observer sent for the station, newest first. */
    public static List<ChecklistSubmission> of(Accreditation accreditation, PollingStation station) {
        return find(WITH_DETAILS + " where c.accreditation = ?1 and c.station = ?2 order by c.receivedAt desc",
                accreditation, station).list();
    }
}
