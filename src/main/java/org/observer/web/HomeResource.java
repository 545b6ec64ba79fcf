package org.observer.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The public landing page, and the one address that sends each signed-in user to their role's page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing();

        static native TemplateInstance noRole();

        static native TemplateInstance signOut();
    }

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance landing() {
        return Templates.landing();
    }

    @GET
    @Path("home")
    @Authenticated
    public Response home() {
        return Response.seeOther(URI.create(user.homePath())).build();
    }

    /** Clears what the phone kept for offline use (with JavaScript), then signs out of Keycloak. */
    @GET
    @Path("signout")
    @Authenticated
    public TemplateInstance signOut() {
        return Templates.signOut();
    }

    @GET
    @Path("no-role")
    @Authenticated
    public Response noRole() {
        return Response.status(Response.Status.FORBIDDEN).entity(Templates.noRole()).build();
    }
}
