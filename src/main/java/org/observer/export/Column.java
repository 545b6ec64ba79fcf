package org.observer.export;

import java.util.List;
import java.util.function.Function;

/**
 * One column of an exported table: its name in the header row, its kind (so XLSX cells carry numbers
 * and dates, not text), who may see it, and how it is read from a row.
 */
public record Column<R>(String name, Kind kind, Audience audience, Function<R, Object> value) {

    public enum Kind {
        TEXT, NUMBER, DECIMAL, BOOLEAN,
        /** A local time where it happened (a {@link java.time.ZonedDateTime}); its zone is another column. */
        DATE_TIME
    }

    /** Who may see a column; each level sees its own and those before it. */
    public enum Audience {
        /** Fit to publish: stations and findings, nothing about a person. */
        PUBLIC,
        /** Observers' names, contacts, people they named, photos: their organisation's coordinators and the staff. */
        ORGANISATION,
        /** What reviewers keep among themselves: who holds a report, why it was dismissed. */
        STAFF
    }

    public static <R> Column<R> of(String name, Kind kind, Audience audience, Function<R, Object> value) {
        return new Column<>(name, kind, audience, value);
    }

    /** The columns the flavour asks for that the reader may see, in their order. */
    public static <R> List<Column<R>> visible(List<Column<R>> all, Flavour flavour, Audience reader) {
        Audience limit = flavour == Flavour.PUBLIC ? Audience.PUBLIC : reader;
        return all.stream().filter(c -> c.audience.compareTo(limit) <= 0).toList();
    }
}
