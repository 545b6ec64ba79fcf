package org.observer.accreditation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** What the admin types to accredit an observer; errors are message keys by field name. */
public class AccreditationForm {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @RestForm
    public String fullName;
    @RestForm
    public String organisation;
    @RestForm
    public String kind;
    @RestForm
    public String country;
    @RestForm
    public String login;

    public Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(fullName)) {
            errors.put("fullName", "error_required");
        }
        if (blank(organisation)) {
            errors.put("organisation", "error_required");
        }
        if (kind() == null) {
            errors.put("kind", "error_choose");
        }
        if (blank(country) || !COUNTRIES.contains(country.strip().toUpperCase(Locale.ROOT))) {
            errors.put("country", "error_country");
        }
        if (blank(login) || login.strip().contains(" ")) {
            errors.put("login", "error_login");
        }
        return errors;
    }

    public Accreditation.Kind kind() {
        try {
            return kind == null ? null : Accreditation.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
