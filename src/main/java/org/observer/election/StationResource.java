package org.observer.election;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Finding a polling station and its page; every signed-in role may look stations up. */
@Path("/stations")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class StationResource {
    static final int SEARCH_LIMIT = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, List<PollingStation> stations, boolean more);

        static native TemplateInstance station(PollingStation station, List<Candidate> candidates);
    }

    @GET
    public TemplateInstance search(@RestQuery String q) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            return Templates.search(query, List.of(), false);
        }
        Election election = Election.requireActive();
        List<PollingStation> found = PollingStation.search(election, query, SEARCH_LIMIT + 1);
        boolean more = found.size() > SEARCH_LIMIT;
        return Templates.search(query, more ? found.subList(0, SEARCH_LIMIT) : found, more);
    }

    @GET
    @Path("{number}")
    public TemplateInstance station(@RestPath String number) {
        PollingStation station = PollingStation.findByNumber(Election.requireActive(), number)
                .orElseThrow(NotFoundException::new);
        return Templates.station(station, Candidate.ofDistrict(station.district));
    }
}
