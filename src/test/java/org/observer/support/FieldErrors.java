package org.observer.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a form page as a screen reader does: the error beside a field, and whether the field points to it. */
public final class FieldErrors {
    private static final Pattern ERROR = Pattern.compile(
            "<(small|p) class=\"error\" id=\"e-([\\w-]+)\"[^>]*>(.*?)</\\1>", Pattern.DOTALL);

    private FieldErrors() {
    }

    /** The error shown with the id e-{field} (e-description, e-f-ballotsFound), or "". */
    public static String beside(String html, String field) {
        Matcher matcher = ERROR.matcher(html);
        while (matcher.find()) {
            if (matcher.group(2).equals(field)) {
                return matcher.group(3).replaceAll("\\s+", " ").strip();
            }
        }
        return "";
    }

    /**
     * The error a field's control (or the fieldset of a radio group) names in aria-describedby, or ""
     * when nothing points to it: a screen reader then reads it with the field.
     */
    public static String describing(String html, String field) {
        return html.contains("aria-describedby=\"e-" + field + "\"") ? beside(html, field) : "";
    }
}
