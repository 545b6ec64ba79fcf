package org.observer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Writes the audit trail, in the transaction of the change it records: both happen, or neither. */
@ApplicationScoped
public class AuditTrail {
    /** Who acted: the Keycloak subject and the name shown in the history. */
    public record Actor(String subject, String name) {
    }

    /**
     * The start of the statement that writes an event, to be followed by its values, or by a select
     * where one statement writes a change and its event together (a report and "REPORT_FILED").
     */
    public static final String INSERT = """
            insert into audit_event (actor_subject, actor_name, action, subject_type, subject_id, station_id,
                                     from_value, to_value)
            """;

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String subjectType, long subjectId, Long stationId, String from,
            String to) {
        entityManager.createNativeQuery(INSERT + "values (?1, ?2, ?3, ?4, ?5, nullif(?6, 0), ?7, ?8)")
                .setParameter(1, actor.subject()).setParameter(2, actor.name()).setParameter(3, action)
                .setParameter(4, subjectType).setParameter(5, subjectId)
                .setParameter(6, stationId == null ? 0L : stationId)
                .setParameter(7, from == null ? "" : from).setParameter(8, to == null ? "" : to)
                .executeUpdate();
    }
}
