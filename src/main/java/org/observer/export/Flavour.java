package org.observer.export;

import java.util.Locale;

/** Internal exports carry everything the reader may see; public ones only stations and findings, to publish. */
public enum Flavour {
    INTERNAL, PUBLIC;

    /** "public" or "internal" (the default) from the URL. */
    public static Flavour parse(String value) {
        return "public".equalsIgnoreCase(value) ? PUBLIC : INTERNAL;
    }

    public String lower() {
        return name().toLowerCase(Locale.ROOT);
    }
}
