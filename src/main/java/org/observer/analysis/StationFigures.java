package org.observer.analysis;

import org.observer.election.LocalizedName;
import org.observer.forensics.StationCounts;

/**
 * One station's party-list figures, official or from an observer's copy, with what a page needs to
 * name and link it. The forensics classes take {@link #counts()}; the rest is for people.
 */
public record StationFigures(long stationId, String number, String name, String address, long unitId, String unitCode,
        LocalizedName unitName, int districtNumber, StationCounts counts) {
}
