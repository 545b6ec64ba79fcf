package org.observer.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.observer.forensics.LookHereFirst;
import org.observer.forensics.ObserverReports;
import org.observer.forensics.StationFlag;

/**
 * The forensics as the results pages and the review queue use them: the {@link ForensicsStatistics} of
 * the figures, with each station's "look here first" score from its flags and its observers' reports.
 * Made again when reports change, from the same statistics.
 *
 * @param version the statistics' version and the reports' version
 * @param stations keyed by station id: every station with an official protocol, and every station
 *        observers reported from, protocol or not (reports are a reason to look before any result is in)
 */
public record Forensics(String version, ForensicsStatistics statistics, Map<Long, StationView> stations) {

    /**
     * @param flagged the station's official figures and flags; null while it has no official protocol
     */
    public record StationView(ListedStation station, ForensicsStatistics.StationFlags flagged, LookHereFirst score) {
        public Set<StationFlag> flags() {
            return flagged == null ? Set.of() : flagged.flags();
        }
    }

    public static Forensics score(ForensicsStatistics statistics, String reportsVersion,
            Map<Long, ObserverReports> reports) {
        Map<Long, StationView> views = new LinkedHashMap<>();
        for (ListedStation station : statistics.stations()) {
            ForensicsStatistics.StationFlags flagged = statistics.flagged().get(station.id());
            ObserverReports reported = reports.get(station.id());
            if (flagged != null || reported != null) {
                views.put(station.id(), new StationView(station, flagged, LookHereFirst
                        .of(flagged == null ? Set.of() : flagged.flags(), reported == null ? ObserverReports.NONE : reported)));
            }
        }
        return new Forensics(statistics.version() + ":" + reportsVersion, statistics, views);
    }

    /** The flags of the given stations by number, every station present (with no flag where none): for a district's rows. */
    public Map<String, Set<StationFlag>> flagsByNumber(Collection<String> numbers) {
        Map<String, Set<StationFlag>> byNumber = new HashMap<>();
        numbers.forEach(number -> byNumber.put(number, Set.of()));
        stations.values().stream().filter(v -> byNumber.containsKey(v.station().number()))
                .forEach(v -> byNumber.put(v.station().number(), v.flags()));
        return byNumber;
    }

    /** The stations ordered for review, highest score first; stations without a point are left out. */
    public List<StationView> queue() {
        return stations.values().stream().filter(v -> v.score().total() > 0)
                .sorted(Comparator.comparing(StationView::score, LookHereFirst.HIGHEST_FIRST)
                        .thenComparing(v -> v.station().number()))
                .toList();
    }
}
