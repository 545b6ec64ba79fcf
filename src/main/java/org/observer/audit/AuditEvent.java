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

    /** The new value without its detail: "DISMISSED" of "DISMISSED: duplicate". */
    public String toHead() {
        int colon = toValue == null ? -1 : toValue.indexOf(": ");
        return colon < 0 ? toValue : toValue.substring(0, colon);
    }

    /** The detail of the new value ("duplicate"), or empty. */
    public String toDetail() {
        int colon = toValue == null ? -1 : toValue.indexOf(": ");
        return colon < 0 ? "" : toValue.substring(colon + 2);
    }

    /** Whether only the election commission's staff may read it (reviewers' notes to each other). */
    public boolean isInternal() {
        return INTERNAL.contains(action);
    }

    /** The actions only the election commission's staff may read. */
    public static java.util.Set<String> internalActions() {
        return INTERNAL;
    }

    private static final java.util.Set<String> INTERNAL = java.util.Set.of("COMMENT_ADDED", "INCIDENT_CHANGED",
            "EXPORTED");

    public static List<AuditEvent> of(String subjectType, long subjectId) {
        return list("subjectType = ?1 and subjectId = ?2 order by occurredAt, id", subjectType, subjectId);
    }

    public static List<AuditEvent> ofStation(long stationId) {
        return list("stationId = ?1 order by occurredAt, id", stationId);
    }
}
