package org.observer.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestPath;

/** The language switch: remembers the choice in a cookie and goes back to the page it came from. */
@Path("/lang")
public class LanguageResource {
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    @Path("/{language}")
    public Response choose(@RestPath String language, @HeaderParam("Referer") String referer) {
        if (!Languages.SUPPORTED.contains(language)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(language).path("/").maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(sameSiteTarget(referer))).cookie(cookie).build();
    }

    /** Only the path of the page we came from: never send the user to another site. */
    static String sameSiteTarget(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
