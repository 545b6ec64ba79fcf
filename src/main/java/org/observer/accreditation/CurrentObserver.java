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

    private Optional<Accreditation> accreditation;

    public Optional<Accreditation> accreditation() {
        if (accreditation == null) {
            accreditation = link.of(user, Election.requireActive());
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
        PollingStation station = PollingStation.findByNumber(observer.election, number == null ? "" : number.strip())
                .orElseThrow(NotFoundException::new);
        boolean assigned = PollingStation.count("""
                select count(s) from Accreditation a join a.stations s where a.id = ?1 and s.id = ?2""",
                observer.id, station.id) > 0;
        return new StationChoice(station, assigned);
    }
}
