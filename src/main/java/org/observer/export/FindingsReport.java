package org.observer.export;

import java.util.List;
import org.observer.election.Election;
import org.observer.export.FindingsQueries.Count;
import org.observer.export.FindingsQueries.Incident;
import org.observer.export.FindingsQueries.Station;
import org.observer.results.BarChart;
import org.observer.results.ColumnChart;
import org.observer.results.NationalResult;

/**
 * What the findings report says, for one filter of the review queue: the official result beside the
 * observers' reports, the incidents reviewers verified, and the stations that need a second look.
 * {@code filter} is the filter's URL parameters, empty for the whole election.
 */
public record FindingsReport(Election election, String filter, String generatedAt, NationalResult result,
        BarChart chart, ColumnChart turnout, List<Count> byCategory, List<Count> byPhase, List<Count> byRegion,
        List<Incident> incidents, List<Station> protocolDiffers, List<Station> withoutObservers) {

    public long reports() {
        return byCategory.stream().mapToLong(Count::reports).sum();
    }

    public long verified() {
        return byCategory.stream().mapToLong(Count::verified).sum();
    }

    public long verifiedCritical() {
        return incidents.stream().filter(i -> "CRITICAL".equals(i.severity())).count();
    }

    public long verifiedSerious() {
        return incidents.size() - verifiedCritical();
    }
}
