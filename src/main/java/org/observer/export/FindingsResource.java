package org.observer.export;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.observer.election.Election;
import org.observer.review.ReportFilter;
import org.observer.web.Roles;

/**
 * The printable findings report of a review-queue filter: a page with a print stylesheet, and the same
 * page printed to PDF on the server for those who need a file to send or sign.
 */
// at "/" with full method paths, so that no class at /review hides another's pages below it
@Path("/")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
@Transactional(Transactional.TxType.SUPPORTS)
public class FindingsResource {

    @CheckedTemplate
    static class Templates {
        /** @param pdf whether the page is for the PDF printer: no links to follow on paper */
        static native TemplateInstance findings(FindingsReport report, boolean pdf);
    }

    @Inject
    FindingsReports reports;
    @Inject
    ExportAccess access;
    @Inject
    ExportAudit audit;

    @GET
    @Path("review/findings")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@Context UriInfo uri) {
        Election election = Election.requireActive();
        return Templates.findings(reports.of(election, filter(uri)), false);
    }

    @GET
    @Path("review/findings.pdf")
    @Produces("application/pdf")
    public Response pdf(@Context UriInfo uri) {
        Election election = Election.requireActive();
        ReportFilter filter = filter(uri);
        String xhtml = Templates.findings(reports.of(election, filter), true).setLocale(access.language()).render();
        byte[] pdf = FindingsPdf.of(xhtml);
        String file = ExportResponses.fileName("findings-" + filter.shortName(), OffsetDateTime.now(ZoneOffset.UTC),
                "pdf");
        audit.document(access.reader(null).actor(), election.id, file, filter.toQueryWithoutPage(), pdf);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", ExportResponses.disposition(file))
                .header("Cache-Control", "no-store").build();
    }

    private static ReportFilter filter(UriInfo uri) {
        ReportFilter.Parsed parsed = ReportFilter.parse(uri.getQueryParameters());
        if (!parsed.errors().isEmpty()) {
            throw new WebApplicationException(Response.status(400).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("The filter has parameters that cannot be read: " + parsed.errors().keySet()).build());
        }
        return parsed.filter().withPage(1);
    }
}
