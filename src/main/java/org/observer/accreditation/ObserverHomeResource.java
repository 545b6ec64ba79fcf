package org.observer.accreditation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.observer.election.Election;
import org.observer.web.CurrentUser;
import org.observer.web.Roles;

/** The observer's home: their accreditation and the stations they are assigned to. */
@Path("/observer")
@RolesAllowed(Roles.OBSERVER)
@Produces(MediaType.TEXT_HTML)
public class ObserverHomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Election election, Accreditation accreditation);
    }

    @Inject
    CurrentUser user;
    @Inject
    AccreditationLink link;

    @GET
    public TemplateInstance home() {
        Election election = Election.requireActive();
        Accreditation accreditation = link.of(user, election)
                .flatMap(linked -> Accreditation.findWithStations(linked.id)).orElse(null);
        return Templates.home(election, accreditation);
    }
}
