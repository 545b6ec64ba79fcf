package org.observer.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.observer.accreditation.Accreditation;
import org.observer.election.LocalizedName;
import org.observer.report.Phase;
import org.observer.report.ReportStatus;
import org.observer.report.Severity;

/** One report as the queue, the JSON API and the exports list it: its latest version and its review state. */
public record QueueRow(long id, long reportId, String receiptCode, int version, String station, LocalizedName unit,
        int district, String categoryCode, LocalizedName category, Phase phase, Severity severity,
        ReportStatus status, OffsetDateTime observedAt, String timeZone, OffsetDateTime receivedAt,
        String description, String peopleInvolved, String observer, String organisation, Accreditation.Kind observerKind,
        String heldBy, int reviewVersion, long incidentId, int witnesses, int photos, boolean tallyFlagged,
        String publicComment, String dismissReason) {

    /** The columns {@link #read} reads, over the tables of {@link ReportQuery}. */
    public static final String COLUMNS = """
            r.id, coalesce(r.original_id, r.id), r.receipt_code, r.version, s.number,
            u.name_en, u.name_ru, u.name_kk, d.number, c.code, c.name_en, c.name_ru, c.name_kk,
            r.phase, r.severity, r.status, r.observed_at, coalesce(s.time_zone, u.time_zone), r.received_at,
            r.description, r.people_involved, a.full_name, o.name, a.kind,
            case when r.status = 'IN_REVIEW' then r.holder_name end, r.review_version, r.incident_group_id,
            (select count(*) from report w where w.incident_group_id = r.incident_group_id and w.latest),
            (select count(*) from report v join report_photo p on p.report_id = v.id
              where coalesce(v.original_id, v.id) = coalesce(r.original_id, r.id)),
            exists (select 1 from tally t where t.station_id = r.station_id and t.flagged),
            r.public_comment, r.dismiss_reason""";

    public static QueueRow read(ResultSet row) throws SQLException {
        return new QueueRow(row.getLong(1), row.getLong(2), row.getString(3), row.getInt(4), row.getString(5),
                new LocalizedName(row.getString(6), row.getString(7), row.getString(8)), row.getInt(9),
                row.getString(10), new LocalizedName(row.getString(11), row.getString(12), row.getString(13)),
                Phase.valueOf(row.getString(14)), Severity.valueOf(row.getString(15)),
                ReportStatus.valueOf(row.getString(16)), row.getObject(17, OffsetDateTime.class), row.getString(18),
                row.getObject(19, OffsetDateTime.class), row.getString(20), row.getString(21), row.getString(22),
                row.getString(23), Accreditation.Kind.valueOf(row.getString(24)), row.getString(25), row.getInt(26),
                row.getLong(27), row.getInt(28), row.getInt(29), row.getBoolean(30), row.getString(31),
                row.getString(32));
    }

    public ZonedDateTime observedAtStation() {
        return observedAt.atZoneSameInstant(ZoneId.of(timeZone));
    }

    /** The start of the description, for a list. */
    public String excerpt() {
        return description.length() <= 160 ? description : description.substring(0, 157) + "…";
    }
}
