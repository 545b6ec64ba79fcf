package org.observer.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.observer.election.PollingStation;

/**
 * Check-in and check-out. The database sets the times; an observer is at one station at a time
 * (a unique index on the open visit), so checking in twice, also at the same moment, is one visit.
 */
@ApplicationScoped
public class StationVisits {
    @Inject
    EntityManager entityManager;

    /** Checks the observer in, out of any other station first; at this station already, nothing changes. */
    @Transactional
    public void checkIn(Accreditation observer, PollingStation station) {
        // nobody is at two stations: an observer who forgot to check out has left the other one by now
        entityManager.createNativeQuery("""
                update station_visit set left_at = now()
                where accreditation_id = ?1 and left_at is null and station_id <> ?2""")
                .setParameter(1, observer.id).setParameter(2, station.id).executeUpdate();
        entityManager.createNativeQuery("""
                insert into station_visit (accreditation_id, station_id) values (?1, ?2)
                on conflict (accreditation_id) where left_at is null do nothing""")
                .setParameter(1, observer.id).setParameter(2, station.id).executeUpdate();
    }

    /** Returns false when the observer was not checked in at the station: there was nothing to end. */
    @Transactional
    public boolean checkOut(Accreditation observer, PollingStation station) {
        return entityManager.createNativeQuery("""
                update station_visit set left_at = now()
                where accreditation_id = ?1 and station_id = ?2 and left_at is null""")
                .setParameter(1, observer.id).setParameter(2, station.id).executeUpdate() > 0;
    }
}
