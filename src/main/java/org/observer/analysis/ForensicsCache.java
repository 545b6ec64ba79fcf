package org.observer.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.observer.election.Election;

/**
 * The forensics of the latest data, in two layers, each computed at most once per version on this
 * instance (see {@link ForensicsData#versions}): the statistics, recomputed only when the station list,
 * an official protocol or an observer's copy changes, and the scores on top of them, recomputed when a
 * report is filed or reviewed, which costs one count of the reports and no test. The versions are read
 * from the database on each request, so every instance follows new data and none keeps stale figures.
 * Requests that arrive while a version is being computed wait for that computation (single flight):
 * on election night many reviewers open the district pages at once.
 */
@ApplicationScoped
public class ForensicsCache {
    @Inject
    ForensicsData data;

    private final LatestVersion<ForensicsStatistics> statistics = new LatestVersion<>();
    private final LatestVersion<Forensics> scored = new LatestVersion<>();

    /** The statistics alone, for the forensics page and the sample, which show no score. */
    public ForensicsStatistics statistics(Election election) {
        return statistics(election, data.versions(election));
    }

    /** The statistics with every station's score. */
    public Forensics of(Election election) {
        ForensicsData.Versions versions = data.versions(election);
        return scored.get(versions.statistics() + ":" + versions.reports(), () -> Forensics
                .score(statistics(election, versions), versions.reports(), data.reports(election)));
    }

    private ForensicsStatistics statistics(Election election, ForensicsData.Versions versions) {
        return statistics.get(versions.statistics(), () -> {
            List<ListedStation> stations = data.stations(election);
            return ForensicsStatistics.compute(versions.statistics(), stations, data.official(election, stations),
                    data.copies(election, stations));
        });
    }
}
