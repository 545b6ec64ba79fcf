package org.observer.accreditation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.observer.election.Election;
import org.observer.web.CurrentUser;
import org.observer.web.Roles;

/** The coordinator's home: the observers of their own organisation and where they are. */
@Path("/coordinator")
@RolesAllowed(Roles.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class CoordinatorHomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Election election, Accreditation accreditation,
                List<Accreditation> observers);
    }

    @Inject
    CurrentUser user;
    @Inject
    AccreditationLink link;

    @GET
    public TemplateInstance home() {
        Election election = Election.requireActive();
        Accreditation own = link.of(user, election).orElse(null);
        List<Accreditation> observers = own == null ? List.of()
                : Accreditation.ofOrganisation(election, own.organisation);
        return Templates.home(election, own, observers);
    }
}
