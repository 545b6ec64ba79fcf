package org.observer.election;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The active election and its stations as a report submission needs them (ids and time zone), kept
 * for a short while (the "active-election" and "stations" caches in application.properties) because
 * 50 observers sending at once would otherwise ask the database the same thing each time.
 * A hint, never the last word: each instance has its own copy, and the statement that files a report
 * checks again that the election is active; whatever is missing here is looked up in the database.
 * The only thing a stale entry can get wrong is a station's time zone changed by a re-import, for as
 * long as the cache keeps it.
 */
@ApplicationScoped
public class StationDirectory {
    /** What filing a report needs of a station. */
    public record Entry(long id, ZoneId zone) {
    }

    @CacheResult(cacheName = "active-election")
    public Optional<Long> activeElectionId() {
        return Election.findActive().map(election -> election.id);
    }

    /** The station of that election with that number, or null. */
    @CacheResult(cacheName = "stations")
    public Entry station(long electionId, String number) {
        return PollingStation.<PollingStation>find("election.id = ?1 and number = ?2", electionId, number)
                .firstResultOptional().map(station -> new Entry(station.id, station.zone())).orElse(null);
    }
}
