package org.observer.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.observer.accreditation.StationVisit;
import org.observer.audit.AuditEvent;
import org.observer.election.Election;
import org.observer.election.PollingStation;
import org.observer.web.Roles;

/** A station as the review desk sees it: its reports and everything that happened to them, in order. */
@Path("/")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class StationReviewResource {

    /** One line of the station's history, with the receipt code of the report it concerns. */
    public record HistoryLine(AuditEvent event, String receiptCode) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance station(PollingStation station, ReportFilter filter, ReportQueue.Page reports,
                List<HistoryLine> history, List<StationVisit> visits);
    }

    @Inject
    ReportQueue queue;
    @Inject
    EntityManager entityManager;

    @GET
    @Path("review/stations/{number}")
    public TemplateInstance station(@RestPath String number) {
        Election election = Election.requireActive();
        PollingStation station = PollingStation.find(
                "from PollingStation s join fetch s.unit join fetch s.district where s.election = ?1 and s.number = ?2",
                election, number).<PollingStation>firstResultOptional().orElseThrow(NotFoundException::new);
        ReportFilter filter = ReportFilter.parse(Map.of("station", List.of(number))).filter();
        return Templates.station(station, filter, queue.page(filter, election), history(station),
                StationVisit.ofStation(station));
    }

    @SuppressWarnings("unchecked")
    private List<HistoryLine> history(PollingStation station) {
        List<AuditEvent> events = AuditEvent.ofStation(station.id);
        Map<Long, String> codes = new java.util.HashMap<>();
        List<Long> reports = events.stream().filter(e -> "REPORT".equals(e.subjectType)).map(e -> e.subjectId)
                .distinct().toList();
        if (!reports.isEmpty()) {
            ((List<Object[]>) entityManager.createNativeQuery("select id, receipt_code from report where id in (?1)")
                    .setParameter(1, reports).getResultList())
                    .forEach(r -> codes.put(((Number) r[0]).longValue(), (String) r[1]));
        }
        return events.stream().map(e -> new HistoryLine(e, "REPORT".equals(e.subjectType) ? codes.get(e.subjectId) : null))
                .toList();
    }
}
