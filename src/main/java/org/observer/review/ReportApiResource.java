package org.observer.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.observer.election.Election;
import org.observer.web.Roles;

/** The review queue for analysts' tools: the same filter as the page, read from the same URL parameters. */
@Path("/api/reports")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Incident reports as the review desk sees them (latest version of each)")
public class ReportApiResource {

    /** One page of the queue; "next" is the URL of the following page, null on the last. */
    public record ReportPage(String filter, int page, int pageSize, long count, boolean countCapped, String next,
            List<QueueRow> reports) {
    }

    public record Problems(Map<String, String> errors) {
    }

    @Inject
    ReportQueue queue;

    @GET
    @Operation(summary = "A page of reports matching the filter",
            description = "Parameters combine (AND); a repeated enum parameter means any of its values. Times are "
                    + "local times (yyyy-MM-ddTHH:mm) in the zone of most of the election's stations.")
    @Parameters({
            @Parameter(name = "phase", in = ParameterIn.QUERY, description = "OPENING, VOTING, CLOSING, COUNTING, TABULATION; repeatable"),
            @Parameter(name = "severity", in = ParameterIn.QUERY, description = "INFO, MINOR, SERIOUS, CRITICAL; repeatable"),
            @Parameter(name = "status", in = ParameterIn.QUERY, description = "NEW, IN_REVIEW, VERIFIED, DISMISSED, REFERRED; repeatable"),
            @Parameter(name = "category", in = ParameterIn.QUERY, description = "category code"),
            @Parameter(name = "unit", in = ParameterIn.QUERY, description = "region or city code"),
            @Parameter(name = "district", in = ParameterIn.QUERY, description = "single-member district number"),
            @Parameter(name = "station", in = ParameterIn.QUERY, description = "polling station number"),
            @Parameter(name = "organisation", in = ParameterIn.QUERY, description = "organisation id"),
            @Parameter(name = "kind", in = ParameterIn.QUERY, description = "INTERNATIONAL, DOMESTIC, PARTY_AGENT"),
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "observed at or after, yyyy-MM-ddTHH:mm"),
            @Parameter(name = "to", in = ParameterIn.QUERY, description = "observed up to the end of this minute"),
            @Parameter(name = "photos", in = ParameterIn.QUERY, description = "yes or no"),
            @Parameter(name = "flagged", in = ParameterIn.QUERY, description = "yes or no: the station has a protocol copy that failed a check"),
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "words in the description (PostgreSQL full text, web search syntax)"),
            @Parameter(name = "sort", in = ParameterIn.QUERY, description = "TIME (default), SEVERITY, STATION"),
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "page number from 1; 50 reports a page") })
    @APIResponse(responseCode = "200", description = "A page of reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter could not be read: errors names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the reviewer or admin role")
    public Response reports(@Context UriInfo uri) {
        ReportFilter.Parsed parsed = ReportFilter.parse(uri.getQueryParameters());
        if (!parsed.errors().isEmpty()) {
            return Response.status(400).entity(new Problems(parsed.errors())).build();
        }
        ReportFilter filter = parsed.filter();
        ReportQueue.Page page = queue.page(filter, Election.requireActive());
        return Response.ok(new ReportPage(filter.toQueryWithoutPage(), filter.page(), ReportQueue.PAGE_SIZE,
                page.count(), page.countCapped(),
                page.hasNext() ? "/api/reports?" + filter.withPage(filter.page() + 1).toQuery() : null, page.rows()))
                .build();
    }
}
