package org.observer.report;

/** The part of election day an observation belongs to. */
public enum Phase {
    OPENING, VOTING, CLOSING, COUNTING, TABULATION;

    public String messageKey() {
        return "phase_" + name();
    }
}
