package org.observer.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.observer.audit.AuditTrail;

/**
 * Reports of one incident seen by several witnesses. The database groups a new report with the
 * others of its station, category and phase within the election's window; reviewers merge what it
 * kept apart and split what it joined. Asking twice changes nothing the second time.
 */
@ApplicationScoped
public class IncidentGroups {
    /** A report in an incident, for the report page's list of witnesses. */
    public record Witness(long reportId, String receiptCode, String observer, java.time.OffsetDateTime observedAt,
            String severity) {
    }

    @Inject
    EntityManager entityManager;
    @Inject
    ReviewDecisions decisions;
    @Inject
    AuditTrail audit;

    @SuppressWarnings("unchecked")
    public List<Witness> witnesses(long incidentId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select coalesce(r.original_id, r.id), r.receipt_code, a.full_name, r.observed_at, r.severity
                from report r join accreditation a on a.id = r.accreditation_id
                where r.incident_group_id = ?1 and r.latest order by r.observed_at, r.id""")
                .setParameter(1, incidentId).getResultList();
        return rows.stream().map(r -> new Witness(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC)
                        : (java.time.OffsetDateTime) r[3], (String) r[4])).toList();
    }

    /** Puts the incidents of all the reports into the one of the first report; returns how many reports moved. */
    @Transactional
    public int merge(AuditTrail.Actor reviewer, List<Long> reportIds) {
        List<Long> sorted = reportIds.stream().distinct().sorted().toList();
        List<long[]> groups = sorted.stream().map(this::groupOf).filter(g -> g != null).toList();
        if (groups.size() < 2) {
            return 0;
        }
        long target = groups.stream().mapToLong(g -> g[1]).min().orElseThrow();
        List<Long> incidents = groups.stream().map(g -> g[1]).distinct().toList();
        lockStations(incidents);
        int moved = 0;
        for (long incident : incidents) {
            if (incident == target) {
                continue;
            }
            // every report of the merged incident moves, not only the selected one
            for (Number member : members(incident)) {
                moved += move(reviewer, member.longValue(), incident, target);
            }
            refit(incident);
        }
        refit(target);
        return moved;
    }

    /** Takes the report out of its incident into one of its own; false when it already is alone. */
    @Transactional
    public boolean split(AuditTrail.Actor reviewer, long reportId) {
        long[] group = groupOf(reportId);
        if (group == null || members(group[1]).size() < 2) {
            return false;
        }
        lockStations(List.of(group[1]));
        long created = ((Number) entityManager.createNativeQuery("""
                insert into incident_group (election_id, station_id, category_id, phase, first_observed_at, last_observed_at)
                select election_id, station_id, category_id, phase, observed_at, observed_at
                from report where coalesce(original_id, id) = ?1 and latest returning id""")
                .setParameter(1, reportId).getSingleResult()).longValue();
        move(reviewer, reportId, group[1], created);
        refit(group[1]);
        return true;
    }

    /**
     * Takes the lock a new report takes to find its incident (report_join_incident), for the stations of the
     * incidents, so that no report joins an incident while its window changes or it goes away. In one order,
     * so that two reviewers never wait on each other in a circle.
     */
    @SuppressWarnings("unchecked")
    private void lockStations(List<Long> incidents) {
        List<Number> stations = entityManager.createNativeQuery(
                "select distinct station_id from incident_group where id in (?1) order by 1")
                .setParameter(1, incidents).getResultList();
        for (Number station : stations) {
            entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
                    .setParameter(1, station.longValue()).getSingleResult();
        }
    }

    /**
     * Fits the incident's time window to the reports left in it, or deletes it when none is: an incident
     * whose window outlived its reports would catch the next witness instead of the incident they joined.
     */
    private void refit(long incident) {
        entityManager.createNativeQuery("""
                update incident_group g set first_observed_at = x.first, last_observed_at = x.last
                from (select min(observed_at) first, max(observed_at) last from report
                      where incident_group_id = ?1 and latest) x where g.id = ?1 and x.first is not null""")
                .setParameter(1, incident).executeUpdate();
        entityManager.createNativeQuery("""
                delete from incident_group g
                where g.id = ?1 and not exists (select 1 from report r where r.incident_group_id = g.id)""")
                .setParameter(1, incident).executeUpdate();
    }

    /** The report's id and incident, with the report locked; null for no such report. */
    private long[] groupOf(long reportId) {
        ReviewDecisions.State state = decisions.lock(reportId);
        if (state == null) {
            return null;
        }
        Number group = (Number) entityManager.createNativeQuery("select incident_group_id from report where id = ?1")
                .setParameter(1, state.latestId()).getSingleResult();
        return new long[] { reportId, group.longValue() };
    }

    @SuppressWarnings("unchecked")
    private List<Number> members(long groupId) {
        return entityManager.createNativeQuery(
                "select coalesce(original_id, id) from report where incident_group_id = ?1 and latest order by 1")
                .setParameter(1, groupId).getResultList();
    }

    private int move(AuditTrail.Actor reviewer, long reportId, long from, long to) {
        ReviewDecisions.State state = decisions.lock(reportId);
        entityManager.createNativeQuery("update report set incident_group_id = ?2 where coalesce(original_id, id) = ?1")
                .setParameter(1, reportId).setParameter(2, to).executeUpdate();
        audit.record(reviewer, "INCIDENT_CHANGED", "REPORT", reportId, state.stationId(), "#" + from, "#" + to);
        return 1;
    }
}
