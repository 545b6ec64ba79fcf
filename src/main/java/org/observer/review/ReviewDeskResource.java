package org.observer.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.observer.election.AdministrativeUnit;
import org.observer.election.Election;
import org.observer.election.LocalizedName;
import org.observer.report.ReportStatus;
import org.observer.web.Roles;

/** The CEC staff's landing page: the election's territory and where observers are. */
// at "/" with the method's path, so that the other review pages under /review/... are found
@Path("/")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class ReviewDeskResource {

    /** One unit's stations, voters and stations with at least one observer assigned. */
    public record UnitCoverage(LocalizedName name, String kind, long stations, long registeredVoters,
            long observedStations) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(Election election, List<UnitCoverage> units, UnitCoverage total,
                List<StatusCount> queue);
    }

    @GET
    @Path("review")
    public TemplateInstance desk() {
        Election election = Election.requireActive();
        List<UnitCoverage> units = coverage(election);
        UnitCoverage total = new UnitCoverage(null, "",
                units.stream().mapToLong(UnitCoverage::stations).sum(),
                units.stream().mapToLong(UnitCoverage::registeredVoters).sum(),
                units.stream().mapToLong(UnitCoverage::observedStations).sum());
        return Templates.desk(election, units, total, statusCounts(election));
    }

    /** How many reports are in each status, the critical ones apart: what still needs a decision, at a glance. */
    public record StatusCount(ReportStatus status, long reports, long critical) {
    }

    static List<StatusCount> statusCounts(Election election) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AdministrativeUnit.getEntityManager().createNativeQuery("""
                select status, count(*), count(*) filter (where severity = 'CRITICAL') from report
                where election_id = ?1 and latest group by status""").setParameter(1, election.id).getResultList();
        java.util.Map<String, Object[]> byStatus = new java.util.HashMap<>();
        rows.forEach(r -> byStatus.put((String) r[0], r));
        return java.util.Arrays.stream(ReportStatus.values()).map(status -> {
            Object[] row = byStatus.get(status.name());
            return new StatusCount(status, row == null ? 0 : ((Number) row[1]).longValue(),
                    row == null ? 0 : ((Number) row[2]).longValue());
        }).toList();
    }

    /** Aggregated in SQL: one row per unit. */
    static List<UnitCoverage> coverage(Election election) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AdministrativeUnit.getEntityManager().createNativeQuery("""
                select u.name_en, u.name_ru, u.name_kk, u.kind, count(s.id),
                       coalesce(sum(s.registered_voters), 0),
                       count(s.id) filter (where exists (select 1 from station_assignment a where a.station_id = s.id))
                from administrative_unit u
                left join polling_station s on s.unit_id = u.id
                where u.election_id = ?1
                group by u.id
                order by u.kind desc, u.name_en""").setParameter(1, election.id).getResultList();
        return rows.stream().map(r -> new UnitCoverage(
                new LocalizedName((String) r[0], (String) r[1], (String) r[2]), (String) r[3],
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), ((Number) r[6]).longValue())).toList();
    }
}
