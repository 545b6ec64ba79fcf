package org.observer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A message that survives the redirect after a POST ("Saved.") and is shown once by the next page:
 * kept in a short-lived cookie, so any instance of the app can show it.
 */
@RequestScoped
@Named("flash")
public class Flash {
    static final String COOKIE = "flash";
    private String message;

    /** The cookie that carries {@code message} to the page the redirect goes to. */
    public static NewCookie of(String message) {
        return new NewCookie.Builder(COOKIE).value(URLEncoder.encode(message, StandardCharsets.UTF_8)).path("/")
                .maxAge(60).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }

    public String getMessage() {
        return message;
    }

    public static class Filters {
        @jakarta.inject.Inject
        Flash flash;

        @ServerRequestFilter
        public void read(ContainerRequestContext request) {
            Cookie cookie = request.getCookies().get(COOKIE);
            if (cookie != null && !cookie.getValue().isEmpty()) {
                flash.message = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
            }
        }

        /** Shown once: a page that displayed the message drops the cookie; a redirect passes it on. */
        @ServerResponseFilter
        public void clear(ContainerRequestContext request, ContainerResponseContext response) {
            boolean redirect = response.getStatus() >= 300 && response.getStatus() < 400;
            if (flash.message != null && !redirect && !response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
                response.getHeaders().add(HttpHeaders.SET_COOKIE,
                        new NewCookie.Builder(COOKIE).value("").path("/").maxAge(0).build());
            }
        }
    }
}
