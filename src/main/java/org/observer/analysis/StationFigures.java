package org.observer.analysis;

import org.observer.forensics.StationCounts;

/**
 * One station's party-list figures, official or from an observer's copy. The forensics classes take
 * {@link #counts()}; {@link #station()} is for people.
 */
public record StationFigures(ListedStation station, StationCounts counts) {
}
