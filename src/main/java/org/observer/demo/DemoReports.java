package org.observer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.observer.data.ReceiptCode;
import org.observer.election.Election;
import org.observer.photo.PhotoCheck;
import org.observer.photo.PhotoStore;

/**
 * Generated incident reports for the demo: spread over the observers' assigned stations and the
 * hours of election day, in every status, some with a photo. The demo reviewer holds the ones in
 * review, dismissed ones say why, and each report's history says who filed and decided it, so the
 * demo `reviewer` account can work on them as on real ones. Seeded, and keyed by submission ids
 * made from their number, so loading the demo again adds nothing.
 */
@ApplicationScoped
public class DemoReports {
    private static final String[] PHASES = { "OPENING", "VOTING", "CLOSING", "COUNTING", "TABULATION" };
    private static final String[] SEVERITIES = { "INFO", "MINOR", "MINOR", "SERIOUS", "SERIOUS", "CRITICAL" };
    private static final String[] STATUSES = { "NEW", "NEW", "NEW", "NEW", "IN_REVIEW", "IN_REVIEW", "VERIFIED",
            "VERIFIED", "DISMISSED", "REFERRED" };
    /** Every twentieth report carries a photo. */
    static final int PHOTO_EVERY = 20;
    /** The demo realm's `reviewer` account (docker/keycloak/observer-realm.json): its Keycloak subject and name. */
    static final String REVIEWER_SUBJECT = "00000000-0000-4000-8000-000000000002";
    static final String REVIEWER_NAME = "Daniyar Reviewer";
    static final String DISMISS_REASON = "Allowed by the election law: no irregularity.";

    @Inject
    EntityManager entityManager;
    @Inject
    PhotoStore photoStore;

    /** Adds the generated reports that are not there yet; returns how many it added. */
    @Transactional
    public int generate(Election election, int count, long seed) {
        @SuppressWarnings("unchecked")
        List<Object[]> assignments = entityManager.createNativeQuery("""
                select sa.accreditation_id, s.id, coalesce(s.time_zone, u.time_zone)
                from station_assignment sa
                join accreditation a on a.id = sa.accreditation_id and a.election_id = ?1
                join polling_station s on s.id = sa.station_id
                join administrative_unit u on u.id = s.unit_id
                order by sa.accreditation_id, s.id""").setParameter(1, election.id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> categories = entityManager.createNativeQuery(
                "select id, name_en from incident_category where election_id = ?1 order by position")
                .setParameter(1, election.id).getResultList();
        if (assignments.isEmpty() || categories.isEmpty()) {
            return 0;
        }
        Random random = new Random(seed);
        int added = 0;
        for (int i = 0; i < count; i++) {
            Object[] where = assignments.get(random.nextInt(assignments.size()));
            Object[] category = categories.get(random.nextInt(categories.size()));
            int phase = random.nextInt(PHASES.length);
            ZonedDateTime observed = observedAt(election, phase, ZoneId.of((String) where[2]), random);
            String status = STATUSES[random.nextInt(STATUSES.length)];
            String severity = SEVERITIES[random.nextInt(SEVERITIES.length)];
            boolean reported = random.nextBoolean();
            UUID submission = UUID.nameUUIDFromBytes(("demo-report-" + election.code + "-" + i)
                    .getBytes(StandardCharsets.UTF_8));
            @SuppressWarnings("unchecked")
            List<Number> inserted = entityManager.createNativeQuery("""
                    insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id,
                        station_assigned, phase, category_id, severity, observed_at, description, people_involved,
                        reported_to_commission, commission_answer, status, public_comment, received_at,
                        holder_subject, holder_name, dismiss_reason)
                    values (?1, ?2, ?3, ?4, ?5, true, ?6, ?7, ?8, ?9, ?10, '', ?11, ?12, ?13, ?14, ?15,
                        ?16, ?17, ?18)
                    on conflict do nothing returning id""")
                    .setParameter(1, election.id).setParameter(2, submission).setParameter(3, ReceiptCode.next())
                    .setParameter(4, ((Number) where[1]).longValue()).setParameter(5, ((Number) where[0]).longValue())
                    .setParameter(6, PHASES[phase]).setParameter(7, ((Number) category[0]).longValue())
                    .setParameter(8, severity).setParameter(9, observed.toOffsetDateTime())
                    .setParameter(10, "Generated demo report #" + (i + 1) + ": " + category[1] + " ("
                            + PHASES[phase].toLowerCase() + ").")
                    .setParameter(11, reported)
                    .setParameter(12, reported ? "The commission said it would look into it." : "")
                    .setParameter(13, status)
                    .setParameter(14, "VERIFIED".equals(status) ? "Confirmed by a second observer."
                            : "DISMISSED".equals(status) ? "Not an irregularity under the law." : null)
                    .setParameter(15, observed.plusMinutes(1 + random.nextInt(40)).toOffsetDateTime())
                    .setParameter(16, "IN_REVIEW".equals(status) ? REVIEWER_SUBJECT : null)
                    .setParameter(17, "IN_REVIEW".equals(status) ? REVIEWER_NAME : null)
                    .setParameter(18, "DISMISSED".equals(status) ? DISMISS_REASON : null)
                    .getResultList();
            if (inserted.isEmpty()) {
                continue;
            }
            added++;
            // not from the random sequence, which would give every later report other values than before
            history(inserted.get(0).longValue(), i * 37 % 90);
            if (i % PHOTO_EVERY == 0) {
                long photo = photoStore.save(PhotoCheck.check(photo(i, random), Long.MAX_VALUE).photo().orElseThrow());
                entityManager.createNativeQuery("insert into report_photo (report_id, position, photo_id) values (?1, 1, ?2)")
                        .setParameter(1, inserted.get(0).longValue()).setParameter(2, photo).executeUpdate();
            }
        }
        return added;
    }

    /**
     * The audit lines the report would have had, had it been filed and decided through the pages: filed
     * by its observer when received, taken by the demo reviewer soon after, decided later, and the
     * comment for the observer with the decision. Election-day times, so histories read as the night went.
     */
    private void history(long reportId, int minutesLater) {
        entityManager.createNativeQuery("""
                insert into audit_event (occurred_at, actor_subject, actor_name, action, subject_type, subject_id,
                                         station_id, from_value, to_value)
                select r.received_at + step.after, coalesce(step.subject, a.subject, a.login),
                       coalesce(step.name, a.full_name), step.action, 'REPORT', r.id, r.station_id, step.from_value,
                       step.to_value
                from report r join accreditation a on a.id = r.accreditation_id
                cross join lateral (values
                    (interval '0', null, null, 'REPORT_FILED', '', 'v1', true),
                    (interval '5 minutes', ?2, ?3, 'STATUS_CHANGED', 'NEW', 'IN_REVIEW', r.status <> 'NEW'),
                    (interval '10 minutes' + ?4 * interval '1 minute', ?2, ?3, 'STATUS_CHANGED', 'IN_REVIEW',
                     r.status || case when r.status = 'DISMISSED' then ': ' || r.dismiss_reason else '' end,
                     r.status not in ('NEW', 'IN_REVIEW')),
                    (interval '10 minutes' + ?4 * interval '1 minute', ?2, ?3, 'PUBLIC_COMMENT', '', r.public_comment,
                     r.public_comment is not null))
                  as step (after, subject, name, action, from_value, to_value, written)
                where r.id = ?1 and step.written order by step.after""")
                .setParameter(1, reportId).setParameter(2, REVIEWER_SUBJECT).setParameter(3, REVIEWER_NAME)
                .setParameter(4, minutesLater).executeUpdate();
    }

    /** A time of election day that fits the phase, in the station's time zone. */
    private static ZonedDateTime observedAt(Election election, int phase, ZoneId zone, Random random) {
        LocalTime time = switch (phase) {
            case 0 -> LocalTime.of(6, 30).plusMinutes(random.nextInt(60));
            case 1 -> LocalTime.of(7, 30).plusMinutes(random.nextInt(12 * 60));
            case 2 -> LocalTime.of(19, 50).plusMinutes(random.nextInt(30));
            case 3 -> LocalTime.of(20, 15).plusMinutes(random.nextInt(180));
            default -> LocalTime.of(23, 0).plusMinutes(random.nextInt(55));
        };
        return election.electionDate.atTime(time).atZone(zone);
    }

    private static byte[] photo(int number, Random random) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(new Color(random.nextInt(0xffffff)));
            graphics.fillRect(0, 0, 640, 480);
            graphics.setColor(Color.WHITE);
            graphics.drawString("Generated demo photo #" + number, 20, 40);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
