package org.observer.tally;

import java.util.Optional;

/** The two ballots of the election, each with its own protocol at every polling station. */
public enum Ballot {
    PARTY_LIST, SINGLE_MEMBER;

    /** Its name in the tally message bundle. */
    public String messageKey() {
        return "ballot_" + name();
    }

    /** The ballot a link or form names; no name means the party list, which every station has. */
    public static Optional<Ballot> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(PARTY_LIST);
        }
        try {
            return Optional.of(valueOf(name.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
