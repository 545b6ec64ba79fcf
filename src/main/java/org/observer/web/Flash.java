package org.observer.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A message that survives the redirect after a POST ("Saved.") and is shown once by the next page:
 * kept in a short-lived cookie, so any instance of the app can show it.
 */
@RequestScoped
@Named("flash")
public class Flash {
    static final String COOKIE = "flash";

    @Inject
    RoutingContext request;

    /** The cookie that carries {@code message} to the page the redirect goes to. */
    public static NewCookie of(String message) {
        return new NewCookie.Builder(COOKIE).value(URLEncoder.encode(message, StandardCharsets.UTF_8)).path("/")
                .maxAge(60).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** The message the previous request left, or null. */
    public String getMessage() {
        Cookie cookie = request.request().getCookie(COOKIE);
        return cookie == null || cookie.getValue().isEmpty() ? null
                : URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    }

    public static class Clearing {
        @Inject
        Flash flash;

        /** Shown once: a page that displayed the message drops the cookie; a redirect passes it on. */
        @ServerResponseFilter
        public void clear(ContainerResponseContext response) {
            boolean redirect = response.getStatus() >= 300 && response.getStatus() < 400;
            if (!redirect && flash.getMessage() != null) {
                response.getHeaders().add(HttpHeaders.SET_COOKIE,
                        new NewCookie.Builder(COOKIE).value("").path("/").maxAge(0).build());
            }
        }
    }
}
