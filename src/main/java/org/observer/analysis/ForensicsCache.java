package org.observer.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.observer.election.Election;
import org.observer.results.DashboardCharts;

/**
 * The forensics of the latest data version, computed at most once per version on this instance. The
 * key is the results pages' refresh version (max ids of reports, copies, audit events and protocols,
 * read from the database), so every instance recomputes when results change and none keeps stale
 * figures; a report's review shows as an audit event, so the scores follow it too.
 */
@ApplicationScoped
public class ForensicsCache {
    @Inject
    ForensicsData data;
    @Inject
    DashboardCharts charts;

    private final AtomicReference<Forensics> latest = new AtomicReference<>();

    public Forensics of(Election election) {
        String version = election.id + ":" + charts.version();
        Forensics cached = latest.get();
        if (cached != null && cached.version().equals(version)) {
            return cached;
        }
        // two requests may compute the same version at once: both results are equal, the last one stays
        List<ListedStation> stations = data.stations(election);
        Forensics computed = Forensics.compute(version, stations, data.official(election, stations),
                data.copies(election, stations), data.reports(election));
        latest.set(computed);
        return computed;
    }
}
