package org.observer.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The languages of the interface, and how the user's one is chosen. */
public final class Languages {
    public static final List<String> SUPPORTED = List.of("en", "ru", "kk");
    public static final String COOKIE = "lang";

    private Languages() {
    }

    /** The cookie's language if it is one of ours, else the browser's first one of ours, else English. */
    public static String choose(String cookie, List<Locale> browserPreferences) {
        if (cookie != null && SUPPORTED.contains(cookie)) {
            return cookie;
        }
        for (Locale preferred : browserPreferences) {
            if (SUPPORTED.contains(preferred.getLanguage())) {
                return preferred.getLanguage();
            }
        }
        return SUPPORTED.get(0);
    }

    /**
     * The user's language, for a text written from Java (a flash after a redirect, a file): the language
     * filter has already put the user's chosen language first in the request's Accept-Language.
     */
    public static String userLanguage(HttpHeaders headers) {
        return choose(null, headers.getAcceptableLanguages());
    }

    /** A message bundle in the user's language. */
    public static <T> T messages(Class<T> bundle, HttpHeaders headers) {
        return MessageBundles.get(bundle, Localized.Literal.of(userLanguage(headers)));
    }

    /** The locale a template was rendered for, from the attributes Qute gives template extensions. */
    public static Locale of(Object localeAttribute, Object selectedVariant) {
        if (localeAttribute instanceof Locale locale) {
            return locale;
        }
        if (localeAttribute instanceof String tag) {
            return Locale.forLanguageTag(tag);
        }
        if (selectedVariant instanceof io.quarkus.qute.Variant variant && variant.getLocale() != null) {
            return variant.getLocale();
        }
        return Locale.ENGLISH;
    }
}
