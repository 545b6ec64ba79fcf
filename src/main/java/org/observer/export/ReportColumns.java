package org.observer.export;

import static org.observer.export.Column.Audience.ORGANISATION;
import static org.observer.export.Column.Audience.PUBLIC;
import static org.observer.export.Column.Audience.STAFF;
import static org.observer.export.Column.Kind.BOOLEAN;
import static org.observer.export.Column.Kind.DATE_TIME;
import static org.observer.export.Column.Kind.NUMBER;
import static org.observer.export.Column.Kind.TEXT;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.observer.review.QueueRow;

/** The columns of the reports export, read from the queue's own row so that both show the same thing. */
final class ReportColumns {
    private ReportColumns() {
    }

    /** Names of regions and categories in the reader's language; times local to the station. */
    static List<Column<QueueRow>> all(Locale language) {
        return List.of(
                Column.of("report_id", NUMBER, PUBLIC, QueueRow::reportId),
                Column.of("receipt_code", TEXT, ORGANISATION, QueueRow::receiptCode),
                Column.of("version", NUMBER, PUBLIC, QueueRow::version),
                Column.of("station", TEXT, PUBLIC, QueueRow::station),
                Column.of("unit", TEXT, PUBLIC, r -> r.unit().in(language)),
                Column.of("district", NUMBER, PUBLIC, QueueRow::district),
                Column.of("category_code", TEXT, PUBLIC, QueueRow::categoryCode),
                Column.of("category", TEXT, PUBLIC, r -> r.category().in(language)),
                Column.of("phase", TEXT, PUBLIC, r -> r.phase().name()),
                Column.of("severity", TEXT, PUBLIC, r -> r.severity().name()),
                Column.of("status", TEXT, PUBLIC, r -> r.status().name()),
                Column.of("observed_at", DATE_TIME, PUBLIC, QueueRow::observedAtStation),
                Column.of("time_zone", TEXT, PUBLIC, QueueRow::timeZone),
                Column.of("received_at", DATE_TIME, ORGANISATION,
                        r -> r.receivedAt().atZoneSameInstant(ZoneId.of(r.timeZone()))),
                Column.of("description", TEXT, PUBLIC, QueueRow::description),
                Column.of("people_involved", TEXT, ORGANISATION, QueueRow::peopleInvolved),
                Column.of("observer", TEXT, ORGANISATION, QueueRow::observer),
                Column.of("organisation", TEXT, ORGANISATION, QueueRow::organisation),
                Column.of("observer_kind", TEXT, ORGANISATION, r -> r.observerKind().name()),
                Column.of("photos", NUMBER, ORGANISATION, QueueRow::photos),
                Column.of("incident_id", NUMBER, PUBLIC, QueueRow::incidentId),
                Column.of("witnesses", NUMBER, PUBLIC, QueueRow::witnesses),
                Column.of("tally_flagged", BOOLEAN, PUBLIC, QueueRow::tallyFlagged),
                Column.of("public_comment", TEXT, PUBLIC, QueueRow::publicComment),
                Column.of("held_by", TEXT, STAFF, QueueRow::heldBy),
                Column.of("dismiss_reason", TEXT, STAFF, QueueRow::dismissReason));
    }
}
