package org.observer.audit;

import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.observer.data.IdentityEntity;

/** One line of the audit trail; written by {@link AuditTrail}, never changed (the database refuses). */
@Entity
@Immutable
public class AuditEvent extends IdentityEntity {
    public OffsetDateTime occurredAt;
    public String actorSubject;
    public String actorName;
    public String action;
    public String subjectType;
    public long subjectId;
    public Long stationId;
    public String fromValue;
    public String toValue;

    /** Its key in the message bundle of the audit trail's words. */
    public String messageKey() {
        return "audit_" + action;
    }

    public static List<AuditEvent> of(String subjectType, long subjectId) {
        return list("subjectType = ?1 and subjectId = ?2 order by occurredAt, id", subjectType, subjectId);
    }

    public static List<AuditEvent> ofStation(long stationId) {
        return list("stationId = ?1 order by occurredAt, id", stationId);
    }
}
