package org.observer.results;

import java.math.BigDecimal;
import org.observer.election.SeatMethod;

/** How an election shares out its party-list seats: the method, the threshold and the number of seats. */
public record SeatRule(SeatMethod method, BigDecimal thresholdPercent, int seats) {
}
