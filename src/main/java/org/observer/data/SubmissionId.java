package org.observer.data;

import java.util.Optional;
import java.util.UUID;

/**
 * Each form carries an id made when the form is shown (or by the offline queue in the browser).
 * Sending the same id again returns what the first send created, never a second copy.
 */
public final class SubmissionId {
    private SubmissionId() {
    }

    public static String fresh() {
        return UUID.randomUUID().toString();
    }

    public static Optional<UUID> parse(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
