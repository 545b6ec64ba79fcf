package org.observer.tally;

import java.util.List;

/**
 * The arithmetic checks printed on a real results protocol. A tally that fails one is not refused:
 * the commission's own copy may be wrong too, and the observer's copy is the evidence. It is sent
 * with the observer's comment and kept flagged with the names of the checks that failed.
 */
public enum TallyCheck {
    /** (1) every ballot found in the boxes is a vote for a line or invalid. */
    VOTES_AND_INVALID_MAKE_FOUND(TallyForm.BALLOTS_FOUND, TallyForm.BALLOTS_INVALID, TallyForm.VOTES),
    /** (2) the boxes cannot hold more ballots than were issued. */
    FOUND_NOT_ABOVE_ISSUED(TallyForm.BALLOTS_FOUND, TallyForm.BALLOTS_ISSUED),
    /** (3) every ballot received was issued or cancelled unused. */
    ISSUED_AND_UNUSED_MAKE_RECEIVED(TallyForm.BALLOTS_ISSUED, TallyForm.BALLOTS_UNUSED, TallyForm.BALLOTS_RECEIVED),
    ISSUED_NOT_ABOVE_REGISTERED(TallyForm.BALLOTS_ISSUED, TallyForm.REGISTERED_VOTERS),
    FOUND_NOT_ABOVE_REGISTERED(TallyForm.BALLOTS_FOUND, TallyForm.REGISTERED_VOTERS);

    private final List<String> fields;

    TallyCheck(String... fields) {
        this.fields = List.of(fields);
    }

    /** The protocol lines the check's message is shown beside. */
    public List<String> fields() {
        return fields;
    }

    public String messageKey() {
        return "check_" + name();
    }

    public static List<TallyCheck> failing(TallyForm.Figures figures) {
        long votes = figures.votes().stream().mapToLong(Integer::longValue).sum();
        List<TallyCheck> failed = new java.util.ArrayList<>();
        if (votes + figures.invalid() != figures.found()) {
            failed.add(VOTES_AND_INVALID_MAKE_FOUND);
        }
        if (figures.found() > figures.issued()) {
            failed.add(FOUND_NOT_ABOVE_ISSUED);
        }
        if ((long) figures.issued() + figures.unused() != figures.received()) {
            failed.add(ISSUED_AND_UNUSED_MAKE_RECEIVED);
        }
        if (figures.issued() > figures.registered()) {
            failed.add(ISSUED_NOT_ABOVE_REGISTERED);
        }
        if (figures.found() > figures.registered()) {
            failed.add(FOUND_NOT_ABOVE_REGISTERED);
        }
        return failed;
    }
}
