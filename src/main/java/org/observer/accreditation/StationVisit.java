package org.observer.accreditation;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.observer.data.IdentityEntity;
import org.observer.election.PollingStation;

/** An observer's time at a station, from check-in to check-out; {@link #leftAt} is null while there. */
@Entity
public class StationVisit extends IdentityEntity {
    @ManyToOne(optional = false)
    public Accreditation accreditation;
    @ManyToOne(optional = false)
    public PollingStation station;
    public OffsetDateTime arrivedAt;
    public OffsetDateTime leftAt;

    public boolean isOpen() {
        return leftAt == null;
    }

    public ZonedDateTime arrivedAtStation() {
        return arrivedAt.atZoneSameInstant(station.zone());
    }

    /** When the observer left, in the station's time; null while still there. */
    public ZonedDateTime leftAtStation() {
        return leftAt == null ? null : leftAt.atZoneSameInstant(station.zone());
    }

    /** The station the observer is at now, if checked in anywhere. */
    public static Optional<StationVisit> openOf(Accreditation accreditation) {
        return find("""
                select v from StationVisit v join fetch v.station s join fetch s.unit
                where v.accreditation = ?1 and v.leftAt is null""", accreditation).firstResultOptional();
    }

    /** The observer's visits to the station, latest first. */
    public static List<StationVisit> of(Accreditation accreditation, PollingStation station) {
        return find("""
                select v from StationVisit v join fetch v.station s join fetch s.unit
                where v.accreditation = ?1 and v.station = ?2 order by v.arrivedAt desc""", accreditation, station)
                .list();
    }

    /** Which observers were at the station and when, for reviewers: every visit, earliest first. */
    public static List<StationVisit> ofStation(PollingStation station) {
        return find("""
                select v from StationVisit v join fetch v.station s join fetch s.unit
                join fetch v.accreditation a join fetch a.organisation
                where v.station = ?1 order by v.arrivedAt, v.id""", station).list();
    }
}
