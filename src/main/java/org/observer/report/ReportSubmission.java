package org.observer.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.observer.accreditation.Accreditation;
import org.observer.audit.AuditTrail;
import org.observer.data.ReceiptCode;
import org.observer.election.PollingStation;
import org.observer.photo.CheckedPhoto;
import org.observer.photo.PhotoStore;

/**
 * Files a report: the report, its audit event and the end of the draft it came from in one
 * statement, its photos in the same transaction. The submission id is unique in the table, so a
 * repeated send, also two at the same moment, finds the report the first one made instead of
 * making a second.
 */
@ApplicationScoped
public class ReportSubmission {
    @Inject
    EntityManager entityManager;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    PhotoStore photoStore;

    static final int RECEIPT_CODE_ATTEMPTS = 5;

    /**
     * The author is found by the Keycloak subject in the statement itself, in the election only while
     * it is active: a caller that took the election from a cache cannot file into one switched off since.
     * "Do nothing" on any unique key: a second copy of the submission waits for the first one's
     * transaction and then inserts nothing, and so does a receipt code that is already taken.
     */
    static final String FILE = """
            with given (election_id, subject, submission_id, receipt_code, station_id, station_assigned, phase,
                        category_id, severity, observed_at, description, people_involved, reported_to_commission,
                        commission_answer, original_id, version, action, from_value) as (
                values (cast(? as bigint), cast(? as varchar), cast(? as uuid), cast(? as varchar), cast(? as bigint),
                        cast(? as boolean), cast(? as varchar), cast(? as bigint), cast(? as varchar),
                        cast(? as timestamptz), cast(? as text), cast(? as text), cast(? as boolean), cast(? as text),
                        cast(? as bigint), cast(? as integer), cast(? as varchar), cast(? as text))),
            author as (
                select a.id, coalesce(a.subject, a.login) as actor, a.full_name
                from given g join accreditation a on a.election_id = g.election_id and a.subject = g.subject
                join election e on e.id = a.election_id and e.active),
            filed as (
                insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id,
                    station_assigned, phase, category_id, severity, observed_at, description, people_involved,
                    reported_to_commission, commission_answer, original_id, version)
                select g.election_id, g.submission_id, g.receipt_code, g.station_id, author.id,
                    coalesce(g.station_assigned, exists (select 1 from station_assignment s
                                                         where s.accreditation_id = author.id
                                                           and s.station_id = g.station_id)),
                    g.phase, g.category_id, g.severity, g.observed_at, g.description, g.people_involved,
                    g.reported_to_commission, g.commission_answer, g.original_id, g.version
                from given g cross join author where true
                on conflict do nothing
                returning id, receipt_code),
            audit as (
            """ + AuditTrail.INSERT + """
                select author.actor, author.full_name, g.action, 'REPORT', coalesce(g.original_id, filed.id),
                       g.station_id, g.from_value, 'v' || g.version
                from given g, author, filed),
            draft as (
                delete from report_draft d using given g, author
                where d.submission_id = g.submission_id and d.accreditation_id = author.id)
            select author.id, filed.id, filed.receipt_code from author left join filed on true""";

    /**
     * What the statement needs besides the form. {@code assigned} null: whether the station is one of
     * the author's is read in the statement. {@code originalId} null for a first version.
     */
    record Filing(long electionId, String subject, long stationId, Boolean assigned, ReportInput input,
            Long originalId, int version) {
    }

    /** The report the send made ({@code reportId}), or null with the receipt of the one an earlier send made. */
    record Filed(Long reportId, String receiptCode, boolean sameAsSent) {
    }

    /**
     * The receipt of a send. {@code changed}: an earlier send of this submission id said something
     * else (the form came back with "Back" and was edited): nothing was stored, the receipt is the earlier one's.
     */
    public record Sent(String receiptCode, boolean changed) {
    }

    /** Files the report (for a repeated send, finds the first one's). */
    @Transactional
    public Sent submit(Accreditation author, PollingStation station, boolean assigned, ReportInput input,
            List<CheckedPhoto> photos, Report amends) {
        Long originalId = null;
        int version = 1;
        if (amends != null) {
            // one amendment at a time per report: the next version number is then certain
            Report first = entityManager.find(Report.class, amends.first().id, LockModeType.PESSIMISTIC_WRITE);
            originalId = first.id;
            version = 1 + ((Number) entityManager.createQuery(
                    "select max(r.version) from Report r where r.id = ?1 or r.original.id = ?1")
                    .setParameter(1, first.id).getSingleResult()).intValue();
        }
        Filing filing = new Filing(station.election.id, author.subject, station.id, assigned, input, originalId,
                version);
        Filed filed = entityManager.unwrap(Session.class).doReturningWork(connection -> file(connection, filing))
                .orElseThrow(() -> new IllegalStateException("accreditation " + author.id + " is not its user's"));
        if (filed.reportId() != null) {
            for (int i = 0; i < photos.size(); i++) {
                entityManager.createNativeQuery(
                        "insert into report_photo (report_id, position, photo_id) values (?1, ?2, ?3)")
                        .setParameter(1, filed.reportId()).setParameter(2, i + 1)
                        .setParameter(3, photoStore.save(photos.get(i))).executeUpdate();
            }
        }
        return new Sent(filed.receiptCode(), !filed.sameAsSent());
    }

    /**
     * A first version without photos, the common case on election day, in one statement and no
     * transaction around it (the statement is one): no transaction manager, no persistence context.
     * Empty when the subject has no accreditation in the active election; the caller then takes the
     * way through {@link #submit}, where a first sign-in links one.
     */
    public Optional<Sent> submitWithoutPhotos(long electionId, String subject, long stationId, ReportInput input) {
        try (Connection connection = dataSource.getConnection()) {
            return file(connection, new Filing(electionId, subject, stationId, null, input, null, 1))
                    .map(filed -> new Sent(filed.receiptCode(), !filed.sameAsSent()));
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private static Optional<Filed> file(Connection connection, Filing filing) throws SQLException {
        for (int attempt = 0; attempt < RECEIPT_CODE_ATTEMPTS; attempt++) {
            long authorId;
            try (PreparedStatement insert = connection.prepareStatement(FILE)) {
                bind(insert, filing, ReceiptCode.next());
                try (ResultSet row = insert.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    authorId = row.getLong(1);
                    long reportId = row.getLong(2);
                    if (!row.wasNull()) {
                        return Optional.of(new Filed(reportId, row.getString(3), true));
                    }
                }
            }
            try (PreparedStatement existing = connection.prepareStatement(EARLIER)) {
                bindContent(existing, 1, filing.input());
                existing.setObject(9, filing.input().submissionId());
                try (ResultSet row = existing.executeQuery()) {
                    if (row.next()) {
                        if (row.getLong(1) != authorId) {
                            // someone else's id: say nothing about their report
                            throw new NotFoundException();
                        }
                        return Optional.of(new Filed(null, row.getString(2), row.getBoolean(3)));
                    }
                }
            }
            // not the submission id: the receipt code was taken, draw another
        }
        throw new IllegalStateException("no free receipt code after " + RECEIPT_CODE_ATTEMPTS + " attempts");
    }

    /** The report an earlier send of the submission id made, and whether it says what this send says (photos aside). */
    static final String EARLIER = """
            select accreditation_id, receipt_code,
                   (phase, category_id, severity, observed_at, description, people_involved, reported_to_commission,
                    commission_answer)
                   is not distinct from
                   (cast(? as varchar), cast(? as bigint), cast(? as varchar), cast(? as timestamptz), cast(? as text),
                    cast(? as text), cast(? as boolean), cast(? as text))
            from report where submission_id = ?""";

    /** What the report says, from the parameter {@code first} on: phase to the commission's answer, 8 parameters. */
    private static void bindContent(PreparedStatement statement, int first, ReportInput input) throws SQLException {
        statement.setString(first, input.phase().name());
        statement.setLong(first + 1, input.categoryId());
        statement.setString(first + 2, input.severity().name());
        statement.setObject(first + 3, input.observedAt());
        statement.setString(first + 4, input.description());
        statement.setString(first + 5, input.peopleInvolved());
        statement.setBoolean(first + 6, input.reportedToCommission());
        statement.setString(first + 7, input.commissionAnswer());
    }

    private static void bind(PreparedStatement statement, Filing filing, String receiptCode) throws SQLException {
        ReportInput input = filing.input();
        statement.setLong(1, filing.electionId());
        statement.setString(2, filing.subject());
        statement.setObject(3, input.submissionId());
        statement.setString(4, receiptCode);
        statement.setLong(5, filing.stationId());
        statement.setObject(6, filing.assigned(), Types.BOOLEAN);
        bindContent(statement, 7, input);
        statement.setObject(15, filing.originalId(), Types.BIGINT);
        statement.setInt(16, filing.version());
        statement.setString(17, filing.originalId() == null ? "REPORT_FILED" : "REPORT_AMENDED");
        statement.setString(18, filing.originalId() == null ? "" : "v" + (filing.version() - 1));
    }

    /**
     * Keeps the form to finish later; saving again under the same submission id updates the draft.
     * A form whose id was already sent (the page came back with "Back") gets a fresh id, so its
     * changes are not lost behind the first report. Returns the id the draft is kept under.
     */
    @Transactional
    public java.util.UUID saveDraft(Accreditation author, PollingStation station, java.util.UUID submissionId,
            String fields) {
        if (Report.count("submissionId", submissionId) > 0) {
            submissionId = java.util.UUID.randomUUID();
        }
        entityManager.createNativeQuery("""
                insert into report_draft (accreditation_id, submission_id, station_id, fields)
                values (?1, ?2, ?3, ?4)
                on conflict (submission_id) do update set fields = excluded.fields, updated_at = now()
                where report_draft.accreditation_id = excluded.accreditation_id""")
                .setParameter(1, author.id).setParameter(2, submissionId).setParameter(3, station.id)
                .setParameter(4, fields).executeUpdate();
        return submissionId;
    }

    /** Throws the author's draft away; anyone else's stays. */
    @Transactional
    public void deleteDraft(Accreditation author, java.util.UUID submissionId) {
        entityManager.createNativeQuery("delete from report_draft where submission_id = ?1 and accreditation_id = ?2")
                .setParameter(1, submissionId).setParameter(2, author.id).executeUpdate();
    }
}
