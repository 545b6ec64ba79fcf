package org.observer.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.observer.data.ReceiptCode;
import org.observer.support.DemoData;
import org.observer.support.Sql;

/** Reports put straight into the database, as if observers had sent them, to review in a test. */
@ApplicationScoped
public class ReviewFixture {
    /** Election day, in Astana's time. */
    public static final OffsetDateTime NOON = OffsetDateTime.parse("2023-03-19T12:00:00+06:00");

    @Inject
    Sql sql;

    /** A report by the demo accreditation of {@code login} at {@code station}; returns its receipt code. */
    public String report(String login, String station, String category, String phase, String severity,
            OffsetDateTime observedAt, String description) {
        return sql.text("""
                insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id,
                    station_assigned, phase, category_id, severity, observed_at, description, reported_to_commission)
                select e.id, ?1, ?2, s.id, a.id, true, ?3, c.id, ?4, ?5, ?6, false
                from election e join polling_station s on s.election_id = e.id and s.number = ?7
                join accreditation a on a.election_id = e.id and a.login = ?8
                join incident_category c on c.election_id = e.id and c.code = ?9
                where e.code = ?10 returning receipt_code""", UUID.randomUUID(), ReceiptCode.next(), phase, severity,
                observedAt, description, station, login, category, DemoData.CODE);
    }

    public long id(String receiptCode) {
        return sql.number("select coalesce(original_id, id) from report where receipt_code = ?1", receiptCode);
    }

    public String status(String receiptCode) {
        return sql.text("select status from report where receipt_code = ?1", receiptCode);
    }

    public int version(String receiptCode) {
        return (int) sql.number("""
                select review_version from report where coalesce(original_id, id) = ?1 and latest""", id(receiptCode));
    }

    public long incident(String receiptCode) {
        return sql.number("select incident_group_id from report where receipt_code = ?1", receiptCode);
    }

    public long auditCount(String receiptCode, String action) {
        return sql.number("select count(*) from audit_event where subject_type = 'REPORT' and subject_id = ?1 and action = ?2",
                id(receiptCode), action);
    }
}
