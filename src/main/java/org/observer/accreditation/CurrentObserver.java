package org.observer.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import org.observer.election.Election;
import org.observer.election.PollingStation;
import org.observer.web.CurrentUser;

/** The signed-in observer's accreditation in the active election, looked up once per request. */
@RequestScoped
public class CurrentObserver {
    @Inject
    CurrentUser user;
    @Inject
    AccreditationLink link;

    private Election election;
    private Optional<Accreditation> accreditation;

    /** The active election, looked up once per request. */
    public Election election() {
        if (election == null) {
            election = Election.requireActive();
        }
        return election;
    }

    public Optional<Accreditation> accreditation() {
        if (accreditation == null) {
            accreditation = link.of(user, election());
        }
        return accreditation;
    }

    /** Observers without an accreditation may look, not write. */
    public Accreditation require() {
        return accreditation().orElseThrow(() -> new io.quarkus.security.ForbiddenException("no accreditation"));
    }

    /** A station of the active election the observer reports on, and whether it is one assigned to them. */
    public record StationChoice(PollingStation station, boolean assigned) {
    }

    public StationChoice station(String number) {
        Accreditation observer = require();
        // one query: the station with what its pages show, and whether it is one of the observer's
        java.util.List<Object[]> found = PollingStation.getEntityManager().createQuery("""
                select s, (select count(a) from Accreditation a join a.stations mine where a.id = ?2 and mine = s)
                from PollingStation s join fetch s.unit join fetch s.district join fetch s.election
                where s.election = ?1 and s.number = ?3""", Object[].class)
                .setParameter(1, observer.election).setParameter(2, observer.id)
                .setParameter(3, number == null ? "" : number.strip()).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return new StationChoice((PollingStation) found.get(0)[0], ((Number) found.get(0)[1]).longValue() > 0);
    }
}
