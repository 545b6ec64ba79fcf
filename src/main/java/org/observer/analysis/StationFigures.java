package org.observer.analysis;

import org.observer.forensics.StationCounts;

/**
 * One station's party-list figures, official or from an observer's copy. The forensics classes take
 * {@link #counts()}; {@link #station()} is for people.
 *
 * @param differs for a copy: whether it differs from the official protocol in any figure or line, as the
 *        database compares them (tally.differs, V21) for every page; false for an official protocol
 */
public record StationFigures(ListedStation station, StationCounts counts, boolean differs) {
}
