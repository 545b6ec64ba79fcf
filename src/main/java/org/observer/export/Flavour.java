package org.observer.export;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** Internal exports carry everything the reader may see; public ones only stations and findings, to publish. */
public enum Flavour {
    INTERNAL, PUBLIC;

    /**
     * "public" or "internal" (the default when absent) from the URL. Anything else is refused with 400: a
     * mistyped "publik" taken for the default would hand out names and phone numbers meant to stay inside.
     */
    public static Flavour parse(String value) {
        if (value == null || value.isBlank()) {
            return INTERNAL;
        }
        for (Flavour flavour : values()) {
            if (flavour.lower().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return flavour;
            }
        }
        throw new WebApplicationException(Response.status(400).type(MediaType.TEXT_PLAIN_TYPE)
                .entity("Unknown flavour \"" + value + "\": use flavour=public (the file to publish) or"
                        + " flavour=internal (everything you may see; the default)")
                .build());
    }

    public String lower() {
        return name().toLowerCase(Locale.ROOT);
    }
}
