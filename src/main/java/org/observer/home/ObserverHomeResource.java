package org.observer.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.observer.accreditation.Accreditation;
import org.observer.accreditation.CurrentObserver;
import org.observer.election.Election;
import org.observer.report.Report;
import org.observer.report.ReportDraft;
import org.observer.review.Notice;
import org.observer.tally.Tally;
import org.observer.accreditation.StationVisit;
import org.jboss.resteasy.reactive.RestQuery;
import org.observer.web.Roles;

/**
 * The observer's home: notices, assigned stations, drafts, sent reports and tallies. It has a
 * package of its own because it draws on every feature an observer uses.
 */
// at "/" with the method's path, so that other features' pages under /observer/... are found
@Path("/")
@RolesAllowed(Roles.OBSERVER)
@Produces(MediaType.TEXT_HTML)
public class ObserverHomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Election election, Accreditation accreditation, List<Notice> notices,
                StationVisit visit, List<ReportDraft> drafts, Sent<Report> reports, Sent<Tally> tallies);

        static native TemplateInstance reports(Sent<Report> reports);

        static native TemplateInstance tallies(Sent<Tally> tallies);
    }

    @Inject
    CurrentObserver observer;

    @GET
    @Path("observer")
    public TemplateInstance home() {
        Election election = observer.election();
        Accreditation accreditation = observer.accreditation()
                .flatMap(linked -> Accreditation.findWithStations(linked.id)).orElse(null);
        if (accreditation == null) {
            return Templates.home(election, null, List.of(), null, List.of(), new Sent<>(List.of(), 1, false),
                    new Sent<>(List.of(), 1, false));
        }
        return Templates.home(election, accreditation, Notice.unreadBy(accreditation),
                StationVisit.openOf(accreditation).orElse(null), ReportDraft.of(accreditation),
                reports(accreditation, 1), tallies(accreditation, 1));
    }

    /** The observer's reports, a page at a time (the home page shows the first). */
    @GET
    @Path("observer/reports")
    public TemplateInstance reports(@RestQuery int page) {
        return Templates.reports(reports(observer.require(), page));
    }

    /** The observer's protocol copies, a page at a time. */
    @GET
    @Path("observer/tallies")
    public TemplateInstance tallies(@RestQuery int page) {
        return Templates.tallies(tallies(observer.require(), page));
    }

    private static Sent<Report> reports(Accreditation accreditation, int page) {
        return Sent.page(page, (first, last) -> Report.latestOf(accreditation, first, last));
    }

    private static Sent<Tally> tallies(Accreditation accreditation, int page) {
        return Sent.page(page, (first, last) -> Tally.of(accreditation, first, last));
    }
}
