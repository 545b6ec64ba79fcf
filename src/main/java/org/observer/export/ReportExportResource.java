package org.observer.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.observer.election.Election;
import org.observer.review.QueueRow;
import org.observer.review.ReportFilter;
import org.observer.review.ReportQuery;
import org.observer.review.ReportQueue;
import org.observer.web.Roles;

/**
 * The filtered reports as a file: the queue's filter from the same URL parameters, every page of it
 * in the queue's order. {@code flavour=public} leaves out everything about people; {@code zip=true}
 * puts a manifest.json beside a CSV or JSON file.
 */
@Path("/")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN, Roles.COORDINATOR })
public class ReportExportResource {
    @Inject
    ReportQueue queue;
    @Inject
    ExportAccess access;
    @Inject
    Exporter exporter;

    @GET
    @Path("exports/reports.{format}")
    public Response reports(@RestPath String format, @RestQuery String flavour, @RestQuery boolean zip,
            @Context UriInfo uri) {
        ExportFormat chosen = ExportFormat.parse(format).orElseThrow(NotFoundException::new);
        Flavour kind = Flavour.parse(flavour);
        ReportFilter.Parsed parsed = ReportFilter.parse(uri.getQueryParameters());
        if (!parsed.errors().isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("The filter has parameters that cannot be read: " + parsed.errors().keySet()).build();
        }
        ExportAccess.Reader reader = access.reader(parsed.filter().organisation());
        ReportFilter filter = parsed.filter().withOrganisation(reader.organisation()).withPage(1);
        Election election = Election.requireActive();
        ReportQuery query = ReportQuery.of(filter, election.id, queue.zoneOf(election));
        TableQuery<QueueRow> table = new TableQuery<>("Reports",
                "select " + QueueRow.COLUMNS + " from " + query.from() + " order by " + query.orderBy(filter.sort()),
                query::bind, QueueRow::read, Column.visible(ReportColumns.all(access.language()), kind, reader.audience()));
        return exporter.respond(new Exporter.Request("reports", chosen, kind, filter.toQueryWithoutPage(),
                filter.shortName(), zip, reader, election.id, null), table);
    }
}
