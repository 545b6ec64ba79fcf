package org.observer.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.observer.accreditation.Accreditation;
import org.observer.accreditation.Organisation;
import org.observer.data.IdentityEntity;
import org.observer.election.AdministrativeUnit;
import org.observer.election.Election;

/** A message from the election commission to observers. */
@Entity
public class Notice extends IdentityEntity {
    public enum Audience { ALL, UNIT, ORGANISATION }

    @ManyToOne(optional = false)
    public Election election;
    public UUID submissionId;
    public String senderSubject;
    public String senderName;
    @Enumerated(EnumType.STRING)
    public Audience audience;
    @ManyToOne
    public AdministrativeUnit unit;
    @ManyToOne
    public Organisation organisation;
    public String text;
    public OffsetDateTime sentAt;

    /** Who a notice is for, as SQL over accreditation a: kept in one place for the lists and the counts. */
    static final String ADDRESSED_TO = """
            (n.audience = 'ALL'
             or (n.audience = 'ORGANISATION' and n.organisation_id = a.organisation_id)
             or (n.audience = 'UNIT' and exists (select 1 from station_assignment sa
                   join polling_station s on s.id = sa.station_id
                   where sa.accreditation_id = a.id and s.unit_id = n.unit_id)))""";

    /** The notices addressed to the observer that they have not marked as read, newest first. */
    @SuppressWarnings("unchecked")
    public static List<Notice> unreadBy(Accreditation observer) {
        List<Number> ids = getEntityManager().createNativeQuery("""
                select n.id from notice n join accreditation a on a.id = ?1
                where n.election_id = a.election_id and %s
                  and not exists (select 1 from notice_read r where r.notice_id = n.id and r.accreditation_id = a.id)
                order by n.sent_at desc""".formatted(ADDRESSED_TO)).setParameter(1, observer.id).getResultList();
        return ids.isEmpty() ? List.of()
                : list("id in ?1 order by sentAt desc", ids.stream().map(Number::longValue).toList());
    }

    public static boolean isAddressedTo(long noticeId, Accreditation observer) {
        return ((Number) getEntityManager().createNativeQuery("""
                select count(*) from notice n join accreditation a on a.id = ?2
                where n.id = ?1 and n.election_id = a.election_id and %s""".formatted(ADDRESSED_TO))
                .setParameter(1, noticeId).setParameter(2, observer.id).getSingleResult()).longValue() > 0;
    }

    /** The observers a notice is for, with the time each read it (null: not yet). */
    @SuppressWarnings("unchecked")
    public static List<Object[]> readers(Notice notice) {
        return getEntityManager().createNativeQuery("""
                select a.full_name, o.name, r.read_at from notice n
                join accreditation a on a.election_id = n.election_id
                join organisation o on o.id = a.organisation_id
                left join notice_read r on r.notice_id = n.id and r.accreditation_id = a.id
                where n.id = ?1 and %s
                order by r.read_at is null, a.full_name""".formatted(ADDRESSED_TO))
                .setParameter(1, notice.id).getResultList();
    }

    /** Each notice with how many observers it is for and how many have read it. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> sentWithCounts(Election election) {
        return getEntityManager().createNativeQuery("""
                select n.id, count(a.id), count(r.accreditation_id) from notice n
                join accreditation a on a.election_id = n.election_id and %s
                left join notice_read r on r.notice_id = n.id and r.accreditation_id = a.id
                where n.election_id = ?1 group by n.id""".formatted(ADDRESSED_TO))
                .setParameter(1, election.id).getResultList();
    }
}
