package org.observer.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.observer.data.IdentityEntity;
import org.observer.election.Election;
import org.observer.election.PollingStation;

/**
 * What every form an observer sends from a station has: who, where, whether the station is one of
 * theirs, when it arrived, and the submission id that makes a second send the same as the first.
 */
@MappedSuperclass
public abstract class ObserverSubmission extends IdentityEntity {
    @ManyToOne(optional = false)
    public Election election;
    public UUID submissionId;
    @ManyToOne(optional = false)
    public PollingStation station;
    @ManyToOne(optional = false)
    public Accreditation accreditation;
    public boolean stationAssigned;
    /** Set by the database when the row is written. */
    @Column(insertable = false, updatable = false)
    public OffsetDateTime receivedAt;

    public ZonedDateTime receivedAtStation() {
        return receivedAt.atZoneSameInstant(station.zone());
    }
}
