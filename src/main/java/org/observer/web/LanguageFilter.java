package org.observer.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Qute picks a page's locale from Accept-Language; we narrow that header to the one language the
 * user chose (cookie) or the browser prefers among ours, so pages, messages and formats agree.
 */
public class LanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void chooseLanguage(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(Languages.COOKIE);
        String language = Languages.choose(cookie == null ? null : cookie.getValue(), request.getAcceptableLanguages());
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
}
