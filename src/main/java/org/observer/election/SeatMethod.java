package org.observer.election;

/** How the party-list seats of an election are shared out. */
public enum SeatMethod {
    LARGEST_REMAINDER_HARE,
    DHONDT,
    SAINTE_LAGUE
}
